import type { Vm } from "../../models/Inventory.ts";
import { MIB } from "../../models/units.ts";
import { PHYSICAL_RANGES as R } from "../schema/physicalRanges.ts";
import { hardwareVersionOf } from "./hardwareVersionOf.ts";
import { powerStateOf } from "./powerStateOf.ts";
import { VINFO_COLUMNS, VINFO_NETWORK_PREFIXES } from "./rvtoolsColumns.ts";
import type { Table } from "./Table.ts";
import { TableColumns } from "./TableColumns.ts";
import { vmGroup } from "./vmGroup.ts";
import { WarningLog } from "./WarningLog.ts";

/** The VMs of a vInfo table, and what was left out. */
export interface RvtoolsVms {
  /** The VMs, templates and SRM placeholders left out, in the table's order. */
  vms: Vm[];
  /** Templates left out. */
  templateCount: number;
  /** SRM placeholders (the recovery-site shadows of protected VMs) left out. */
  placeholderCount: number;
  /** What was assumed for incomplete rows. */
  warnings: string[];
}

const MIB_RULE = { min: 0, unit: "MiB", range: R.vmDiskBytes, scale: MIB } as const;
const MEMORY_MIB_RULE = { min: 0, unit: "MiB", range: R.vmMemoryBytes, scale: MIB } as const;
const DATASTORE_IN_PATH = /^\[([^\]]+)\]/;

/**
 * Reads the VMs of an RVTools vInfo table (CSV or workbook sheet), converting MiB to bytes
 * once. Templates and SRM placeholders are counted and left out before any other check (a
 * placeholder carries the name of the VM it protects). Empty cells, as RVTools leaves them
 * without privileges, become null where the field allows it; otherwise:
 * - no power state → powered on (the conservative choice for capacity), with a warning;
 * - no `In Use MiB` → the provisioned size, no `Provisioned MiB` → the size in use, neither → 0,
 *   with a warning;
 * - the guest OS is the one VMware Tools reports, else the configuration file's, else "".
 * The main datastore is the one holding the VM's configuration file (`Path` "[ds1] web/web.vmx");
 * the group comes from `vmGroup` (vApp, then folder, then resource pool); `sites` is 0 and
 * `profile` null, since RVTools knows neither; snapshots and media are filled in later from
 * their own tabs (null here).
 *
 * @param table - the vInfo table.
 * @param knownHosts - the host names of vHost, or null when there is no vHost to check against.
 * @returns the VMs, the counts left out and warnings.
 * @throws {InputError} for a missing VM name, CPUs or Memory column; an empty VM name; CPUs that
 *   are not a whole number ≥ 1; memory that is not a number > 0 MiB; a negative or non-numeric
 *   size; an unknown power state, boolean or hardware version; a VM name seen before; a host
 *   that vHost does not list.
 * @example
 * rvtoolsVms(readCsv("VM,CPUs,Memory\nweb01,2,4096\n", "vInfo.csv"), null).vms[0].memoryBytes // 4294967296
 */
export function rvtoolsVms(table: Table, knownHosts: ReadonlySet<string> | null): RvtoolsVms {
  const columns = new TableColumns(table, VINFO_COLUMNS);
  const networkColumns = columns.numbered(VINFO_NETWORK_PREFIXES);
  const log = new WarningLog(table);
  const seen = new Map<string, number>();
  const vms: Vm[] = [];
  let templateCount = 0;
  let placeholderCount = 0;
  for (let row = 0; row < table.rows.length; row++) {
    const name = columns.requiredText(row, "name", "a VM name");
    if (columns.boolean(row, "template") === true) {
      templateCount++;
      continue;
    }
    if (columns.boolean(row, "srmPlaceholder") === true) {
      placeholderCount++;
      continue;
    }
    columns.unique(row, "name", name, "VM", seen);
    const host = columns.optionalText(row, "host");
    if (host !== null && knownHosts !== null && !knownHosts.has(host)) {
      throw columns.fail(row, "host", "a host listed in the vHost tab", host);
    }
    vms.push({
      name,
      vcpu: columns.requiredNumber(row, "vcpu", { min: 1, integer: true, range: R.vmVcpus }),
      memoryBytes: Math.round(
        columns.requiredNumber(row, "memoryMib", { ...MEMORY_MIB_RULE, exclusiveMin: true }) * MIB,
      ),
      ...diskBytes(columns, row, log),
      os: columns.text(row, "osTools") || columns.text(row, "osConfig"),
      powerState: powerState(columns, row, log),
      host,
      cluster: columns.optionalText(row, "cluster"),
      datastore: DATASTORE_IN_PATH.exec(columns.text(row, "path"))?.[1]?.trim() ?? null,
      networks: [
        ...new Set(networkColumns.map((i) => columns.cellAt(row, i)).filter((n) => n !== "")),
      ],
      group: vmGroup(
        columns.text(row, "folder"),
        columns.text(row, "resourcePool"),
        columns.text(row, "vApp"),
      ),
      sites: 0,
      profile: null,
      hardwareVersion: hardwareVersion(columns, row),
      activeMemoryBytes: mibToBytes(columns.number(row, "activeMemoryMib", MEMORY_MIB_RULE)),
      snapshotCount: null,
      connectedMedia: null,
      ipAddress: columns.optionalText(row, "ipAddress"),
    });
  }
  return { vms, templateCount, placeholderCount, warnings: log.messages() };
}

type VinfoColumns = TableColumns<keyof typeof VINFO_COLUMNS>;

function mibToBytes(mib: number | null): number | null {
  return mib === null ? null : Math.round(mib * MIB);
}

function diskBytes(columns: VinfoColumns, row: number, log: WarningLog) {
  const provisioned = columns.number(row, "provisionedMib", MIB_RULE);
  const inUse = columns.number(row, "inUseMib", MIB_RULE);
  if (provisioned === null && inUse === null) log.add(row, "no disk sizes: counted as 0 bytes");
  else if (inUse === null)
    log.add(row, `no "${columns.headerOf("inUseMib")}": the provisioned size was used`);
  else if (provisioned === null) {
    log.add(row, `no "${columns.headerOf("provisionedMib")}": the size in use was used`);
  }
  return {
    diskProvisionedBytes: mibToBytes(provisioned ?? inUse ?? 0)!,
    diskUsedBytes: mibToBytes(inUse ?? provisioned ?? 0)!,
  };
}

function powerState(columns: VinfoColumns, row: number, log: WarningLog) {
  const text = columns.text(row, "powerState");
  if (text === "") {
    log.add(row, `no "${columns.headerOf("powerState")}": counted as powered on`);
    return "poweredOn";
  }
  const state = powerStateOf(text);
  if (state === undefined)
    throw columns.fail(row, "powerState", "poweredOn, poweredOff or suspended", text);
  return state;
}

function hardwareVersion(columns: VinfoColumns, row: number): number | null {
  const text = columns.text(row, "hardwareVersion");
  if (text === "") return null;
  const version = hardwareVersionOf(text);
  if (version === undefined)
    throw columns.fail(row, "hardwareVersion", 'a hardware version such as "vmx-14" or "14"', text);
  return version;
}
