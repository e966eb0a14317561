import { formatWithUnit } from "../../scenarios/format.ts";
import type { MonteCarloResult } from "../../scenarios/montecarlo/MonteCarloResult.ts";
import type { MetricName } from "../../scenarios/montecarlo/summarizeReplications.ts";
import { unitOfField } from "../../scenarios/result/collectAssumptions.ts";
import { binSamples, type HistogramBin } from "./binSamples.ts";

/** A vertical marker on a histogram: a percentile or the target's limit. */
export interface HistogramMarker {
  label: string;
  value: number;
  kind: "percentile" | "limit";
}

/** What one histogram of the Uncertainty section draws. */
export interface MetricHistogram {
  metric: MetricName;
  /** Chart id in the page. */
  id: string;
  title: string;
  /** Unit of the values, as the `unit` of targets ("s", "ms", "fraction"). */
  unit: string;
  bins: HistogramBin[];
  /** P50, P90, P95 (from the summary), then the target's limit when the scenario has one. */
  markers: HistogramMarker[];
  /** Replications with a finite value. */
  samples: number;
}

/** The figures drawn as histograms, with the target each is checked against. */
const HISTOGRAMS: readonly { metric: MetricName; target: string; title: string; unit: string }[] = [
  {
    metric: "makespanSeconds",
    target: "migration.makespan",
    title: "Migration makespan",
    unit: "s",
  },
  {
    metric: "maxDowntimeSeconds",
    target: "migration.maxDowntime",
    title: "Longest stun",
    unit: "s",
  },
  { metric: "savingsFraction", target: "cost.savings", title: "Monthly saving", unit: "fraction" },
  {
    metric: "latencyP95AfterMs",
    target: "latency.p95.after",
    title: "Site p95 after the move",
    unit: "ms",
  },
  // no target: capacity planning reads when, not whether (censored at the horizon)
  {
    metric: "hostNeededMonths",
    target: "",
    title: "Months until the dedicated hosts need one more (the horizon: none within it)",
    unit: "months",
  },
];

/**
 * The histograms of the Uncertainty section: per figure (makespan, longest stun, saving, site
 * p95 after, months until a host is due), the replications' values binned (see binSamples), P50/P90/P95 as the study
 * summarised them and the limit of the matching target. Pure: reads the result only.
 *
 * @example monteCarloHistograms(mc)[0].markers.map((m) => m.label) // ["P50", "P90", "P95", "limit"]
 */
export function monteCarloHistograms(result: MonteCarloResult): MetricHistogram[] {
  return HISTOGRAMS.flatMap(({ metric, target, title, unit }) => {
    const summary = result.metrics[metric];
    // not assessed in the study: no histogram
    if (summary === null) return [];
    const values = result.samples.flatMap((s) => (s[metric] === null ? [] : [s[metric]]));
    const markers: HistogramMarker[] = [
      { label: "P50", value: summary.p50.value, kind: "percentile" },
      { label: "P90", value: summary.p90.value, kind: "percentile" },
      { label: "P95", value: summary.p95.value, kind: "percentile" },
    ];
    const limit = result.targets.find((t) => t.id === target);
    if (limit !== undefined && Number.isFinite(limit.limit)) {
      markers.push({ label: "limit", value: limit.limit, kind: "limit" });
    }
    const bins = binSamples(values);
    return [
      {
        metric,
        id: `montecarlo-${metric}`,
        title,
        unit,
        bins,
        markers: markers.filter((m) => Number.isFinite(m.value)),
        samples: bins.reduce((a, b) => a + b.count, 0),
      },
    ];
  });
}

/** One bar of the miss-probability chart: a target and its Wilson interval, fractions. */
export interface MissBar {
  id: string;
  label: string;
  probability: number;
  lower: number;
  upper: number;
  /** "12 of 200 (6.0 %, 95 % CI 3.5–10.2 %)". */
  text: string;
}

/**
 * Each target's probability of being missed across the replications, with its Wilson 95 %
 * interval as the study computed it, in the study's order; a target not assessed has no bar
 * (see {@link notAssessedTargets}). Pure.
 *
 * @example missBars(mc)[0] // { id: "cost.savings", probability: 0.06, lower: 0.035, upper: 0.102, … }
 */
export function missBars(result: MonteCarloResult): MissBar[] {
  const runs = result.samples.length;
  return result.targets.flatMap(({ id, label, misses, probability, lower, upper }) =>
    // not assessed: no probability, so no bar (see notAssessedTargets)
    probability === null || lower === null || upper === null
      ? []
      : [
          {
            id,
            label,
            probability,
            lower,
            upper,
            text: `${misses} of ${runs} (${formatWithUnit(probability, "fraction")}, 95 % CI ${formatWithUnit(lower, "fraction")}–${formatWithUnit(upper, "fraction")})`,
          },
        ],
  );
}

/**
 * The study's targets it could not assess (the plan could not: their inputs are missing),
 * with why. Pure.
 */
export function notAssessedTargets(result: MonteCarloResult): { label: string; why: string }[] {
  return result.targets.flatMap((t) =>
    t.probability === null
      ? [{ label: t.label, why: t.notAssessed ?? "its inputs are missing" }]
      : [],
  );
}

/**
 * The inputs the study varied as table rows: path, distribution, low, most likely, high.
 * Values are shown as stored (the input's own unit, named by its path). Pure.
 *
 * @example variedRows(mc)[0] // ["migration.dirtyRateFraction", "pert", "0.05", "0.1", "0.2"]
 */
export function variedRows(result: MonteCarloResult, currency = "EUR"): string[][] {
  return result.varied.map((v) => {
    // names carry their unit (DESIGN.md): the field's suffix says how to show its values
    const unit = unitOfField(v.id.split(".").at(-1) ?? "", currency);
    const show = (x: number) => formatWithUnit(x, unit);
    return [v.id, v.distribution, show(v.low), show(v.value), show(v.high)];
  });
}
