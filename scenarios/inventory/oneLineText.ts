/**
 * A text fit for one line of a message: control characters (C0, DEL, C1) and the Unicode line
 * and paragraph separators are escaped as `\n`, `\r`, `\t` or `\uXXXX`, so that a message never
 * spans lines; a text longer than `maxChars` is cut, at its end (`keep: "start"`) or in its
 * middle (`keep: "ends"`, for a path or a dotted field whose last part names the leaf), with
 * "…" where text was left out. Cuts never split a surrogate pair.
 *
 * @param maxChars the longest text kept whole, in UTF-16 code units before escaping
 * @example
 * oneLineText("a\nb", 60) // 'a\\nb'
 * oneLineText("x".repeat(100), 10) // 'xxxxxxxxxx…'
 */
export function oneLineText(
  text: string,
  maxChars: number,
  keep: "start" | "ends" = "start",
): string {
  return escapeControlCharacters(cutText(text, maxChars, keep));
}

/** Cuts `text` to about `maxChars` code units with "…" where it was cut (see {@link oneLineText}). */
export function cutText(text: string, maxChars: number, keep: "start" | "ends" = "start"): string {
  if (text.length <= maxChars) return text;
  if (keep === "start") return `${text.slice(0, boundary(text, maxChars))}…`;
  const head = boundary(text, Math.ceil(maxChars / 2));
  const tail = boundary(text, text.length - Math.floor(maxChars / 2));
  return `${text.slice(0, head)}…${text.slice(tail)}`;
}

/** Escapes the characters that would break a line or a terminal (see {@link oneLineText}). */
export function escapeControlCharacters(text: string): string {
  return text.replace(
    CONTROL,
    (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters escaped
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** `at`, moved back one if it would split a surrogate pair. */
function boundary(text: string, at: number): number {
  const code = text.charCodeAt(at - 1);
  return code >= 0xd800 && code <= 0xdbff ? at - 1 : at;
}
