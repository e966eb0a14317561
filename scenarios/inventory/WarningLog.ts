import type { Table } from "./Table.ts";

/** Rows listed in full in a warning; more are summarised as "…". */
const MAX_ROWS_LISTED = 10;

/**
 * Collects what an importer assumed for incomplete rows of one table, one warning per kind of
 * assumption listing the rows concerned, so that a 100,000-row export with empty cells gives a
 * handful of lines rather than 100,000.
 *
 * @example
 * const log = new WarningLog(table);
 * log.add(3, 'no "In Use MiB": the provisioned size was used');
 * log.messages(); // ['vInfo.csv: no "In Use MiB": the provisioned size was used (1 row: 5)']
 */
export class WarningLog {
  readonly #table: Table;
  readonly #rows = new Map<string, number[]>();

  constructor(table: Table) {
    this.#table = table;
  }

  /** Records that data row `row` (an index into `table.rows`) needed `assumption`. */
  add(row: number, assumption: string): void {
    const rows = this.#rows.get(assumption) ?? [];
    rows.push(this.#table.rowNumbers[row]!);
    this.#rows.set(assumption, rows);
  }

  /** One message per kind of assumption, in the order first seen. */
  messages(): string[] {
    const { file, sheet } = this.#table;
    const where = sheet === undefined ? file : `${file} [${sheet}]`;
    return [...this.#rows].map(([assumption, rows]) => {
      const listed =
        rows.slice(0, MAX_ROWS_LISTED).join(", ") + (rows.length > MAX_ROWS_LISTED ? ", …" : "");
      return `${where}: ${assumption} (${rows.length} ${rows.length === 1 ? "row" : "rows"}: ${listed})`;
    });
  }
}
