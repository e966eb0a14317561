import type { Scenario } from "../Scenario.ts";
import type { Assumption } from "./SimulationResult.ts";

/** Unit of a value from its field name (names carry their unit, DESIGN.md). */
export function unitOfField(key: string, currency: string): string {
  const rules: [RegExp, string][] = [
    [/BytesPerSecond$/, "B/s"],
    [/Bytes$/, "B"],
    [/Seconds$/, "s"],
    [/Hz$/, "Hz"],
    [/Fraction$/, "fraction"],
    [/PerMonth$/, `${currency}/month`],
    [/PerYear$/, `${currency}/year`],
    [/^(pricePerPoint|migrationOneOff)$/, currency],
    [/Months$/, "months"],
  ];
  return rules.find(([pattern]) => pattern.test(key))?.[1] ?? "";
}

/**
 * Every sourced value and assumption of a scenario, with its place, unit and provenance, in
 * file order: the assumptions table of the report, and the inputs of the sensitivity analysis.
 */
export function collectAssumptions(scenario: Scenario): Assumption[] {
  const out: Assumption[] = [];
  const walk = (value: unknown, path: string, key: string): void => {
    if (Array.isArray(value)) {
      for (const [i, item] of value.entries()) walk(item, `${path}[${i}]`, key);
      return;
    }
    if (typeof value !== "object" || value === null) return;
    const record = value as Record<string, unknown>;
    if (typeof record.value === "number" && "source" in record && "assumption" in record) {
      out.push({
        id: path,
        value: record.value,
        low: record.low as number,
        high: record.high as number,
        unit: unitOfField(key, scenario.currency),
        source: record.source as string | null,
        assumption: record.assumption as string | null,
      });
      return;
    }
    for (const [k, item] of Object.entries(record)) walk(item, path === "" ? k : `${path}.${k}`, k);
  };
  const { inventory: _inventory, ...rest } = scenario;
  walk(rest, "", "");
  return out;
}
