import { InputError } from "./InputError.ts";
import type { NumberRule, TableColumns } from "./TableColumns.ts";
import type { WarningLog } from "./WarningLog.ts";

/**
 * A measurement cell of an export (vCPU `Overall` MHz, vMemory `Consumed` MiB, vHost
 * `CPU usage %` …) in base units: the cell × `scale`, or null when the table has no such
 * column. A measurement only informs the before-state, so a blank cell (RVTools without
 * privileges) or one that is not a number within `rule` is not a refusal: it reads as null, with
 * a `measurement-blank` or `measurement-invalid` warning.
 *
 * @param scale - base units per file unit (e.g. 1e6 for MHz → Hz, 0.01 for % → fraction).
 * @returns the value in base units, or null.
 * @example
 * measurement(vCpuColumns, 0, "overallMhz", { min: 0, unit: "MHz" }, 1e6, log) // 1.2e9 for "1200"
 */
export function measurement<F extends string>(
  columns: TableColumns<F>,
  row: number,
  field: F,
  rule: NumberRule,
  scale: number,
  log: WarningLog,
): number | null {
  if (!columns.has(field)) return null;
  const column = columns.headerOf(field);
  if (columns.text(row, field) === "") {
    log.add(row, "measurement-blank", "blank: not measured (null)", column);
    return null;
  }
  try {
    const value = columns.number(row, field, rule);
    if (value === null) return null;
    // Divide by 100 rather than multiply by 0.01: 41 % reads 0.41, not 0.41000000000000003.
    return scale < 1 ? value / (1 / scale) : value * scale;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    log.add(row, "measurement-invalid", `expected ${error.expected}: not measured (null)`, column);
    return null;
  }
}
