import { MEDIA_COLUMNS } from "./rvtoolsColumns.ts";
import type { Table } from "./Table.ts";
import { TableColumns } from "./TableColumns.ts";

/**
 * The VMs with a connected CD/DVD or floppy drive, from RVTools' vCD and vFloppy tables (one
 * row per drive, `Connected` True/False). A connected ISO on a datastore of the source site
 * blocks a vMotion to another site, hence the check.
 *
 * @param tables - the vCD and/or vFloppy tables.
 * @returns for each VM with a drive, whether one of its drives is connected.
 * @throws {InputError} when a table has no VM or Connected column, or `Connected` is not a boolean.
 * @example
 * rvtoolsConnectedMedia([vCdTable]).get("web01") // true
 */
export function rvtoolsConnectedMedia(tables: readonly Table[]): Map<string, boolean> {
  const connected = new Map<string, boolean>();
  for (const table of tables) {
    const columns = new TableColumns(table, MEDIA_COLUMNS);
    for (let row = 0; row < table.rows.length; row++) {
      const vm = columns.text(row, "vm");
      if (vm !== "")
        connected.set(
          vm,
          (connected.get(vm) ?? false) || columns.boolean(row, "connected") === true,
        );
    }
  }
  return connected;
}
