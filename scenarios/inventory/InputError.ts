import { cutText, escapeControlCharacters, oneLineText } from "./oneLineText.ts";

/** Longest cell value quoted in full in a message; longer values are cut with "…". */
const MAX_VALUE_CHARS = 60;
/** Longest column or field name shown whole; longer ones keep their start and end. */
const MAX_FIELD_CHARS = 80;
/** Longest description of what was found (`got`) shown whole. */
const MAX_GOT_CHARS = 200;
/** Longest file name, sheet name or expectation shown whole (they may quote user input too). */
const MAX_OTHER_CHARS = 300;

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
 * The message is always one line of bounded length, whatever the input held: control
 * characters in every part are escaped (`\n`, `\u0000`), the value is cut at 60 characters, the
 * field at 80 (keeping its start and its end, where a dotted path names the leaf), `got` at 200
 * and the file, sheet and expectation at 300. The properties keep the parts uncut.
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
    d.field === undefined
      ? null
      : `${d.fieldKind ?? "column"} "${oneLineText(d.field, MAX_FIELD_CHARS, "ends")}"`,
  ].filter((part) => part !== null);
  const file = oneLineText(
    d.sheet === undefined ? d.file : `${d.file} [${d.sheet}]`,
    MAX_OTHER_CHARS,
    "ends",
  );
  const head = where.length === 0 ? file : `${file}: ${where.join(", ")}`;
  const got =
    d.value !== undefined
      ? `, got ${quote(d.value)}`
      : d.got !== undefined
        ? `, got ${oneLineText(d.got, MAX_GOT_CHARS)}`
        : "";
  return `${head}: expected ${oneLineText(d.expected, MAX_OTHER_CHARS)}${got}`;
}

/** Quotes a value for a message, escaping control characters and cutting long values. */
function quote(value: string): string {
  return escapeControlCharacters(JSON.stringify(cutText(value, MAX_VALUE_CHARS)));
}
