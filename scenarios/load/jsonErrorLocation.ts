/**
 * The line and column (1-based) of a JSON syntax error, from the character position that
 * V8's `JSON.parse` message gives ("… at position 123" or "(line 4 column 7)"); null if the
 * message has neither.
 */
export function jsonErrorLocation(
  text: string,
  message: string,
): { line: number; column: number } | null {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn !== null) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (position === null) return null;
  const offset = Number(position[1]);
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}
