import type { Comparison } from "../../scenarios/compare/compareResults.ts";
import { durationUnit, formatDurationIn, formatWithUnit } from "../../scenarios/format.ts";
import { maxOf } from "../../sim/stats/extremes.ts";

/**
 * A formatter for the values of one row: durations all in the unit of the row's largest
 * (never "18.3 h" beside "8.2 d"), anything else in its own unit.
 */
function rowFormat(values: readonly (number | null)[], unit: string): (value: number) => string {
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (unit !== "s" || finite.length === 0) return (value) => formatWithUnit(value, unit);
  const shared = durationUnit(maxOf(finite.map(Math.abs)));
  return (value) => formatDurationIn(value, shared);
}

/** One cell of the comparison table: the value as text, its pass/FAIL, whether it is best. */
export interface ComparisonCell {
  text: string;
  /** Targets only: whether the scenario meets it (null: it has no such target). */
  pass?: boolean | null;
  best: boolean;
  /** Why the value is not assessed (its inputs are missing); absent when it is. */
  notAssessed?: string;
}

/** One row of the comparison table. */
export interface ComparisonTableRow {
  id: string;
  label: string;
  kind: "target" | "figure";
  cells: ComparisonCell[];
  /** "lower", "higher" or "" when no direction applies. */
  better: string;
}

/**
 * The comparison as table rows: targets (value and pass/FAIL per scenario) then key figures
 * (value per scenario, the single best marked), each value in its own unit, a missing one as
 * the row's `nullText` (or "—"). Pure: reads the comparison only.
 *
 * @example comparisonTable(c)[0].cells[0] // { text: "25.2 h", pass: true, best: false }
 */
export function comparisonTable(comparison: Comparison): ComparisonTableRow[] {
  return comparison.rows.map((row) => ({
    id: row.id,
    label: row.label,
    kind: row.pass === undefined ? "figure" : "target",
    better: row.better ?? "",
    cells: row.values.map((value, i) => {
      const unit = row.units?.[i] ?? row.unit;
      const show =
        row.units === undefined
          ? rowFormat(row.values, unit)
          : (v: number) => formatWithUnit(v, unit);
      const notAssessed = row.notAssessed?.[i] ?? null;
      const cell: ComparisonCell = {
        text:
          notAssessed !== null
            ? "not assessed"
            : value === null
              ? (row.nullText ?? "—")
              : show(value),
        best: row.best === i,
      };
      if (notAssessed !== null) cell.notAssessed = notAssessed;
      if (row.pass !== undefined) cell.pass = row.pass[i] ?? null;
      return cell;
    }),
  }));
}

/** One panel of the small multiples: a key figure across the scenarios. */
export interface ComparisonPanel {
  id: string;
  label: string;
  unit: string;
  bars: { scenario: string; value: number; text: string; best: boolean }[];
}

/** The key figures drawn as small multiples, by comparison row id. */
export const PANEL_FIGURES: readonly string[] = [
  "migration.makespanSeconds",
  "migration.vms.maxDowntimeSeconds",
  "latency.after.p95Ms",
  "cost.monthly.shared.totalPerMonth",
];

/**
 * The panels of the comparison's small multiples: each figure of `ids` the comparison holds,
 * one bar per scenario, the best marked. A figure is left out when a scenario lacks its value
 * or when the scenarios' units differ (bars in different currencies do not compare). Pure.
 *
 * @example comparisonPanels(c).map((p) => p.label) // ["Migration makespan", "Longest stun", …]
 */
export function comparisonPanels(
  comparison: Comparison,
  ids: readonly string[] = PANEL_FIGURES,
): ComparisonPanel[] {
  const panels: ComparisonPanel[] = [];
  for (const id of ids) {
    const row = comparison.rows.find((r) => r.id === id);
    if (row === undefined || row.units !== undefined) continue;
    if (row.values.some((v) => v === null || !Number.isFinite(v))) continue;
    panels.push({
      id,
      label: row.label,
      unit: row.unit,
      bars: row.values.map((value, i) => ({
        scenario: comparison.scenarios[i]?.name ?? `#${i + 1}`,
        value: value as number,
        text: rowFormat(row.values, row.unit)(value as number),
        best: row.best === i,
      })),
    });
  }
  return panels;
}
