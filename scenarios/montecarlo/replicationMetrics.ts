import { maxOf } from "../../sim/stats/extremes.ts";
import type { ScenarioFigures } from "../run/runScenario.ts";

/** What one Monte Carlo replication keeps of its result: the figures summarised across runs. */
export interface ReplicationMetrics {
  /** Replication number (its random streams are those of `RandomStreams(seed, replication)`). */
  replication: number;
  /** Null when not assessed (no VM migrated). */
  makespanSeconds: number | null;
  /** The longest switchover (stun) of any VM; null when not assessed (no VM migrated). */
  maxDowntimeSeconds: number | null;
  /** Saving against the baseline the scenario names; null when not assessed (a bill of 0). */
  savingsFraction: number | null;
  /** Null when not assessed (no VM hosts a site); Infinity for an unstable queue. */
  latencyP95AfterMs: number | null;
  /** Null when not assessed (no VM hosts a site); Infinity for an unstable queue. */
  latencyP95DuringMs: number | null;
  /**
   * Months until the dedicated platform must grow (a host added to keep N+1 with the
   * forecast's new VMs); the horizon's months when it lasts beyond the horizon (censored).
   */
  hostNeededMonths: number;
  /** Each target's outcome: true when it passed, null when it was not assessed. */
  pass: Record<string, boolean | null>;
}

/**
 * The target each figure is checked by: a figure is not assessed where its target is not
 * (the site p95 during the move shares the site-latency target's reason: no VM hosts a site).
 */
export const METRIC_TARGETS: Readonly<Record<string, string>> = {
  makespanSeconds: "migration.makespan",
  maxDowntimeSeconds: "migration.maxDowntime",
  savingsFraction: "cost.savings",
  latencyP95AfterMs: "latency.p95.after",
  latencyP95DuringMs: "latency.p95.after",
};

/**
 * The figures a replication contributes to the Monte Carlo summary, from its run (a
 * SimulationResult, or the figures alone: runScenarioFigures).
 */
export function replicationMetrics(
  replication: number,
  result: ScenarioFigures,
): ReplicationMetrics {
  const { cost } = result;
  const assessed = (metric: string) =>
    result.targets.find((t) => t.id === METRIC_TARGETS[metric])?.pass !== null;
  const savings =
    cost.savingsBaseline === "beforeLicenceChange"
      ? cost.savingsFraction.vsBeforeLicenceChange
      : cost.savingsFraction.vsAfterLicenceChange;
  return {
    replication,
    makespanSeconds: assessed("makespanSeconds") ? result.migration.makespanSeconds : null,
    maxDowntimeSeconds: assessed("maxDowntimeSeconds")
      ? Math.max(0, maxOf(result.migration.vms.map((v) => v.downtimeSeconds)))
      : null,
    savingsFraction: assessed("savingsFraction") ? savings : null,
    latencyP95AfterMs: result.latency.after?.p95Ms ?? null,
    latencyP95DuringMs: result.latency.during?.p95Ms ?? null,
    hostNeededMonths: result.forecast.timeRemainingMonths.withHostFailed ?? result.forecast.months,
    pass: Object.fromEntries(result.targets.map((t) => [t.id, t.pass])),
  };
}
