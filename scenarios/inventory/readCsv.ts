import { CsvError, parse } from "csv-parse/sync";
import { decodeText } from "./decodeText.ts";
import { InputError } from "./InputError.ts";
import type { Table } from "./Table.ts";
import { tableFromRows } from "./tableFromRows.ts";

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
 * @param text - the file's content: a string, or bytes (decoded by `decodeText`).
 * @param fileName - the file as the user named it, for messages.
 * @returns the table.
 * @throws {InputError} for an empty or binary file, bytes that are not UTF-8, or malformed CSV
 *   (e.g. a quote never closed), naming the line.
 * @example
 * readCsv("VM;Memory\nweb01;4096\n;\n", "RVTools_tabvInfo.csv")
 * // { file: "RVTools_tabvInfo.csv", header: ["VM", "Memory"], headerRowNumber: 1,
 * //   rows: [["web01", "4096"]], rowNumbers: [2], decimalSeparator: "," }
 */
export function readCsv(text: string | Uint8Array, fileName: string): Table {
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
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(body, {
      delimiter,
      bom: false,
      info: true,
      relax_column_count: true,
      skip_empty_lines: false,
      max_record_size: 1_000_000,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    // Whatever csv-parse refuses is a problem of the file, reported as such.
    const csvError = error instanceof CsvError ? error : null;
    const line =
      csvError?.code === "CSV_QUOTE_NOT_CLOSED" ? unclosedQuoteLine(body) : csvError?.lines;
    throw new InputError({
      file: fileName,
      ...(typeof line === "number" ? { row: line + skipped } : {}),
      expected: "well-formed CSV (quotes closed, quotes inside quoted cells doubled)",
      got: csvError === null ? String(error) : `${csvError.code}: ${csvError.message}`,
    });
  }
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  let nextLine = 1 + skipped;
  for (const { record, info } of records) {
    rows.push(record);
    rowNumbers.push(nextLine);
    nextLine = info.lines + 1 + skipped;
  }
  return tableFromRows(rows, rowNumbers, {
    file: fileName,
    decimalSeparator: delimiter === ";" ? "," : ".",
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
