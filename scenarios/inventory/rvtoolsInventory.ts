import { groupBy } from "../../models/groupBy.ts";
import type { Host, Vm } from "../../models/Inventory.ts";
import { GHZ, MIB, TIB } from "../../models/units.ts";
import { UNKNOWN_GENERATION } from "./cpuGeneration.ts";
import { hostNameMatcher } from "./hostNameMatcher.ts";
import type { ImportWarning } from "./ImportWarning.ts";
import type { ParsedInventory } from "./ParsedInventory.ts";
import type { RvtoolsTab } from "./rvtoolsColumns.ts";
import { rvtoolsConnectedMedia } from "./rvtoolsConnectedMedia.ts";
import { rvtoolsDatastores } from "./rvtoolsDatastores.ts";
import { rvtoolsExportFacts } from "./rvtoolsExportFacts.ts";
import { rvtoolsHosts } from "./rvtoolsHosts.ts";
import { measurementKey, rvtoolsMeasurements } from "./rvtoolsMeasurements.ts";
import { rvtoolsNetworks } from "./rvtoolsNetworks.ts";
import { rvtoolsSnapshotCounts } from "./rvtoolsSnapshotCounts.ts";
import { rvtoolsVms } from "./rvtoolsVms.ts";
import type { Table } from "./Table.ts";

/** The tables of an RVTools export by tab: vInfo is required, the others optional. */
export type RvtoolsTables = { vInfo: Table } & Partial<Record<Exclude<RvtoolsTab, "vInfo">, Table>>;

/** Clock of an unlisted host when the export lists no host at all (ASSUMPTION: a typical 2 GHz). */
const STAND_IN_CLOCK_HZ = 2 * GHZ;

/**
 * Builds an inventory from the tabs of an RVTools export, whether they came from a workbook or
 * from CSV files: VMs from vInfo, hosts from vHost, datastores from vDatastore, networks from
 * vNetwork/vPort/dvPort and the VMs' `Network #` columns, snapshot counts from vSnapshot,
 * connected media from vCD/vFloppy, and what the export measured of each VM from vCPU
 * (`Overall`) and vMemory (`Consumed`, `Active`, which fills `activeMemoryBytes` when vInfo has
 * no `Active Memory`), and what the export says of itself from vMetaData and vSource (which
 * RVTools wrote it, when, from which vCenters; see `rvtoolsExportFacts`). A missing optional tab leaves its part empty (or the VMs' field null),
 * with a warning for vHost, whose absence also skips the matching of VMs' hosts.
 *
 * A host that VMs name but vHost does not list becomes an entry flagged `unlisted: true` whose
 * capacity is a stand-in (not a measurement): one socket with one core per vCPU of its VMs, 1
 * thread per core, the memory of its VMs, the median clock of the listed hosts and generation
 * "unknown"; its before-state is therefore not to be assessed.
 *
 * @param tables - the tables by tab.
 * @returns the inventory, the templates and placeholders left out, what the export says of
 *   itself, and warnings (vMetaData's, then vInfo's, vHost's, vCPU's and vMemory's).
 * @throws {InputError} from the tab readers (see `rvtoolsVms`, `rvtoolsHosts`, …).
 * @example
 * rvtoolsInventory({ vInfo: readCsv(text, "RVTools_tabvInfo.csv") }).inventory.vms.length // 48
 */
export function rvtoolsInventory(tables: RvtoolsTables): ParsedInventory {
  const hosts = tables.vHost === undefined ? null : rvtoolsHosts(tables.vHost);
  const matchHost =
    hosts === null
      ? null
      : hostNameMatcher(
          hosts.hosts.map((h) => ({ name: h.name, domain: hosts.domains.get(h.name) ?? "" })),
        );
  const vInfo = rvtoolsVms(tables.vInfo, matchHost);
  const measured =
    tables.vCPU === undefined && tables.vMemory === undefined
      ? null
      : rvtoolsMeasurements(tables.vCPU, tables.vMemory);
  const snapshots = tables.vSnapshot === undefined ? null : rvtoolsSnapshotCounts(tables.vSnapshot);
  const mediaTables = [tables.vCD, tables.vFloppy].filter((t) => t !== undefined);
  const media = mediaTables.length === 0 ? null : rvtoolsConnectedMedia(mediaTables);
  const vms = vInfo.vms.map((vm): Vm => {
    const m = measured === null ? undefined : measurementOf(measured.byVm, vm);
    return {
      ...vm,
      snapshotCount: snapshots === null ? null : (snapshots.get(vm.name) ?? 0),
      connectedMedia: media === null ? null : (media.get(vm.name) ?? false),
      activeMemoryBytes: vm.activeMemoryBytes ?? m?.activeMemoryBytes ?? null,
      cpuUsedHz: m?.cpuUsedHz ?? null,
      memoryConsumedBytes: m?.memoryConsumedBytes ?? null,
    };
  });
  const portGroups = [tables.vPort, tables.dvPort].filter((t) => t !== undefined);
  const exported = rvtoolsExportFacts(tables.vMetaData, tables.vSource);
  const warnings: ImportWarning[] = [];
  for (const list of [
    exported.warnings,
    vInfo.warnings,
    hosts?.warnings ?? [],
    measured?.warnings ?? [],
  ]) {
    for (const warning of list) warnings.push(warning);
  }
  if (hosts === null) {
    warnings.push({
      code: "no-vhost-tab",
      file: tables.vInfo.file,
      tab: null,
      row: null,
      column: null,
      message: `${tables.vInfo.file}: no vHost tab: no hosts, and the VMs' hosts were not checked`,
    });
  }
  const listed = hosts?.hosts ?? [];
  return {
    inventory: {
      vms,
      hosts: [...listed, ...unlistedHosts(vInfo.unlistedHosts, vms, listed)],
      datastores: tables.vDatastore === undefined ? [] : rvtoolsDatastores(tables.vDatastore),
      networks: rvtoolsNetworks(vms, tables.vNetwork ?? null, portGroups),
    },
    templateCount: vInfo.templateCount,
    placeholderCount: vInfo.placeholderCount,
    exportFacts: exported.facts,
    warnings,
  };
}

function measurementOf(byVm: ReturnType<typeof rvtoolsMeasurements>["byVm"], vm: Vm) {
  const found = byVm.get(measurementKey(vm.vcenter, vm.name));
  if (found !== undefined || vm.vcenter === null || vm.vcenter === undefined) return found;
  // A VM renamed "<name> [<vCenter>]" (the same name in two vCenters) is keyed by its name as written.
  const suffix = ` [${vm.vcenter}]`;
  return vm.name.endsWith(suffix)
    ? byVm.get(measurementKey(vm.vcenter, vm.name.slice(0, -suffix.length)))
    : undefined;
}

/**
 * The stand-in entries of hosts that VMs name but vHost does not list (see rvtoolsInventory):
 * the VMs grouped and the median clock taken once, not once per unlisted host.
 */
function unlistedHosts(
  names: readonly string[],
  vms: readonly Vm[],
  listed: readonly Host[],
): Host[] {
  if (names.length === 0) return [];
  const vmsByHost = groupBy(vms, (vm) => vm.host);
  const clocks = listed.map((h) => h.clockHz).sort((a, b) => a - b);
  const clockHz = clocks.length === 0 ? STAND_IN_CLOCK_HZ : clocks[Math.floor(clocks.length / 2)]!;
  return names.map((name) => unlistedHost(name, vmsByHost.get(name) ?? [], clockHz));
}

/** The stand-in entry of one unlisted host, from the VMs on it and the clock to assume. */
function unlistedHost(name: string, vmsOnHost: readonly Vm[], clockHz: number): Host {
  let vcpu = 0;
  let memoryBytes = 0;
  for (const vm of vmsOnHost) {
    vcpu += vm.vcpu;
    memoryBytes += vm.memoryBytes;
  }
  return {
    name,
    cluster: null,
    model: "",
    cpuModel: "",
    sockets: 1,
    coresPerSocket: Math.min(896, Math.max(1, vcpu)),
    clockHz,
    threadsPerCore: 1,
    memoryBytes: Math.min(24 * TIB, Math.max(MIB, memoryBytes)),
    generation: UNKNOWN_GENERATION,
    esxVersion: null,
    cpuUsageFraction: null,
    memoryUsageFraction: null,
    unlisted: true,
  };
}
