import { MHZ, MIB } from "../../models/units.ts";
import { PHYSICAL_RANGES as R } from "../schema/physicalRanges.ts";
import type { ImportWarning } from "./ImportWarning.ts";
import { measurement } from "./measurement.ts";
import { VCPU_COLUMNS, VMEMORY_COLUMNS } from "./rvtoolsColumns.ts";
import type { Table } from "./Table.ts";
import { TableColumns } from "./TableColumns.ts";
import { WarningLog } from "./WarningLog.ts";

/** One VM's measurements at the export's snapshot, base units; null when not measured. */
export interface VmMeasurement {
  /** vCPU `Overall`, Hz. */
  cpuUsedHz: number | null;
  /** vMemory `Consumed`, bytes. */
  memoryConsumedBytes: number | null;
  /** vMemory `Active`, bytes. */
  activeMemoryBytes: number | null;
}

/** The measurements of an export's VMs, by {@link measurementKey}, and what was assumed. */
export interface RvtoolsMeasurements {
  byVm: Map<string, VmMeasurement>;
  warnings: ImportWarning[];
}

/** The key a VM's measurements are found by: its vCenter and its name as vInfo writes them. */
export function measurementKey(vcenter: string | null | undefined, name: string): string {
  return `${vcenter ?? ""}\u0000${name}`;
}

const EMPTY: VmMeasurement = {
  cpuUsedHz: null,
  memoryConsumedBytes: null,
  activeMemoryBytes: null,
};

/**
 * Reads what an export measured of each VM (FACTS.md, "Measurements in an export"): vCPU
 * `Overall` (MHz used now) and vMemory `Consumed` and `Active` (MiB), converted once to Hz and
 * bytes. Rows are keyed by `VI SDK Server` and `VM`; rows with no VM name are skipped (vInfo
 * warns about those already); blank or unreadable cells read as null with a warning.
 *
 * @param vCpu - the vCPU table, or undefined when the export has none.
 * @param vMemory - the vMemory table, or undefined.
 * @returns measurements by VM, and warnings.
 * @throws {InputError} when a table has no VM column.
 * @example
 * rvtoolsMeasurements(vCpu, vMemory).byVm.get(measurementKey("vc01", "web01")) // { cpuUsedHz: 1.2e9, … }
 */
export function rvtoolsMeasurements(vCpu?: Table, vMemory?: Table): RvtoolsMeasurements {
  const byVm = new Map<string, VmMeasurement>();
  const warnings: ImportWarning[] = [];
  const entry = (key: string) => {
    const found = byVm.get(key) ?? { ...EMPTY };
    byVm.set(key, found);
    return found;
  };
  if (vCpu !== undefined) {
    const columns = new TableColumns(vCpu, VCPU_COLUMNS);
    const log = new WarningLog(vCpu, "vCPU");
    for (let row = 0; row < vCpu.rows.length; row++) {
      const vm = columns.text(row, "vm");
      if (vm === "") continue;
      const rule = { min: 0, unit: "MHz", range: R.vmCpuUsedHz, scale: MHZ };
      entry(measurementKey(columns.optionalText(row, "vcenter"), vm)).cpuUsedHz = measurement(
        columns,
        row,
        "overallMhz",
        rule,
        MHZ,
        log,
      );
    }
    for (const warning of log.warnings()) warnings.push(warning);
  }
  if (vMemory !== undefined) {
    const columns = new TableColumns(vMemory, VMEMORY_COLUMNS);
    const log = new WarningLog(vMemory, "vMemory");
    const rule = { min: 0, unit: "MiB", range: R.vmActiveMemoryBytes, scale: MIB };
    for (let row = 0; row < vMemory.rows.length; row++) {
      const vm = columns.text(row, "vm");
      if (vm === "") continue;
      const found = entry(measurementKey(columns.optionalText(row, "vcenter"), vm));
      found.memoryConsumedBytes = rounded(measurement(columns, row, "consumedMib", rule, MIB, log));
      found.activeMemoryBytes = rounded(measurement(columns, row, "activeMib", rule, MIB, log));
    }
    for (const warning of log.warnings()) warnings.push(warning);
  }
  return { byVm, warnings };
}

function rounded(bytes: number | null): number | null {
  return bytes === null ? null : Math.round(bytes);
}
