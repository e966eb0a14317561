import { maxOf } from "../../sim/stats/extremes.ts";
import type { SimulationResult } from "../result/SimulationResult.ts";

/** What one Monte Carlo replication keeps of its result: the figures summarised across runs. */
export interface ReplicationMetrics {
  /** Replication number (its random streams are those of `RandomStreams(seed, replication)`). */
  replication: number;
  makespanSeconds: number;
  /** The longest switchover (stun) of any VM. */
  maxDowntimeSeconds: number;
  /** Saving against the baseline the scenario names. */
  savingsFraction: number;
  latencyP95AfterMs: number;
  latencyP95DuringMs: number;
  /**
   * Months until the dedicated platform must grow (a host added to keep N+1 with the
   * forecast's new VMs); the horizon's months when it lasts beyond the horizon (censored).
   */
  hostNeededMonths: number;
  /** Each target's outcome: true when it passed. */
  pass: Record<string, boolean>;
}

/** The figures a replication contributes to the Monte Carlo summary. */
export function replicationMetrics(
  replication: number,
  result: SimulationResult,
): ReplicationMetrics {
  const { cost } = result;
  return {
    replication,
    makespanSeconds: result.migration.makespanSeconds,
    maxDowntimeSeconds: Math.max(0, maxOf(result.migration.vms.map((v) => v.downtimeSeconds))),
    savingsFraction:
      cost.savingsBaseline === "beforeLicenceChange"
        ? cost.savingsFraction.vsBeforeLicenceChange
        : cost.savingsFraction.vsAfterLicenceChange,
    latencyP95AfterMs: result.latency.after.p95Ms,
    latencyP95DuringMs: result.latency.during.p95Ms,
    hostNeededMonths: result.forecast.timeRemainingMonths.withHostFailed ?? result.forecast.months,
    pass: Object.fromEntries(result.targets.map((t) => [t.id, t.pass])),
  };
}
