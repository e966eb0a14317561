import { InputError } from "./InputError.ts";
import type { Table } from "./Table.ts";

/** Where rows came from: the file, the sheet of a workbook, and how numbers are written. */
export interface TableSource {
  /** The file, as the user named it. */
  file: string;
  /** The workbook sheet, when the file is a workbook. */
  sheet?: string;
  /** The decimal separator of numbers in these rows. */
  decimalSeparator: "." | ",";
}

/**
 * Splits raw rows into a {@link Table}: the first non-blank row is the header, blank rows
 * (every cell empty or whitespace, e.g. the trailing `;;;;` lines spreadsheet programs leave)
 * are dropped wherever they are, and each kept row keeps its line or row number.
 *
 * @param rows - the cells of each row, as read.
 * @param rowNumbers - the 1-based line or row number in the file of each of `rows`.
 * @param source - the file, sheet and decimal separator.
 * @returns the table; it may have no data rows.
 * @throws {InputError} when every row is blank ("expected a header row, got an empty file").
 * @example
 * tableFromRows([["VM", "CPUs"], ["web01", "2"], [""]], [1, 2, 3], { file: "vInfo.csv", decimalSeparator: "." })
 * // { file: "vInfo.csv", header: ["VM", "CPUs"], headerRowNumber: 1, rows: [["web01", "2"]], rowNumbers: [2], decimalSeparator: "." }
 */
export function tableFromRows(
  rows: readonly string[][],
  rowNumbers: readonly number[],
  source: TableSource,
): Table {
  const kept: string[][] = [];
  const keptNumbers: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (row.some((cell) => cell.trim() !== "")) {
      kept.push(row);
      keptNumbers.push(rowNumbers[i]!);
    }
  }
  const header = kept.shift();
  const headerRowNumber = keptNumbers.shift();
  if (header === undefined || headerRowNumber === undefined) {
    throw new InputError({
      ...where(source),
      expected: "a header row",
      got: source.sheet === undefined ? "an empty file" : "an empty sheet",
    });
  }
  return {
    ...where(source),
    header: header.map((cell) => cell.trim()),
    headerRowNumber,
    rows: kept,
    rowNumbers: keptNumbers,
    decimalSeparator: source.decimalSeparator,
  };
}

function where(source: TableSource): { file: string; sheet?: string } {
  return source.sheet === undefined
    ? { file: source.file }
    : { file: source.file, sheet: source.sheet };
}
