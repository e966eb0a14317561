import { VSNAPSHOT_COLUMNS } from "./rvtoolsColumns.ts";
import type { Table } from "./Table.ts";
import { TableColumns } from "./TableColumns.ts";

/**
 * The number of snapshots of each VM, from an RVTools vSnapshot table (one row per snapshot).
 * A VM with no row has none.
 *
 * @param table - the vSnapshot table.
 * @returns snapshot count by VM name.
 * @throws {InputError} when the table has no VM column.
 * @example
 * rvtoolsSnapshotCounts(vSnapshotTable).get("db01") // 2
 */
export function rvtoolsSnapshotCounts(table: Table): Map<string, number> {
  const columns = new TableColumns(table, VSNAPSHOT_COLUMNS);
  const counts = new Map<string, number>();
  for (let row = 0; row < table.rows.length; row++) {
    const vm = columns.text(row, "vm");
    if (vm !== "") counts.set(vm, (counts.get(vm) ?? 0) + 1);
  }
  return counts;
}
