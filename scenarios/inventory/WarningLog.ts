import type { ImportWarning, ImportWarningCode } from "./ImportWarning.ts";
import { oneLineText } from "./oneLineText.ts";
import type { Table } from "./Table.ts";

/** Longest file name, column or detail kept whole in a warning's message. */
const MAX_PART_CHARS = 200;

/**
 * Collects the recoverable problems an importer met in one table, one {@link ImportWarning} per
 * row and kind (a 100,000-row export with a blank column gives 100,000 warnings, which
 * `warningCounts` sums up by code for display). Messages are one line: file, sheet, row and
 * column escaped and cut as in InputError.
 *
 * @example
 * const log = new WarningLog(table, "vInfo");
 * log.add(3, "row-no-name", "a row with no name: skipped", "VM");
 * log.warnings()[0].message; // 'vInfo.csv: row 5, column "VM": a row with no name: skipped'
 */
export class WarningLog {
  readonly #table: Table;
  readonly #tab: string | null;
  readonly #warnings: ImportWarning[] = [];

  /**
   * @param table - the table read.
   * @param tab - the RVTools tab it holds (e.g. "vInfo"), or null (a CSV template).
   */
  constructor(table: Table, tab: string | null) {
    this.#table = table;
    this.#tab = tab;
  }

  /**
   * Records a problem with data row `row` (an index into `table.rows`), or with the table as a
   * whole (`row` null: the header row is named when `column` is given).
   *
   * @param detail - what was found and what was done, e.g. "no power state: counted as powered on".
   * @param column - the column as the file writes it, or null.
   */
  add(
    row: number | null,
    code: ImportWarningCode,
    detail: string,
    column: string | null = null,
  ): void {
    const { file, sheet } = this.#table;
    const rowNumber =
      row === null
        ? column === null
          ? null
          : this.#table.headerRowNumber
        : this.#table.rowNumbers[row]!;
    const where = [
      rowNumber === null ? null : `row ${rowNumber}`,
      column === null ? null : `column "${oneLineText(column, MAX_PART_CHARS, "ends")}"`,
    ].filter((part) => part !== null);
    const fileText = oneLineText(
      sheet === undefined ? file : `${file} [${sheet}]`,
      MAX_PART_CHARS,
      "ends",
    );
    const head = where.length === 0 ? fileText : `${fileText}: ${where.join(", ")}`;
    this.#warnings.push({
      code,
      file,
      tab: this.#tab,
      row: rowNumber,
      column,
      message: `${head}: ${oneLineText(detail, 2 * MAX_PART_CHARS)}`,
    });
  }

  /** The problems recorded, in the order found. */
  warnings(): ImportWarning[] {
    return this.#warnings;
  }
}
