import { maxOf } from "../../sim/stats/extremes.ts";
import { beforeNotAssessed } from "../result/beforeNotAssessed.ts";
import type { SimulationResult } from "../result/SimulationResult.ts";

/**
 * Which way a figure improves: "lower" (makespan, bills…) or "higher" (savings, headroom…).
 * Absent when the figure describes the starting point rather than the plan (site p95 and peak
 * CPU demand before the move), so no scenario is "best" on it.
 */
export type Better = "lower" | "higher";

/** One key figure of a run, as read from its {@link SimulationResult}. */
export interface KeyFigure {
  /** Stable id: the path of the figure in the result (or what it is derived from). */
  id: string;
  /** Human label, first column of the table. */
  label: string;
  /**
   * Unit of the value, as the `unit` of targets ("s", "ms", "B", "count", "fraction",
   * "boolean", "months"); "CUR" and "CUR/month" stand for the scenario's currency.
   */
  unit: string;
  /** Which way is better; absent when no direction applies. */
  better?: Better;
  /**
   * What a null value means for ranking: "best" (e.g. capacity lasts beyond the horizon),
   * "worst" (e.g. no payback within the horizon). Rows with a null value are not ranked
   * when this is absent.
   */
  nullRanks?: "best" | "worst";
  /** Shown instead of a null value, e.g. "never", "beyond horizon". */
  nullText?: string;
  /** Reads the figure from a result; null when it does not exist (see `nullText`). */
  read: (result: SimulationResult) => number | null;
  /**
   * Why the figure is not assessed in a result (its inputs are missing), or undefined when it
   * is: the cell then reads "not assessed", and no scenario is marked best on the row.
   */
  notAssessed?: (result: SimulationResult) => string | undefined;
}

/** Placeholder for the scenario's currency in {@link KeyFigure.unit}. */
export const CURRENCY = "CUR";

/**
 * The key figures `cutover compare` sets side by side, in the order `cutover run` shows them
 * (renderRunSummary's findings): migration, latency, hosts, cost, forecast. Each reads a value
 * the run computed; nothing is recomputed here.
 *
 * @example KEY_FIGURES.find((f) => f.id === "migration.makespanSeconds")!.read(result) // 90823.7
 */
export const KEY_FIGURES: readonly KeyFigure[] = [
  {
    id: "migration.makespanSeconds",
    label: "Migration makespan",
    unit: "s",
    better: "lower",
    read: (r) => r.migration.makespanSeconds,
  },
  {
    id: "migration.vms.maxDowntimeSeconds",
    label: "Longest stun",
    unit: "s",
    better: "lower",
    read: (r) => Math.max(0, maxOf(r.migration.vms.map((v) => v.downtimeSeconds))),
  },
  {
    id: "migration.vms.throttled",
    label: "VMs throttled to converge",
    unit: "count",
    better: "lower",
    read: (r) => r.migration.vms.filter((v) => v.throttled).length,
  },
  {
    id: "migration.link.bytesByKind",
    label: "Bytes moved over the link",
    unit: "B",
    better: "lower",
    read: (r) => Object.values(r.migration.link.bytesByKind).reduce((a, b) => a + b, 0),
  },
  {
    id: "latency.before.p95Ms",
    label: "Site p95 before (weekly peak)",
    unit: "ms",
    read: (r) => r.latency.before?.p95Ms ?? null,
    notAssessed: (r) => r.latency.notAssessed,
  },
  {
    id: "latency.during.p95Ms",
    label: "Site p95 during the move",
    unit: "ms",
    better: "lower",
    read: (r) => r.latency.during?.p95Ms ?? null,
    notAssessed: (r) => r.latency.notAssessed,
  },
  {
    id: "latency.after.p95Ms",
    label: "Site p95 after (weekly peak)",
    unit: "ms",
    better: "lower",
    read: (r) => r.latency.after?.p95Ms ?? null,
    notAssessed: (r) => r.latency.notAssessed,
  },
  {
    id: "platform.before.maxCpuDemandFraction",
    label: "Peak CPU demand before",
    unit: "fraction",
    read: (r) => (beforeNotAssessed(r) === null ? r.platform.before.maxCpuDemandFraction : null),
    notAssessed: (r) => beforeNotAssessed(r) ?? undefined,
  },
  {
    id: "platform.after.maxCpuDemandFraction",
    label: "Peak CPU demand after",
    unit: "fraction",
    better: "lower",
    read: (r) => r.platform.after.maxCpuDemandFraction,
  },
  {
    id: "platform.n1.pass",
    label: "N+1 holds on the target",
    unit: "boolean",
    better: "higher",
    read: (r) => (r.platform.n1.pass ? 1 : 0),
  },
  {
    id: "cost.monthly.dedicatedBefore.totalPerMonth",
    label: "Dedicated bill before licence change",
    unit: `${CURRENCY}/month`,
    better: "lower",
    read: (r) => r.cost.monthly.dedicatedBefore.totalPerMonth,
  },
  {
    id: "cost.monthly.dedicatedAfter.totalPerMonth",
    label: "Dedicated bill after licence change",
    unit: `${CURRENCY}/month`,
    better: "lower",
    read: (r) => r.cost.monthly.dedicatedAfter.totalPerMonth,
  },
  {
    id: "cost.monthly.shared.totalPerMonth",
    label: "Shared platform bill",
    unit: `${CURRENCY}/month`,
    better: "lower",
    read: (r) => r.cost.monthly.shared.totalPerMonth,
  },
  {
    id: "cost.hostCostIncreaseFraction",
    label: "Host cost increase (licence change)",
    unit: "fraction",
    better: "lower",
    nullText: "none",
    // no host price change is an increase of nothing
    nullRanks: "best",
    read: (r) => r.cost.hostCostIncreaseFraction,
    notAssessed: (r) => r.cost.notAssessed?.hostCostIncrease,
  },
  {
    id: "cost.savingsFraction.vsBeforeLicenceChange",
    label: "Monthly saving vs before the change",
    unit: "fraction",
    better: "higher",
    read: (r) => r.cost.savingsFraction.vsBeforeLicenceChange,
    notAssessed: (r) => r.cost.notAssessed?.vsBeforeLicenceChange,
  },
  {
    id: "cost.savingsFraction.vsAfterLicenceChange",
    label: "Monthly saving vs after the change",
    unit: "fraction",
    better: "higher",
    read: (r) => r.cost.savingsFraction.vsAfterLicenceChange,
    notAssessed: (r) => r.cost.notAssessed?.vsAfterLicenceChange,
  },
  {
    id: "cost.tco.vsBeforeLicenceChange.npvSaving",
    label: "NPV saving vs before the change",
    unit: CURRENCY,
    better: "higher",
    read: (r) => r.cost.tco.vsBeforeLicenceChange.npvSaving,
  },
  {
    id: "cost.tco.vsAfterLicenceChange.npvSaving",
    label: "NPV saving vs after the change",
    unit: CURRENCY,
    better: "higher",
    read: (r) => r.cost.tco.vsAfterLicenceChange.npvSaving,
  },
  {
    id: "cost.tco.vsBeforeLicenceChange.paybackMonth",
    label: "Payback vs before the change",
    unit: "months",
    better: "lower",
    nullText: "never",
    nullRanks: "worst",
    read: (r) => r.cost.tco.vsBeforeLicenceChange.paybackMonth,
  },
  {
    id: "cost.tco.vsAfterLicenceChange.paybackMonth",
    label: "Payback vs after the change",
    unit: "months",
    better: "lower",
    nullText: "never",
    nullRanks: "worst",
    read: (r) => r.cost.tco.vsAfterLicenceChange.paybackMonth,
  },
  {
    id: "forecast.timeRemainingMonths.withoutFailure",
    label: "Forecast time remaining",
    unit: "months",
    better: "higher",
    nullText: "beyond horizon",
    nullRanks: "best",
    read: (r) => r.forecast.timeRemainingMonths.withoutFailure,
  },
  {
    id: "forecast.timeRemainingMonths.withHostFailed",
    label: "Forecast time remaining, host failed",
    unit: "months",
    better: "higher",
    nullText: "beyond horizon",
    nullRanks: "best",
    read: (r) => r.forecast.timeRemainingMonths.withHostFailed,
  },
];
