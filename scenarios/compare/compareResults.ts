import { maxOf } from "../../sim/stats/extremes.ts";
import type { SimulationResult } from "../result/SimulationResult.ts";
import { type Better, CURRENCY, KEY_FIGURES, type KeyFigure } from "./keyFigures.ts";

/** A compared scenario, one column of the comparison. */
export interface ComparedScenario {
  name: string;
  title: string;
  file: string;
  seed: number;
}

/** One row of a comparison: a target or a key figure, one value per scenario. */
export interface ComparisonRow {
  /** Target id (e.g. "migration.makespan") or key-figure id (its path in the result). */
  id: string;
  /** Human label. */
  label: string;
  /** Unit of the values, as the `unit` of targets (money: "EUR", "EUR/month"). */
  unit: string;
  /** Per-scenario units, only when the scenarios' currencies differ (then `best` is absent). */
  units?: string[];
  /** One value per scenario, in `unit`; null when the scenario has no such value. */
  values: (number | null)[];
  /** Targets only: whether each scenario meets it (null: the scenario has no such target). */
  pass?: (boolean | null)[];
  /** Key figures only: which way is better, when a direction applies. */
  better?: Better;
  /** Index of the single best scenario; absent without a direction or on a tie. */
  best?: number;
  /** What a null value means, shown in its place ("never", "beyond horizon"…). */
  nullText?: string;
  /**
   * Per scenario, why its value is not assessed (inputs missing), or null when it is; absent
   * when every scenario's is. A row with one not assessed marks no best.
   */
  notAssessed?: (string | null)[];
}

/** Scenarios side by side: `cutover compare --json` prints exactly this. */
export interface Comparison {
  scenarios: ComparedScenario[];
  rows: ComparisonRow[];
}

/** Relative tolerance under which two values tie for best. */
const TIE_RELATIVE = 1e-9;

/**
 * Sets run results side by side: first every target (the union of the scenarios' target ids,
 * in order of first appearance, each scenario's value and pass/FAIL), then the key figures of
 * {@link KEY_FIGURES} with the single best scenario marked where "better" is defined (lower
 * makespan, higher saving…; a tie marks none). Pure: reads the results, recomputes nothing.
 *
 * A target or figure not assessed in a scenario (its inputs are missing) is null with its reason
 * in `notAssessed`; such a row marks no best.
 *
 * Money rows carry the scenario's currency as unit ("EUR/month"); when the currencies differ,
 * each value keeps its own unit in `units` and no best is marked.
 *
 * @example compareResults([reference, oneGbe]).rows.find((r) => r.id === "migration.makespanSeconds")!.best // 0
 */
export function compareResults(results: readonly SimulationResult[]): Comparison {
  const scenarios = results.map(({ scenario: { name, title, file, seed } }) => ({
    name,
    title,
    file,
    seed,
  }));
  return {
    scenarios,
    rows: [...targetRows(results), ...KEY_FIGURES.map((f) => figureRow(f, results))],
  };
}

function targetRows(results: readonly SimulationResult[]): ComparisonRow[] {
  const ids: string[] = [];
  for (const r of results) for (const t of r.targets) if (!ids.includes(t.id)) ids.push(t.id);
  return ids.map((id) => {
    const found = results.map((r) => r.targets.find((t) => t.id === id));
    const first = found.find((t) => t !== undefined)!;
    return {
      id,
      label: first.label,
      unit: first.unit,
      values: found.map((t) => t?.value ?? null),
      pass: found.map((t) => t?.pass ?? null),
      ...notAssessedOf(found.map((t) => t?.notAssessed ?? null)),
    };
  });
}

/** The `notAssessed` field of a row: present only when some scenario's value is not assessed. */
function notAssessedOf(reasons: readonly (string | null)[]): { notAssessed?: (string | null)[] } {
  return reasons.some((r) => r !== null) ? { notAssessed: [...reasons] } : {};
}

function figureRow(figure: KeyFigure, results: readonly SimulationResult[]): ComparisonRow {
  const units = results.map((r) => figure.unit.replace(CURRENCY, r.cost.currency));
  const mixed = units.some((u) => u !== units[0]);
  const reasons = results.map((r) => figure.notAssessed?.(r) ?? null);
  const values = results.map((r, i) => (reasons[i] === null ? figure.read(r) : null));
  const row: ComparisonRow = { id: figure.id, label: figure.label, unit: units[0] ?? "", values };
  if (mixed) row.units = units;
  if (figure.better !== undefined) row.better = figure.better;
  if (figure.nullText !== undefined) row.nullText = figure.nullText;
  const { notAssessed } = notAssessedOf(reasons);
  if (notAssessed !== undefined) row.notAssessed = notAssessed;
  const best = mixed || notAssessed !== undefined ? undefined : bestIndex(values, figure);
  if (best !== undefined) row.best = best;
  return row;
}

/** The index of the single best value, or undefined without a direction or on a tie. */
function bestIndex(values: readonly (number | null)[], figure: KeyFigure): number | undefined {
  if (figure.better === undefined) return undefined;
  const sign = figure.better === "higher" ? 1 : -1;
  const scores: number[] = [];
  for (const v of values) {
    if (v !== null) scores.push(sign * v);
    else if (figure.nullRanks === "best") scores.push(Number.POSITIVE_INFINITY);
    else if (figure.nullRanks === "worst") scores.push(Number.NEGATIVE_INFINITY);
    else return undefined;
  }
  const top = maxOf(scores);
  const at = scores.flatMap((s, i) => (ties(s, top) ? [i] : []));
  return at.length === 1 ? at[0] : undefined;
}

function ties(a: number, b: number): boolean {
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  return Math.abs(a - b) <= TIE_RELATIVE * Math.max(Math.abs(a), Math.abs(b));
}
