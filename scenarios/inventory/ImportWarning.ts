/**
 * What the importer assumed or left out for a recoverable problem in an export, and why (each
 * code's meaning and what was done). A structural problem (no vInfo, no VM column, an unreadable
 * file, duplicate VM names within one vCenter) is an InputError instead.
 */
export const IMPORT_WARNING_CODES = {
  "clock-from-speed":
    'the host clock column is "Speed", with no unit in its name (every real RVTools 4.x export, FACTS.md): read as MHz',
  "cpu-model-no-clock":
    'the CPU model names no clock ("… @ 2.10GHz"): the clock is the host\'s Speed column',
  "cpu-model-unknown":
    "the CPU model is not in the generation table (scenarios/inventory/cpuGeneration.ts): its per-core speed is its clock alone, at Skylake's per-clock throughput (ASSUMPTION), and EVC checks skip it",
  "vm-no-cpu-or-memory":
    "a VM with 0 CPUs or 0 MiB (inaccessible or orphaned in vCenter): kept and counted, but taken as powered off, so it moves cold and places no demand",
  "row-no-name": "a row with no name (a hand-added total, or notes): skipped",
  "host-spelled-differently":
    "the VM's host is written differently in vHost (case, short name, FQDN): matched to the vHost entry",
  "host-unlisted":
    'the VM\'s host is not in vHost: the VM is kept on an "unlisted host" whose capacity is unknown (its before-state is not assessed)',
  "no-vhost-tab": "no vHost tab: no hosts, and the VMs' hosts were not checked",
  "power-state-blank":
    "no power state: counted as powered on (the conservative choice for capacity)",
  "disk-size-blank":
    "a disk size left blank: the other one (provisioned or in use) was used, or 0 bytes when both are blank",
  "hyperthreading-blank": 'no "HT Active": counted as 1 thread per core',
  "measurement-blank":
    "a measurement cell left blank (RVTools lacked privileges, or the VM was off): the measurement is null",
  "measurement-invalid":
    "a measurement cell that is not a number in its range: the measurement is null (it only informs the before-state)",
  "rvtools-version-unchecked":
    "the export was written by a version of RVTools (or by another tool) whose headers this importer was not checked against (3.x, 4.4.3, 4.6.1, 4.7.1): columns are read by name, so a renamed column reads as missing — check the import summary",
  "vm-name-in-two-vcenters":
    'the same VM name in two vCenters ("VI SDK Server"): the later one is named "<name> [<vCenter>]"',
} as const;

/** The kind of a recoverable problem: a key of {@link IMPORT_WARNING_CODES}. */
export type ImportWarningCode = keyof typeof IMPORT_WARNING_CODES;

/**
 * One recoverable problem in an imported file: where it is (file, tab, row, column; null where
 * a part does not apply) and a one-line message. `row` is the 1-based line (CSV) or row
 * (workbook) number, the header being row 1.
 *
 * @example
 * { code: "row-no-name", file: "RVTools_tabvInfo.csv", tab: "vInfo", row: 52, column: "VM",
 *   message: 'RVTools_tabvInfo.csv: row 52, column "VM": a row with no name (a hand-added total, or notes): skipped' }
 */
export interface ImportWarning {
  /** The kind of problem. */
  code: ImportWarningCode;
  /** The file, as the user named it. */
  file: string;
  /** The RVTools tab (a workbook sheet, or the tab a CSV file holds), or null. */
  tab: string | null;
  /** 1-based line or row number in the file, or null for the file or tab as a whole. */
  row: number | null;
  /** The column as the file's header writes it, or null. */
  column: string | null;
  /** One line: where, what was found and what was done. */
  message: string;
}
