import type { ParsedInventory } from "./ParsedInventory.ts";
import type { RvtoolsTab } from "./rvtoolsColumns.ts";
import { rvtoolsConnectedMedia } from "./rvtoolsConnectedMedia.ts";
import { rvtoolsDatastores } from "./rvtoolsDatastores.ts";
import { rvtoolsHosts } from "./rvtoolsHosts.ts";
import { rvtoolsNetworks } from "./rvtoolsNetworks.ts";
import { rvtoolsSnapshotCounts } from "./rvtoolsSnapshotCounts.ts";
import { rvtoolsVms } from "./rvtoolsVms.ts";
import type { Table } from "./Table.ts";

/** The tables of an RVTools export by tab: vInfo is required, the others optional. */
export type RvtoolsTables = { vInfo: Table } & Partial<Record<Exclude<RvtoolsTab, "vInfo">, Table>>;

/**
 * Builds an inventory from the tabs of an RVTools export, whether they came from a workbook or
 * from CSV files: VMs from vInfo, hosts from vHost, datastores from vDatastore, networks from
 * vNetwork/vPort/dvPort and the VMs' `Network #` columns, snapshot counts from vSnapshot,
 * connected media from vCD/vFloppy. A missing optional tab leaves its part empty (or the VMs'
 * field null), with a warning for vHost, whose absence also skips the check that every VM's
 * host exists.
 *
 * @param tables - the tables by tab.
 * @returns the inventory, the templates and placeholders left out, and warnings.
 * @throws {InputError} from the tab readers (see `rvtoolsVms`, `rvtoolsHosts`, …).
 * @example
 * rvtoolsInventory({ vInfo: readCsv(text, "RVTools_tabvInfo.csv") }).inventory.vms.length // 48
 */
export function rvtoolsInventory(tables: RvtoolsTables): ParsedInventory {
  const hosts = tables.vHost === undefined ? null : rvtoolsHosts(tables.vHost);
  const vInfo = rvtoolsVms(
    tables.vInfo,
    hosts === null ? null : new Set(hosts.hosts.map((h) => h.name)),
  );
  const snapshots = tables.vSnapshot === undefined ? null : rvtoolsSnapshotCounts(tables.vSnapshot);
  const mediaTables = [tables.vCD, tables.vFloppy].filter((t) => t !== undefined);
  const media = mediaTables.length === 0 ? null : rvtoolsConnectedMedia(mediaTables);
  const vms = vInfo.vms.map((vm) => ({
    ...vm,
    snapshotCount: snapshots === null ? null : (snapshots.get(vm.name) ?? 0),
    connectedMedia: media === null ? null : (media.get(vm.name) ?? false),
  }));
  const portGroups = [tables.vPort, tables.dvPort].filter((t) => t !== undefined);
  const warnings = [...vInfo.warnings, ...(hosts?.warnings ?? [])];
  if (hosts === null)
    warnings.push(
      `${tables.vInfo.file}: no vHost tab: no hosts, and the VMs' hosts were not checked`,
    );
  return {
    inventory: {
      vms,
      hosts: hosts?.hosts ?? [],
      datastores: tables.vDatastore === undefined ? [] : rvtoolsDatastores(tables.vDatastore),
      networks: rvtoolsNetworks(vms, tables.vNetwork ?? null, portGroups),
    },
    templateCount: vInfo.templateCount,
    placeholderCount: vInfo.placeholderCount,
    warnings,
  };
}
