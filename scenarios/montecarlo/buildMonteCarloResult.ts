import type { Target } from "../result/SimulationResult.ts";
import type { Scenario } from "../Scenario.ts";
import type { Sourced } from "../schema/sourced.ts";
import { MONTE_CARLO_SCHEMA_VERSION, type MonteCarloResult } from "./MonteCarloResult.ts";
import type { ReplicationMetrics } from "./replicationMetrics.ts";
import { summarizeReplications } from "./summarizeReplications.ts";

/** The inputs Monte Carlo varies: every sourced value whose distribution is not "fixed". */
export function variedInputs(scenario: Scenario): MonteCarloResult["varied"] {
  const out: MonteCarloResult["varied"] = [];
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      for (const [i, item] of value.entries()) walk(item, `${path}[${i}]`);
      return;
    }
    if (typeof value !== "object" || value === null) return;
    const s = value as Partial<Sourced>;
    if (typeof s.value === "number" && typeof s.distribution === "string") {
      if (s.distribution !== "fixed") {
        out.push({
          id: path,
          distribution: s.distribution,
          low: s.low!,
          value: s.value,
          high: s.high!,
        });
      }
      return;
    }
    for (const [key, item] of Object.entries(value))
      walk(item, path === "" ? key : `${path}.${key}`);
  };
  const { inventory: _inventory, ...rest } = scenario;
  walk(rest, "");
  return out;
}

/**
 * Assembles the Monte Carlo output from replications (of a whole study or of a shard), the
 * targets of the deterministic run (labels, limits, units, and which it could not assess: those
 * are not assessed in the study either) and the timing.
 */
export function buildMonteCarloResult(
  scenario: Scenario,
  targets: readonly Target[],
  samples: readonly ReplicationMetrics[],
  study: { runs: number; shard: string },
  timing: MonteCarloResult["timing"],
): MonteCarloResult {
  const summary = summarizeReplications(samples, notAssessedTargets(targets));
  return {
    schemaVersion: MONTE_CARLO_SCHEMA_VERSION,
    kind: "montecarlo",
    scenario: {
      name: scenario.name,
      title: scenario.title,
      file: scenario.file,
      seed: scenario.seed,
      horizonMonths: 12 * scenario.horizonYears,
    },
    runs: study.runs,
    shard: study.shard,
    varied: variedInputs(scenario),
    metrics: summary.metrics,
    targets: summary.targets.map((t) => {
      const target = targets.find((x) => x.id === t.id);
      const { notAssessed, ...rest } = t;
      return {
        ...rest,
        label: target?.label ?? t.id,
        limit: target?.limit ?? Number.NaN,
        unit: target?.unit ?? "",
        ...(notAssessed === undefined ? {} : { notAssessed }),
      };
    }),
    samples: [...samples].sort((a, b) => a.replication - b.replication),
    timing,
  };
}

/** Target id → why it is not assessed, for the targets that carry a reason. */
export function notAssessedTargets(
  targets: readonly { id: string; notAssessed?: string | undefined }[],
): Record<string, string> {
  return Object.fromEntries(
    targets.flatMap((t) => (t.notAssessed === undefined ? [] : [[t.id, t.notAssessed]])),
  );
}
