import { InputError } from "../inventory/InputError.ts";
import { oneLineText } from "../inventory/oneLineText.ts";
import { jsonSyntaxError } from "./jsonSyntaxError.ts";

/**
 * The most arrays and objects a JSON input may nest. The deepest scenario the schema describes
 * (an inline inventory: scenario → inventory → vms → a VM → a sourced value) needs 5 levels and
 * a shard of `cutover montecarlo` 4 (→ samples → a sample → pass); 64 leaves room for any
 * future field while keeping everything that walks a parsed input recursively (the merge of
 * `extends`, the schema, messages) far from the call stack's limit.
 */
export const MAX_JSON_DEPTH = 64;

/** Characters of the text quoted after a syntax error's position. */
const EXCERPT_CHARS = 24;

/**
 * Parses a JSON input (a scenario, a file it extends, a Monte Carlo shard) into a value, or
 * throws a one-line {@link InputError} that names the file, the line and the column of the
 * first problem and quotes a short cut of the text there. A UTF-8 byte order mark is skipped
 * (columns count from after it). The text is checked by an iterative scanner before
 * `JSON.parse` sees it, so that nesting deeper than {@link MAX_JSON_DEPTH} is refused before
 * anything recursive touches the value, and so that every syntax error has a position (V8's
 * own messages lack one for some errors and quote the text with its newlines).
 *
 * @param what what the file should hold, for the message of an empty file ("a JSON scenario")
 * @throws InputError for an empty text, one holding NUL characters (binary or UTF-16 data),
 *   a syntax error, or nesting deeper than {@link MAX_JSON_DEPTH}
 * @example
 * parseJsonText('{"seed": 1,,}', "my.json", "a JSON scenario")
 * // throws 'my.json: row 1: expected valid JSON (line 1, column 12), got "," where a property name in double quotes was expected: ",}"'
 */
export function parseJsonText(text: string, file: string, what: string): unknown {
  if (text.trim() === "")
    throw new InputError({ fieldKind: "field", file, expected: what, got: "an empty file" });
  if (text.includes("\u0000"))
    throw new InputError({
      fieldKind: "field",
      file,
      expected: "a JSON text file",
      got: "binary data",
    });
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const error = jsonSyntaxError(body, MAX_JSON_DEPTH);
  if (error !== null) {
    const { line, column } = lineColumnAt(body, error.offset);
    const deep = error.problem.startsWith("nesting");
    throw new InputError({
      fieldKind: "field",
      file,
      row: line,
      expected: `${deep ? `JSON nested at most ${MAX_JSON_DEPTH} levels deep` : "valid JSON"} (line ${line}, column ${column})`,
      got: error.atEnd
        ? `the end of the text ${error.problem}`
        : `${excerpt(body, error.offset)} ${error.problem}`,
    });
  }
  try {
    return JSON.parse(body);
  } catch (thrown) {
    // not expected after the scan; kept so that no parser message escapes raw
    throw new InputError({
      fieldKind: "field",
      file,
      expected: "valid JSON",
      got: oneLineText((thrown as Error).message, 80),
    });
  }
}

/** The 1-based line and column (in UTF-16 code units) of `offset` in `text`. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** The text from `offset`, quoted and cut short, its control characters escaped. */
function excerpt(text: string, offset: number): string {
  let end = Math.min(text.length, offset + EXCERPT_CHARS);
  if (end < text.length && /[\ud800-\udbff]/.test(text[end - 1]!)) end--;
  const cut = text.slice(offset, end);
  return oneLineText(JSON.stringify(end < text.length ? `${cut}…` : cut), EXCERPT_CHARS * 7);
}
