import type { Network, Vm } from "../../models/Inventory.ts";
import { PORT_GROUP_COLUMNS, VNETWORK_COLUMNS } from "./rvtoolsColumns.ts";
import type { Table } from "./Table.ts";
import { TableColumns } from "./TableColumns.ts";

const VLAN_ID = /^\d{1,4}$/;

/**
 * The networks (port groups) of an estate: those named in vNetwork (one row per virtual NIC),
 * then those the VMs' `Network #` columns name, each once, in order of first appearance. VLAN
 * ids come from the vPort and dvPort tabs when present; a trunk or range ("0-4094") or an
 * empty cell gives null.
 *
 * @param vms - the VMs read from vInfo.
 * @param vNetwork - the vNetwork table, or null.
 * @param portGroups - the vPort and dvPort tables present.
 * @returns the networks.
 * @throws {InputError} for a vNetwork table without a Network column, or a port group table
 *   without its name or VLAN column.
 * @example
 * rvtoolsNetworks([{ networks: ["web", "db"], … }], null, []) // [{ name: "web", vlanId: null }, { name: "db", vlanId: null }]
 */
export function rvtoolsNetworks(
  vms: readonly Vm[],
  vNetwork: Table | null,
  portGroups: readonly Table[],
): Network[] {
  const vlans = new Map<string, number>();
  for (const table of portGroups) {
    const columns = new TableColumns(table, PORT_GROUP_COLUMNS);
    for (let row = 0; row < table.rows.length; row++) {
      const name = columns.text(row, "name");
      const vlan = columns.text(row, "vlan");
      if (name !== "" && VLAN_ID.test(vlan) && Number(vlan) <= 4094 && !vlans.has(name))
        vlans.set(name, Number(vlan));
    }
  }
  const names = new Set<string>();
  if (vNetwork !== null) {
    const columns = new TableColumns(vNetwork, VNETWORK_COLUMNS);
    for (let row = 0; row < vNetwork.rows.length; row++) {
      const name = columns.text(row, "network");
      if (name !== "") names.add(name);
    }
  }
  for (const vm of vms) for (const name of vm.networks) names.add(name);
  return [...names].map((name) => ({ name, vlanId: vlans.get(name) ?? null }));
}
