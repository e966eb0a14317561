import {
  durationUnit,
  formatDurationIn,
  formatNumber,
  formatPercent,
  formatWithUnit as formatValue,
} from "../../scenarios/format.ts";
import type { MonteCarloResult } from "../../scenarios/montecarlo/MonteCarloResult.ts";
import type { SimulationResult, Target } from "../../scenarios/result/SimulationResult.ts";
import { type TargetState, targetState } from "../../scenarios/result/targetState.ts";

/** Which side of its limit a target's value must lie: at most, at least, or exactly (yes/no). */
export type LimitDirection = "≤" | "≥" | "=";

/** How often a Monte Carlo study missed a target, with its Wilson 95 % interval (fractions). */
export interface TargetMiss {
  misses: number;
  runs: number;
  probability: number;
  lower: number;
  upper: number;
  /** "21 of 40 runs (52.5 %, 95 % CI 37.5–67.1 %)". */
  text: string;
}

/** One row of the targets table. */
export interface TargetRow {
  id: string;
  label: string;
  /** The value found, "—" when not assessed, "∞ (unbounded)" when null beside a verdict. */
  value: string;
  /** The limit with its direction (a no-break space between): "≤ 72 h", "≥ 27.0 %", "= yes". */
  limit: string;
  direction: LimitDirection;
  /** True when it passes; null when not assessed. */
  pass: boolean | null;
  /** "pass", "fail" or "not assessed". */
  state: TargetState;
  /** Why it is not assessed; null when it is. */
  notAssessed: string | null;
  /** The study's miss probability; null without a study or when it could not assess it. */
  miss: TargetMiss | null;
  /** Passes in the plan but a study misses it at least as often as the scenario allows. */
  atRisk: boolean;
}

/** The assumption that carries the scenario's `targets.maxMissProbability`. */
export const MAX_MISS_ID = "targets.maxMissProbabilityFraction";

/** The default of `targets.maxMissProbability` (scenarios/schema/targetsSchema.ts). */
export const DEFAULT_MAX_MISS = 0.1;

/** Order of the states in the table: failures first, then not assessed, then passes. */
const STATE_ORDER: Record<TargetState, number> = { fail: 0, "not assessed": 1, pass: 2 };

/** The direction of the known targets; others are inferred from their verdict. */
const DIRECTIONS: Record<string, LimitDirection> = {
  "migration.makespan": "≤",
  "migration.maxDowntime": "≤",
  "migration.reboots": "≤",
  "latency.p95.after": "≤",
  "cost.savings": "≥",
  "capacity.n1": "=",
};

/** Which side of its limit a target must lie (≤ maximum, ≥ minimum, = a yes/no). */
export function limitDirection(target: Target): LimitDirection {
  const known = DIRECTIONS[target.id];
  if (known !== undefined) return known;
  if (target.unit === "boolean") return "=";
  if (target.value !== null && target.pass !== null && target.value !== target.limit)
    return target.pass === target.value < target.limit ? "≤" : "≥";
  return "≤";
}

/** The largest miss probability the scenario accepts (`targets.maxMissProbability`). */
export function maxMissProbability(result: SimulationResult): number {
  // a result from before the field (or a test's partial one) has no such assumption
  const assumptions = (result.assumptions as SimulationResult["assumptions"] | undefined) ?? [];
  return assumptions.find((a) => a.id === MAX_MISS_ID)?.value ?? DEFAULT_MAX_MISS;
}

/**
 * Value and limit of a target as text, in one unit: durations take the unit of the limit
 * (never "4.51 d" beside "72 h").
 */
function valueAndLimit(t: Target): [string, string] {
  const show = (x: number) =>
    t.unit === "s" && Number.isFinite(t.limit) && Number.isFinite(x)
      ? formatDurationIn(x, durationUnit(t.limit))
      : formatValue(x, t.unit);
  // null beside a verdict is an unbounded value (Infinity, which JSON writes as null)
  const value = t.value === null ? (t.pass === null ? "—" : "∞ (unbounded)") : show(t.value);
  return [value, show(t.limit)];
}

/** The miss probability of target `id` in `study`, or null. */
function missOf(study: MonteCarloResult | undefined, id: string): TargetMiss | null {
  const m = study?.targets.find((t) => t.id === id);
  if (m === undefined || m.probability === null || m.lower === null || m.upper === null)
    return null;
  const runs = study?.samples.length ?? 0;
  return {
    misses: m.misses,
    runs,
    probability: m.probability,
    lower: m.lower,
    upper: m.upper,
    text: `${formatNumber(m.misses)} of ${formatNumber(runs)} runs (${formatPercent(m.probability)}, 95 % CI ${formatPercent(m.lower).replace(" %", "")}–${formatPercent(m.upper)})`,
  };
}

/**
 * The targets of a result as table rows, failures first, then those not assessed (with why),
 * then passes, each group in the result's order; with a Monte Carlo study, each row carries
 * how often the study missed it and whether that is at or above the scenario's
 * `targets.maxMissProbability` (at risk).
 */
export function targetRows(result: SimulationResult, study?: MonteCarloResult): TargetRow[] {
  const threshold = maxMissProbability(result);
  return result.targets
    .map((t, order) => {
      const [value, limit] = valueAndLimit(t);
      const direction = limitDirection(t);
      const miss = missOf(study, t.id);
      const state = targetState(t);
      return {
        order,
        row: {
          id: t.id,
          label: t.label,
          value,
          // a no-break space: the direction never wraps away from its limit
          limit: `${direction}\u00a0${limit}`,
          direction,
          pass: t.pass,
          state,
          notAssessed: t.pass === null ? (t.notAssessed ?? "its inputs are missing") : null,
          miss,
          atRisk: state === "pass" && miss !== null && miss.probability >= threshold,
        },
      };
    })
    .sort((a, b) => STATE_ORDER[a.row.state] - STATE_ORDER[b.row.state] || a.order - b.order)
    .map(({ row }) => row);
}

/** The verdict's overall state: any failure, else any target at risk, else any not assessed. */
export type VerdictState = "pass" | "fail" | "at-risk" | "not-assessed";

/** The one line a manager can quote, and its state. */
export interface Verdict {
  state: VerdictState;
  headline: string;
}

/**
 * The headline over the targets: "All 6 targets pass" only when every target passes in the
 * plan and, when a study is embedded, each is missed in fewer replications than the
 * scenario's `targets.maxMissProbability`; otherwise which fail, which are at risk (with how
 * often they were missed) and which are not assessed (never a pass).
 */
export function verdictOf(
  rows: readonly TargetRow[],
  threshold: number,
  study?: MonteCarloResult,
): Verdict {
  const total = rows.length;
  const failed = rows.filter((r) => r.state === "fail");
  const atRisk = rows.filter((r) => r.atRisk);
  const notAssessed = rows.filter((r) => r.state === "not assessed");
  const allowed = formatPercent(threshold, threshold * 100 < 1 ? 2 : 0);
  const parts: string[] = [];
  if (failed.length > 0)
    parts.push(
      `${failed.length} of ${total} targets fail in the plan: ${failed.map((r) => `${r.label} ${r.value} against ${r.limit}`).join("; ")}.`,
    );
  if (atRisk.length > 0)
    parts.push(
      `${failed.length > 0 ? "" : "No target fails in the plan, but "}${atRisk.length} of ${total} ${atRisk.length === 1 ? "is" : "are"} at risk, missed in ${allowed} of Monte Carlo runs or more where the scenario accepts under ${allowed}: ${atRisk.map((r) => `${r.label} missed in ${r.miss?.text ?? "?"}`).join("; ")}.`,
    );
  if (notAssessed.length > 0)
    parts.push(
      `${failed.length + atRisk.length > 0 ? "" : "No target fails;"} ${notAssessed.length} of ${total} ${notAssessed.length === 1 ? "is" : "are"} not assessed (their inputs are missing): not a pass.`.trim(),
    );
  if (parts.length > 0) {
    const state: VerdictState =
      failed.length > 0 ? "fail" : atRisk.length > 0 ? "at-risk" : "not-assessed";
    return { state, headline: parts.join(" ") };
  }
  const runs = study?.samples.length ?? 0;
  const assessedByStudy = rows.every((r) => r.miss !== null);
  return {
    state: "pass",
    headline:
      study === undefined
        ? `All ${total} targets pass in the plan (no Monte Carlo study is embedded, so the chance of missing them is not estimated).`
        : assessedByStudy
          ? `All ${total} targets pass, each missed in under ${allowed} of ${formatNumber(runs)} Monte Carlo runs.`
          : `All ${total} targets pass in the plan; those the study assessed are missed in under ${allowed} of ${formatNumber(runs)} runs.`,
  };
}
