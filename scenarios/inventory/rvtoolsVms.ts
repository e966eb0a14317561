import type { Vm } from "../../models/Inventory.ts";
import { MIB } from "../../models/units.ts";
import { PHYSICAL_RANGES as R } from "../schema/physicalRanges.ts";
import { hardwareVersionOf } from "./hardwareVersionOf.ts";
import type { HostMatch } from "./hostNameMatcher.ts";
import type { ImportWarning } from "./ImportWarning.ts";
import { measurement } from "./measurement.ts";
import { powerStateOf } from "./powerStateOf.ts";
import { VINFO_COLUMNS, VINFO_NETWORK_PREFIXES } from "./rvtoolsColumns.ts";
import { measurementKey } from "./rvtoolsMeasurements.ts";
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
  /** Host names that VMs name but vHost does not list, as written (first spelling seen). */
  unlistedHosts: string[];
  /** What was assumed, matched or skipped. */
  warnings: ImportWarning[];
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
 * - a row with no VM name (a hand-added total) is skipped;
 * - a VM with 0 CPUs or 0 MiB (inaccessible or orphaned) is kept, flagged `inaccessible` and
 *   taken as powered off, so that it moves cold and places no demand;
 * - a host written differently from vHost (case, FQDN, short name) is matched to vHost's entry;
 *   one vHost does not list at all is kept and reported in `unlistedHosts`;
 * - a VM name seen before in another vCenter (`VI SDK Server`) is renamed "<name> [<vCenter>]";
 * each with a warning. `Overall Cpu Readiness` (%) becomes a fraction and `min Required EVC Mode
 * Key` is kept as written; both null when absent.
 * The main datastore is the one holding the VM's configuration file (`Path` "[ds1] web/web.vmx");
 * the group comes from `vmGroup` (vApp, then folder, then resource pool); `sites` is 0 and
 * `profile` null, since RVTools knows neither; snapshots and media are filled in later from
 * their own tabs (null here).
 *
 * @param table - the vInfo table.
 * @param matchHost - matches a written host name to vHost's (see `hostNameMatcher`), or null
 *   when there is no vHost to check against.
 * @returns the VMs, the counts left out, the unlisted hosts and warnings.
 * @throws {InputError} for a missing VM name, CPUs or Memory column; CPUs that are not a whole
 *   number ≥ 0; memory that is not a number ≥ 0 MiB; a negative or non-numeric size; an unknown
 *   power state, boolean or hardware version; a VM name seen before in the same vCenter.
 * @example
 * rvtoolsVms(readCsv("VM,CPUs,Memory\nweb01,2,4096\n", "vInfo.csv"), null).vms[0].memoryBytes // 4294967296
 */
export function rvtoolsVms(
  table: Table,
  matchHost: ((written: string) => HostMatch | null) | null,
): RvtoolsVms {
  const columns = new TableColumns(table, VINFO_COLUMNS);
  const networkColumns = columns.numbered(VINFO_NETWORK_PREFIXES);
  const log = new WarningLog(table, "vInfo");
  const seen = new Map<string, number>();
  const names = new Set<string>();
  const unlisted = new Map<string, string>();
  const vms: Vm[] = [];
  let templateCount = 0;
  let placeholderCount = 0;
  for (let row = 0; row < table.rows.length; row++) {
    const written = columns.text(row, "name");
    if (written === "") {
      log.add(
        row,
        "row-no-name",
        "a row with no VM name (a hand-added total, or notes): skipped",
        columns.headerOf("name"),
      );
      continue;
    }
    if (columns.boolean(row, "template") === true) {
      templateCount++;
      continue;
    }
    if (columns.boolean(row, "srmPlaceholder") === true) {
      placeholderCount++;
      continue;
    }
    const vcenter = columns.optionalText(row, "vcenter");
    const key = measurementKey(vcenter, written);
    const first = seen.get(key);
    if (first !== undefined) {
      const within = vcenter === null ? "" : ` within vCenter "${vcenter}"`;
      throw columns.fail(row, "name", `a unique VM name${within} (also on row ${first})`, written);
    }
    seen.set(key, columns.rowNumber(row));
    const name = names.has(written) ? `${written} [${vcenter ?? ""}]` : written;
    if (name !== written) {
      log.add(
        row,
        "vm-name-in-two-vcenters",
        `"${written}" is also a VM of another vCenter: named "${name}"`,
        columns.headerOf("name"),
      );
    }
    names.add(name);
    const vcpu = columns.requiredNumber(row, "vcpu", { min: 0, integer: true, range: R.vmVcpus });
    const memoryMib = columns.requiredNumber(row, "memoryMib", MEMORY_MIB_RULE);
    const inaccessible = vcpu === 0 || memoryMib === 0;
    if (inaccessible) {
      log.add(
        row,
        "vm-no-cpu-or-memory",
        `${vcpu} CPUs and ${memoryMib} MiB (inaccessible or orphaned): kept, taken as powered off (moves cold, no demand)`,
        columns.headerOf(vcpu === 0 ? "vcpu" : "memoryMib"),
      );
    }
    const state = powerState(columns, row, log);
    vms.push({
      name,
      vcpu,
      memoryBytes: Math.round(memoryMib * MIB),
      ...diskBytes(columns, row, log),
      os: columns.text(row, "osTools") || columns.text(row, "osConfig"),
      powerState: inaccessible ? "poweredOff" : state,
      host: hostOf(columns, row, matchHost, unlisted, log),
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
      ...(inaccessible ? { inaccessible: true } : {}),
      vcenter,
      cpuReadinessFraction: measurement(
        columns,
        row,
        "cpuReadinessPercent",
        READINESS_RULE,
        0.01,
        log,
      ),
      minRequiredEvc: columns.optionalText(row, "minRequiredEvc"),
    });
  }
  return {
    vms,
    templateCount,
    placeholderCount,
    unlistedHosts: [...unlisted.values()],
    warnings: log.warnings(),
  };
}

const READINESS_RULE = { min: 0, unit: "%", range: R.vmCpuReadinessFraction, scale: 0.01 } as const;

/** The VM's host as vHost names it, else as written (recording it as unlisted); null when blank. */
function hostOf(
  columns: VinfoColumns,
  row: number,
  matchHost: ((written: string) => HostMatch | null) | null,
  unlisted: Map<string, string>,
  log: WarningLog,
): string | null {
  const written = columns.optionalText(row, "host");
  if (written === null || matchHost === null) return written;
  const match = matchHost(written);
  const column = columns.headerOf("host");
  if (match === null) {
    const key = written.toLowerCase();
    if (!unlisted.has(key)) unlisted.set(key, written);
    const name = unlisted.get(key)!;
    log.add(
      row,
      "host-unlisted",
      `host "${written}" is not in vHost: the VM is kept on an unlisted host (not assessed)`,
      column,
    );
    return name;
  }
  if (!match.exact) {
    log.add(
      row,
      "host-spelled-differently",
      `host "${written}" matched to vHost's "${match.name}"`,
      column,
    );
  }
  return match.name;
}

type VinfoColumns = TableColumns<keyof typeof VINFO_COLUMNS>;

function mibToBytes(mib: number | null): number | null {
  return mib === null ? null : Math.round(mib * MIB);
}

function diskBytes(columns: VinfoColumns, row: number, log: WarningLog) {
  const provisioned = columns.number(row, "provisionedMib", MIB_RULE);
  const inUse = columns.number(row, "inUseMib", MIB_RULE);
  if (provisioned === null && inUse === null)
    log.add(
      row,
      "disk-size-blank",
      "no disk sizes: counted as 0 bytes",
      columns.headerOf("provisionedMib"),
    );
  else if (inUse === null)
    log.add(
      row,
      "disk-size-blank",
      "blank: the provisioned size was used",
      columns.headerOf("inUseMib"),
    );
  else if (provisioned === null) {
    log.add(
      row,
      "disk-size-blank",
      "blank: the size in use was used",
      columns.headerOf("provisionedMib"),
    );
  }
  return {
    diskProvisionedBytes: mibToBytes(provisioned ?? inUse ?? 0)!,
    diskUsedBytes: mibToBytes(inUse ?? provisioned ?? 0)!,
  };
}

function powerState(columns: VinfoColumns, row: number, log: WarningLog) {
  const text = columns.text(row, "powerState");
  if (text === "") {
    log.add(
      row,
      "power-state-blank",
      "blank: counted as powered on",
      columns.headerOf("powerState"),
    );
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
