/** The result of {@link parseNumber}: a number, or a hint saying what would have been valid. */
export type ParsedNumber = { ok: true; value: number } | { ok: false; hint: string };

const POINT_DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const COMMA_DECIMAL = /^[+-]?\d+(?:,\d+)?$/;
const GROUPED_COMMA_DECIMAL = /^[+-]?\d{1,3}(?:[. \u00a0\u202f]\d{3})+,\d+$/;
const SPACE_GROUPED = /^[+-]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+$/;
const DOTS_GROUPED = /^[+-]?\d{1,3}(?:\.\d{3}){2,}$/;
const DOT_GROUPED_ONCE = /^[+-]?\d{1,3}\.\d{3}$/;

/**
 * Reads a number written in a CSV cell or a workbook cell, with explicit rules rather than
 * guesses about thousands separators.
 *
 * With `decimalSeparator` "." (comma-separated CSV files, workbooks): an optional sign, digits,
 * an optional decimal point and an optional exponent ("1234.5", "-3", ".5", "1e6"). No
 * thousands separators: "1,234" is rejected (is it 1234 or 1.234?).
 *
 * With `decimalSeparator` "," (semicolon-separated CSV files, as European spreadsheet programs
 * write them):
 * - "1234,5" (decimal comma) and "1234" (an integer);
 * - "1.234,5", "1 234,5" (thousands grouped by three with ".", a space or a no-break space,
 *   followed by a decimal comma), "1 234" (grouped by spaces) and "1.234.567" (two or more
 *   dots, so they cannot be a decimal point);
 * - a plain decimal point as above ("1234.5", "0.25"), which cannot be a thousands separator;
 * - but not "1.234": one dot followed by three digits and no decimal comma could be either a
 *   thousands separator or a decimal point, so it is rejected with a hint.
 *
 * @param text - the cell, already trimmed and not empty.
 * @param decimalSeparator - the decimal separator of the file.
 * @returns `{ ok: true, value }`, or `{ ok: false, hint }` with a hint on how to write it.
 * @example
 * parseNumber("1.234,5", ",") // { ok: true, value: 1234.5 }
 * parseNumber("1.234", ",") // { ok: false, hint: "…ambiguous…" }
 * parseNumber("1,234", ".") // { ok: false, hint: "…no thousands separators…" }
 */
export function parseNumber(text: string, decimalSeparator: "." | ","): ParsedNumber {
  if (decimalSeparator === ".") {
    return POINT_DECIMAL.test(text)
      ? finite(Number(text))
      : { ok: false, hint: "a decimal point and no thousands separators, e.g. 1234.5" };
  }
  if (COMMA_DECIMAL.test(text)) return finite(Number(text.replace(",", ".")));
  if (GROUPED_COMMA_DECIMAL.test(text) || SPACE_GROUPED.test(text) || DOTS_GROUPED.test(text)) {
    return finite(Number(text.replace(/[. \u00a0\u202f]/g, "").replace(",", ".")));
  }
  if (DOT_GROUPED_ONCE.test(text)) {
    return {
      ok: false,
      hint: 'a decimal comma, e.g. 1234,5 ("." with groups of three is ambiguous: write 1234 or 1.234,0)',
    };
  }
  return POINT_DECIMAL.test(text)
    ? finite(Number(text))
    : { ok: false, hint: "a decimal comma, e.g. 1234,5 or 1.234,5" };
}

function finite(value: number): ParsedNumber {
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, hint: "a finite number" };
}
