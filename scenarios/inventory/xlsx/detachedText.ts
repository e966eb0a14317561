/**
 * Shortest slice V8 keeps as a view into its parent string (`SlicedString::kMinLength`); shorter
 * slices are copies already.
 */
const MIN_VIEW_CHARS = 13;

/**
 * The same text as a string of its own. A cell's text is a slice of the decoded chunk it came
 * from, and V8 keeps a slice of 13 characters or more as a view that holds the whole chunk
 * alive: kept cells would then hold the whole part in memory. Concatenating then slicing makes
 * the engine copy the characters. Engines without views lose only the copy.
 *
 * @param text - a cell's or shared string's text.
 * @returns an equal string.
 * @example detachedText(chunk.slice(100, 160)) === chunk.slice(100, 160) // true
 */
export function detachedText(text: string): string {
  return text.length < MIN_VIEW_CHARS ? text : ` ${text}`.slice(1);
}
