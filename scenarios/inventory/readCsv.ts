import { CsvError, parse } from "csv-parse/sync";
import { decodeText } from "./decodeText.ts";
import { InputError } from "./InputError.ts";
import { DEFAULT_INPUT_LIMITS, type InputLimits } from "./InputLimits.ts";
import type { Table } from "./Table.ts";
import { tableFromRows } from "./tableFromRows.ts";

/**
 * Longest record csv-parse buffers, in characters (all its cells and separators): a guard against
 * a file whose separator or line ends were not recognised. Cells are limited apart.
 */
const MAX_RECORD_CHARS = 1_000_000;

const SEPARATOR_HINT = /^sep=([,;])[ \t]*(?:\r\n|\r|\n)/i;

/**
 * Reads a CSV file into a {@link Table} with csv-parse.
 *
 * Accepted: UTF-8 with or without a byte-order mark (or UTF-16 with one, when given bytes);
 * `,` or `;` separators, chosen by which occurs more often outside quotes in the header line,
 * or named by a first line `sep=;` as Excel writes it;
 * quoted cells with doubled quotes, separators and line breaks inside; LF, CRLF or CR line
 * ends; rows shorter or longer than the header; blank rows anywhere (e.g. trailing `;;;;`),
 * which are dropped. A `;`-separated file is taken to write numbers with a decimal comma
 * ("1234,5", "1.234,5"); see `parseNumber` for the exact rules. Each row keeps the line number
 * it starts on (the header is line 1), also when quoted cells span lines.
 *
 * Limits: at most `limits.maxRows` rows, header and blank rows included (parsing stops at the
 * first row beyond, so a file of a million empty lines costs no more than the limit), at most
 * `limits.maxCells` cells (counted as rows are parsed, so a file of separators alone is refused
 * early), and no cell longer than `limits.maxCellChars` characters (Excel's own limit, 32,767).
 *
 * @param text - the file's content: a string, or bytes (decoded by `decodeText`).
 * @param fileName - the file as the user named it, for messages.
 * @param limits - the input limits (`--max-input-mib`); the file's size is checked by its reader.
 * @returns the table.
 * @throws {InputError} for an empty or binary file, bytes that are not UTF-8, malformed CSV
 *   (e.g. a quote never closed), naming the line; more rows than `limits.maxRows` or cells than
 *   `limits.maxCells` (naming the limit), or a cell longer than `limits.maxCellChars` (naming its row and column).
 * @example
 * readCsv("VM;Memory\nweb01;4096\n;\n", "RVTools_tabvInfo.csv")
 * // { file: "RVTools_tabvInfo.csv", header: ["VM", "Memory"], headerRowNumber: 1,
 * //   rows: [["web01", "4096"]], rowNumbers: [2], decimalSeparator: "," }
 */
export function readCsv(
  text: string | Uint8Array,
  fileName: string,
  limits: InputLimits = DEFAULT_INPUT_LIMITS,
): Table {
  let content = typeof text === "string" ? text : decodeText(text, fileName);
  if (content.startsWith("\ufeff")) content = content.slice(1);
  if (content.includes("\u0000")) {
    throw new InputError({
      file: fileName,
      expected: "a text (CSV) file",
      got: "a binary file (it contains NUL bytes)",
    });
  }
  if (content.trim() === "") {
    throw new InputError({ file: fileName, expected: "a header row", got: "an empty file" });
  }
  // Excel writes and reads a first line "sep=;" that names the separator.
  const hint = SEPARATOR_HINT.exec(content);
  const skipped = hint === null ? 0 : 1;
  const body = hint === null ? content : content.slice(hint[0].length);
  const delimiter = hint === null ? headerDelimiter(body) : (hint[1] as "," | ";");
  const recordChars = Math.max(MAX_RECORD_CHARS, limits.maxCellChars);
  let records: { record: string[]; info: { lines: number } }[];
  let cells = 0;
  try {
    records = parse(body, {
      delimiter,
      bom: false,
      info: true,
      relax_column_count: true,
      skip_empty_lines: false,
      max_record_size: recordChars,
      to: limits.maxRows + 1,
      // A file of separators alone (`,,,,`) holds a cell per byte: count them as they come.
      // With `info: true` the hook receives `{ record, info }` (csv-parse's types say `record`).
      on_record: ((found: { record: string[]; info: { lines: number } }) => {
        cells += found.record.length;
        if (cells > limits.maxCells) throw new TooManyCells(found.info.lines);
        return found;
      }) as unknown as (record: string[]) => string[],
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    if (error instanceof TooManyCells) {
      const max = limits.maxCells.toLocaleString("en-US");
      throw new InputError({
        file: fileName,
        row: error.line + skipped,
        expected: `at most ${max} cells in a file (raise the limit with --max-input-mib M)`,
        got: `more than ${max}`,
      });
    }
    // Whatever csv-parse refuses is a problem of the file, reported as such.
    const csvError = error instanceof CsvError ? error : null;
    const line =
      csvError?.code === "CSV_QUOTE_NOT_CLOSED" ? unclosedQuoteLine(body) : csvError?.lines;
    if (csvError?.code === "CSV_MAX_RECORD_SIZE") {
      throw new InputError({
        file: fileName,
        ...(typeof line === "number" ? { row: line + skipped } : {}),
        expected: `a row of at most ${recordChars.toLocaleString("en-US")} characters, each cell at most ${limits.maxCellChars.toLocaleString("en-US")} (Excel's limit)`,
        got: "a longer row (a quote never closed, or a separator other than , or ;?)",
      });
    }
    throw new InputError({
      file: fileName,
      ...(typeof line === "number" ? { row: line + skipped } : {}),
      expected: "well-formed CSV (quotes closed, quotes inside quoted cells doubled)",
      got: csvError === null ? String(error) : `${csvError.code}: ${csvError.message}`,
    });
  }
  if (records.length > limits.maxRows) {
    throw new InputError({
      file: fileName,
      expected: `at most ${limits.maxRows.toLocaleString("en-US")} rows, header and blank rows included (raise the limit with --max-input-mib M)`,
      got: `more than ${limits.maxRows.toLocaleString("en-US")}`,
    });
  }
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  let nextLine = 1 + skipped;
  const header = records.find(({ record }) => record.some((c) => c.trim() !== ""))?.record ?? [];
  for (const { record, info } of records) {
    checkCells(record, nextLine, header, fileName, limits);
    rows.push(record);
    rowNumbers.push(nextLine);
    nextLine = info.lines + 1 + skipped;
  }
  return tableFromRows(rows, rowNumbers, {
    file: fileName,
    decimalSeparator: delimiter === ";" ? "," : ".",
  });
}

/** Refuses a cell longer than `limits.maxCellChars`, naming its row and column. */
function checkCells(
  record: readonly string[],
  row: number,
  header: readonly string[],
  fileName: string,
  limits: InputLimits,
): void {
  const column = record.findIndex((cell) => cell.length > limits.maxCellChars);
  if (column === -1) return;
  throw new InputError({
    file: fileName,
    row,
    field: header[column]?.trim() || `#${column + 1}`,
    expected: `a cell of at most ${limits.maxCellChars.toLocaleString("en-US")} characters (Excel's limit)`,
    got: `${record[column]!.length.toLocaleString("en-US")} characters`,
  });
}

/** The separator of the header line: ";" when it occurs more often than "," outside quotes. */
function headerDelimiter(content: string): "," | ";" {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  let started = false;
  for (let i = 0; i < content.length; i++) {
    const c = content[i]!;
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === "\n" || c === "\r") {
      if (started) break;
    } else if (c === ",") commas++;
    else if (c === ";") semicolons++;
    started ||= c.trim() !== "";
  }
  return semicolons > commas ? ";" : ",";
}

/** The line of the quote left open at the end of the file (csv-parse reports the last line). */
function unclosedQuoteLine(content: string): number | undefined {
  let openedAt = -1;
  for (let i = content.indexOf('"'); i !== -1; i = content.indexOf('"', i + 1)) {
    openedAt = openedAt === -1 ? i : -1;
  }
  return openedAt === -1 ? undefined : content.slice(0, openedAt).split(/\r\n|\r|\n/).length;
}

/** Thrown from csv-parse's record hook when a file passes `limits.maxCells`. */
class TooManyCells extends Error {
  constructor(readonly line: number) {
    super("too many cells");
  }
}
