import type { Datastore } from "../../models/Inventory.ts";
import { MIB } from "../../models/units.ts";
import { PHYSICAL_RANGES as R } from "../schema/physicalRanges.ts";
import { VDATASTORE_COLUMNS } from "./rvtoolsColumns.ts";
import type { Table } from "./Table.ts";
import { TableColumns } from "./TableColumns.ts";

/**
 * Reads the datastores of an RVTools vDatastore table, converting MiB to bytes once. A
 * datastore mounted by several clusters appears once per name; later rows of the same name are
 * ignored. An empty `Free MiB` gives null; an empty `Type` gives "".
 *
 * @param table - the vDatastore table.
 * @returns the datastores, in the table's order.
 * @throws {InputError} for a missing Name or Capacity column, an empty name, or a capacity or
 *   free space that is not a number ≥ 0 MiB.
 * @example
 * rvtoolsDatastores(vDatastoreTable)[0] // { name: "nfs01", type: "NFS", capacityBytes: 4398046511104, freeBytes: … }
 */
export function rvtoolsDatastores(table: Table): Datastore[] {
  const columns = new TableColumns(table, VDATASTORE_COLUMNS);
  const byName = new Map<string, Datastore>();
  for (let row = 0; row < table.rows.length; row++) {
    const name = columns.requiredText(row, "name", "a datastore name");
    const capacityMib = columns.requiredNumber(row, "capacityMib", {
      min: 0,
      unit: "MiB",
      range: R.datastoreBytes,
      scale: MIB,
    });
    const freeMib = columns.number(row, "freeMib", {
      min: 0,
      unit: "MiB",
      range: R.datastoreBytes,
      scale: MIB,
    });
    if (byName.has(name)) continue;
    byName.set(name, {
      name,
      type: columns.text(row, "type"),
      capacityBytes: Math.round(capacityMib * MIB),
      freeBytes: freeMib === null ? null : Math.round(freeMib * MIB),
    });
  }
  return [...byName.values()];
}
