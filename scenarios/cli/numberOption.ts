import { inRange, optionRangeText, type PhysicalRange } from "../schema/physicalRanges.ts";
import { UsageError } from "./UsageError.ts";

/** A decimal number as a person types it: no hex, no "Infinity", no blanks. */
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Reads the numeric option `--flag` from parsed command-line values, measured in `unit` base
 * units per flag unit (e.g. GIB for `--memory-gib`), and checks it against its physical range
 * from PHYSICAL_RANGES (converted to the flag's unit).
 *
 * @returns the value in the flag's unit, or undefined when the flag was not given
 * @throws UsageError naming the flag and the range, e.g.
 *   `--memory-gib: expected a number > 0 and ≤ 24576 (24 TiB, the vSphere 8 maximum per VM), got "1e300"`
 * @example numberOption({ "memory-gib": "8" }, "memory-gib", PHYSICAL_RANGES.vmMemoryBytes, GIB) // 8
 */
export function numberOption(
  values: Readonly<Record<string, string | boolean | undefined>>,
  flag: string,
  range: PhysicalRange,
  unit = 1,
): number | undefined {
  const raw = values[flag];
  if (raw === undefined) return undefined;
  const value = typeof raw === "string" && NUMBER.test(raw.trim()) ? Number(raw) : Number.NaN;
  // Compared in the flag's unit, so that a bound typed exactly (24576 GiB) is never lost to rounding.
  const scaled = { ...range, min: inUnit(range.min, unit), max: inUnit(range.max, unit) };
  if (!inRange(value, scaled)) {
    throw new UsageError(
      `--${flag}: expected ${optionRangeText(range, unit)}, got ${JSON.stringify(raw)}`,
    );
  }
  return value;
}

/** A bound in a flag's unit, without float noise (10 s ÷ 0.001 → 10000 ms). */
function inUnit(bound: number, unit: number): number {
  return unit === 1 ? bound : Number((bound / unit).toPrecision(12));
}
