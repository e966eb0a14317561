import type { ResourceUse } from "../../models/forecast/capacityForecast.ts";
import { formatMoney, formatPercent } from "../../scenarios/format.ts";
import type { SimulationResult } from "../../scenarios/result/SimulationResult.ts";

/** Plain names of the forecast's resources (the keys of `ResourceUse`). */
export const RESOURCE_NAMES: Readonly<Record<keyof ResourceUse, string>> = {
  cpu: "CPU",
  memory: "memory",
  storage: "storage",
  n1Cpu: "CPU with a host failed",
  n1Memory: "memory with a host failed",
};

/**
 * The capacity forecast as label → text pairs: time remaining with and without a host failed,
 * the most constrained resource and its use today, the VMs remaining, when a host must be added
 * and what it adds to the monthly bill (after the licence change), and the shared bill's
 * growth. Months beyond the horizon read "more than N months".
 *
 * @example
 * forecastFacts(result)[0]; // ["Time remaining", "more than 60 months"]
 */
export function forecastFacts(result: SimulationResult): [string, string][] {
  const f = result.forecast;
  const months = (m: number | null) =>
    m === null ? `more than ${f.months} months` : `${m} months`;
  const additions =
    f.hostAdditions.length === 0
      ? `none within ${f.months} months`
      : f.hostAdditions
          .map(
            (a) =>
              `month ${a.month}: +${a.hostsAdded} host${a.hostsAdded === 1 ? "" : "s"} (${a.hostCountAfter} in all), +${formatMoney(a.addedCostPerMonth, f.currency)} per month`,
          )
          .join("; ");
  return [
    ["Time remaining", months(f.timeRemainingMonths.withoutFailure)],
    ["Time remaining with a host failed", months(f.timeRemainingMonths.withHostFailed)],
    [
      "Most constrained resource",
      `${RESOURCE_NAMES[f.mostConstrained]} (${formatPercent(f.now[f.mostConstrained] ?? 0)} used today)`,
    ],
    ...(f.notAssessed?.storage === undefined
      ? []
      : [["Storage", `not assessed: ${f.notAssessed.storage}`] as [string, string]]),
    ...(f.notAssessed?.hostAdditions === undefined
      ? []
      : [["Hosts to add", `not assessed: ${f.notAssessed.hostAdditions}`] as [string, string]]),
    [
      "Capacity remaining",
      // null in the embedded JSON: −∞, no capacity left once the tolerated hosts fail
      (f.capacityRemainingFraction as number | null) === null
        ? "none: no capacity left with the tolerated hosts failed"
        : formatPercent(f.capacityRemainingFraction),
    ],
    [
      "VMs remaining",
      `${f.vmsRemaining.withoutFailure} (${f.vmsRemaining.withHostFailed} with a host failed), like the ${f.newVms.profileVmSizedLike}`,
    ],
    ["Hosts to add", additions],
    ["Growth of the shared bill over the horizon", `+${formatPercent(f.sharedCostGrowthFraction)}`],
  ];
}
