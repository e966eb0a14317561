/**
 * A table read from a CSV file or a workbook sheet, before its columns are interpreted:
 * a header row and the data rows, every cell a string, blank rows already dropped. Each data
 * row keeps the line (CSV) or row (workbook) number it came from, so that an error can point
 * at it.
 */
export interface Table {
  /** The file, as the user named it. */
  file: string;
  /** The workbook sheet, or undefined for a CSV file. */
  sheet?: string;
  /** The header cells, trimmed. */
  header: string[];
  /** 1-based line or row number of the header in the file. */
  headerRowNumber: number;
  /** The data rows; a row may be shorter than the header (missing cells are empty). */
  rows: string[][];
  /** 1-based line or row number in the file of each data row (parallel to `rows`). */
  rowNumbers: number[];
  /** The decimal separator of numbers in this table: "," in `;`-separated CSV files. */
  decimalSeparator: "." | ",";
}
