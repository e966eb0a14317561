import type { CapacityForecast } from "../../../models/forecast/capacityForecast.ts";
import { formatMoney, formatPercent } from "../../format.ts";
import { loadScenario } from "../../load/loadScenario.ts";
import { type ForecastSection, forecastSection } from "../../run/forecastSection.ts";
import { PHYSICAL_RANGES } from "../../schema/physicalRanges.ts";
import { limitsOption } from "../limitsOption.ts";
import { numberOption } from "../numberOption.ts";
import { parseCommandArgs } from "../parseCommandArgs.ts";
import { FORECAST_USAGE } from "../usages.ts";

/** Usage line of `cutover forecast`. */
export { FORECAST_USAGE };

/**
 * `cutover forecast [SCENARIO] --years N [--json] [--max-input-mib M]`: how long the dedicated platform's capacity
 * lasts as VMs are added (time, capacity and VMs remaining, with and without a host failed;
 * when a host must be added and what it costs) and how the shared platform's bill grows.
 * `--years` defaults to the scenario's horizonYears; `--json` prints the forecast section and
 * nothing else. `--max-input-mib M` limits the files read (see `limitsOption`).
 *
 * @returns 0 (the forecast checks no target)
 * @throws UsageError when --years is not a whole number from 1 to 30
 */
export async function forecastCommand(
  argv: readonly string[],
  out: NodeJS.WritableStream,
): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    { json: "boolean", years: "string", "max-input-mib": "string" },
    FORECAST_USAGE,
    1,
  );
  const scenario = await loadScenario(positionals[0], { limits: limitsOption(values) });
  const years =
    numberOption(values, "years", PHYSICAL_RANGES.horizonYears) ?? scenario.horizonYears;
  const section = forecastSection(scenario, years);
  out.write(
    values.json === true ? `${JSON.stringify(section, null, 2)}\n` : renderForecast(section),
  );
  return 0;
}

const RESOURCE_LABELS: Record<keyof CapacityForecast["now"], string> = {
  cpu: "CPU",
  memory: "memory",
  storage: "storage",
  n1Cpu: "CPU with a host failed",
  n1Memory: "memory with a host failed",
};

function renderForecast(f: ForecastSection): string {
  const when = (m: number | null) => (m === null ? `beyond ${f.years} years` : `month ${m}`);
  const money = (x: number) => formatMoney(x, f.currency);
  const shared = f.costPerMonthByYear.shared;
  const runsOut = (Object.keys(RESOURCE_LABELS) as (keyof CapacityForecast["now"])[])
    .map((k) =>
      f.now[k] === null
        ? `${RESOURCE_LABELS[k]} not assessed`
        : `${RESOURCE_LABELS[k]} ${when(f.exhaustedMonth[k])}`,
    )
    .join("; ");
  const lines = [
    `forecast: ${f.scenario}, ${f.years} years, seed ${f.seed} (${f.vmsPerYear.min}–${f.vmsPerYear.max} new VMs a year, drawn from ${f.newVms.drawnFrom})`,
    `  new VMs         ${f.arrivals.length}${f.arrivals.length > 0 ? ` (months ${f.arrivals.map((a) => a.month).join(", ")})` : ""}`,
    `  today           most constrained: ${RESOURCE_LABELS[f.mostConstrained]} (${formatPercent(f.now[f.mostConstrained] ?? 0)} used); capacity remaining ${formatPercent(f.capacityRemainingFraction)}`,
    `  VMs remaining   ${f.vmsRemaining.withHostFailed} with a host failed, ${f.vmsRemaining.withoutFailure} without (each like the ${f.newVms.profileVmSizedLike})`,
    `  time remaining  with a host failed: ${when(f.timeRemainingMonths.withHostFailed)}; without: ${when(f.timeRemainingMonths.withoutFailure)}`,
    `  runs out        ${runsOut}`,
    ...(f.hostAdditions.length === 0
      ? [`  hosts to add    none within ${f.years} years`]
      : f.hostAdditions.map(
          (h) =>
            `  hosts to add    month ${h.month}: +${h.hostsAdded} (${h.hostCountAfter} hosts), +${money(h.addedCostPerMonth)}/month`,
        )),
    ...(f.notAssessed?.storage === undefined
      ? []
      : [`  not assessed    storage: ${f.notAssessed.storage}`]),
    ...(f.notAssessed?.hostAdditions === undefined
      ? []
      : [`  not assessed    hosts to add: ${f.notAssessed.hostAdditions}`]),
    `  shared bill     ${money(shared[0] ?? 0)} → ${money(shared[shared.length - 1] ?? 0)}/month (${f.sharedCostGrowthFraction >= 0 ? "+" : ""}${formatPercent(f.sharedCostGrowthFraction)})`,
  ];
  return `${lines.join("\n")}\n`;
}
