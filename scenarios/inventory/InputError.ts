/** Longest cell value quoted in full in a message; longer values are cut with "…". */
const MAX_VALUE_CHARS = 60;

/** Where a problem was found and what was expected there; see {@link InputError}. */
export interface InputErrorDetails {
  /** The file, as the user named it (a path or a file name). */
  file: string;
  /** The sheet of a workbook, when the file is one. */
  sheet?: string;
  /** 1-based line (CSV) or row (workbook) number in the file; the header is row 1. */
  row?: number;
  /** The column (as written in the file's header) or field name. */
  field?: string;
  /** Whether `field` names a table column (default) or a field of a JSON document (a dotted path). */
  fieldKind?: "column" | "field";
  /** What would have been valid, e.g. "a whole number ≥ 1". */
  expected: string;
  /** The offending cell value, quoted in the message. */
  value?: string;
  /** A description of what was found instead, when it is not a cell value (e.g. "an empty file"). */
  got?: string;
}

/**
 * A mistake in a user's input file: the message names the file, the row and/or column, and
 * what was expected, so that a user can fix the file without reading a stack trace. The
 * command line prints the message alone and exits with code 2; importers throw it before
 * producing any output (never a partial inventory).
 *
 * Message format: `<file>: row <n>, column "<field>": expected <what>, got "<value>"` (for a
 * JSON document, `field "<dotted.path>"` instead of the column), with the
 * parts that do not apply left out; a workbook's sheet follows the file as `<file> [<sheet>]`.
 *
 * @example
 * new InputError({ file: "RVTools_tabvInfo.csv", row: 7, field: "Memory", expected: "a number > 0 (MiB)", value: "-4096" }).message
 * // 'RVTools_tabvInfo.csv: row 7, column "Memory": expected a number > 0 (MiB), got "-4096"'
 */
export class InputError extends Error {
  /** The file, as the user named it. */
  readonly file: string;
  /** The sheet of a workbook, when the file is one. */
  declare readonly sheet?: string;
  /** 1-based line or row number in the file, the header being row 1. */
  declare readonly row?: number;
  /** The column or field name. */
  declare readonly field?: string;
  /** What would have been valid. */
  readonly expected: string;
  /** The offending value, when there is one. */
  declare readonly value?: string;

  constructor(details: InputErrorDetails) {
    super(inputErrorMessage(details));
    this.name = "InputError";
    this.file = details.file;
    this.expected = details.expected;
    if (details.sheet !== undefined) this.sheet = details.sheet;
    if (details.row !== undefined) this.row = details.row;
    if (details.field !== undefined) this.field = details.field;
    if (details.value !== undefined) this.value = details.value;
  }
}

function inputErrorMessage(d: InputErrorDetails): string {
  const where = [
    d.row === undefined ? null : `row ${d.row}`,
    d.field === undefined ? null : `${d.fieldKind ?? "column"} "${d.field}"`,
  ].filter((part) => part !== null);
  const file = d.sheet === undefined ? d.file : `${d.file} [${d.sheet}]`;
  const head = where.length === 0 ? file : `${file}: ${where.join(", ")}`;
  const got =
    d.value !== undefined ? `, got ${quote(d.value)}` : d.got !== undefined ? `, got ${d.got}` : "";
  return `${head}: expected ${d.expected}${got}`;
}

/** Quotes a value for a message, escaping control characters and cutting long values. */
function quote(value: string): string {
  const cut = value.length > MAX_VALUE_CHARS ? `${value.slice(0, MAX_VALUE_CHARS)}…` : value;
  return JSON.stringify(cut);
}
