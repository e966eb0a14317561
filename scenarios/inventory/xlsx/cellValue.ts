import { decodeXmlText } from "../decodeXmlText.ts";

/**
 * The text of one worksheet cell (ECMA-376 Part 1 §18.3.1.4 `c`, types §18.18.11 ST_CellType):
 * a shared string by index, an inline string's runs, a boolean as "TRUE"/"FALSE", an error
 * value or formula string as written, a number in JavaScript's shortest form ("8.192E+3" →
 * "8192"); entities and `_xHHHH_` escapes decoded. Browser-safe.
 *
 * @param type - the cell's `t` attribute ("n" when absent).
 * @param raw - the undecoded text of its first `<v>` (undefined when it has none), or for an
 *   inline string the concatenated `<t>` runs.
 * @param shared - the workbook's shared strings.
 * @param fail - raises the located error for an index past the shared strings.
 * @returns the cell's text, "" for an empty cell.
 * @example cellValue("b", "1", [], fail) // "TRUE"
 */
export function cellValue(
  type: string,
  raw: string | undefined,
  shared: readonly string[],
  fail: (expected: string, got: string) => never,
): string {
  if (raw === undefined) return "";
  switch (type) {
    case "inlineStr":
      return decodeXmlText(raw, true);
    case "s": {
      const text = shared[Number(raw)];
      return (
        text ?? fail(`a shared string index below ${shared.length}`, `index ${JSON.stringify(raw)}`)
      );
    }
    case "b":
      return raw.trim() === "1" ? "TRUE" : "FALSE";
    case "str":
    case "e":
    case "d":
      return decodeXmlText(raw, true);
    default: {
      const number = Number(raw);
      return raw.trim() !== "" && Number.isFinite(number)
        ? String(number)
        : decodeXmlText(raw, true);
    }
  }
}
