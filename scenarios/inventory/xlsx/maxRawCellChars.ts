import type { InputLimits } from "../InputLimits.ts";

/** Characters allowed around a cell's text for the tags and attributes carried with it. */
const MARKUP_SLACK_CHARS = 4096;
/**
 * Characters one character of cell text may take as written: `_x000D_` (an OOXML escape,
 * ECMA-376 Part 1 §22.4.2.4) takes 7, `&#65535;` 8.
 */
const WRITTEN_CHARS_PER_CHAR = 8;

/**
 * The most characters of markup and undecoded text read for one cell or shared string before
 * it is refused without waiting for its end: enough for a cell of `limits.maxCellChars`
 * characters, each written escaped, plus the markup slack. The decoded text is then held to
 * `limits.maxCellChars` itself.
 *
 * @param limits - the input limits.
 * @returns characters (UTF-16 code units).
 * @example maxRawCellChars(DEFAULT_INPUT_LIMITS) // 266232
 */
export function maxRawCellChars(limits: InputLimits): number {
  return limits.maxCellChars * WRITTEN_CHARS_PER_CHAR + MARKUP_SLACK_CHARS;
}
