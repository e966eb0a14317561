import { formatMoney } from "../../scenarios/format.ts";
import type { SimulationResult } from "../../scenarios/result/SimulationResult.ts";
import type { Bar } from "../charts/barChart.ts";

/**
 * The dedicated platform's licence cost per month under the old scheme and under the new one,
 * in the scenario's currency, for a grouped bar chart: "in the bill" is the licence share
 * embedded in the host price (old) and the licence line items of the bill after the change
 * (new); "from the terms" is the old scheme's cost recomputed from its terms
 * (`licenceBeforeCheck.computed`) and the new scheme's lines again (the bill is computed).
 *
 * @example
 * licenceBars(result).map((b) => b.value); // [540, 504, 2576, 2576] in the reference
 */
export function licenceBars(result: SimulationResult): Bar[] {
  const { monthly, currency } = result.cost;
  const check = monthly.licenceBeforeCheck;
  const licenceLines = monthly.dedicatedAfter.lineItems.filter((li) =>
    li.item.startsWith("licence"),
  );
  const after = licenceLines.reduce((s, li) => s + li.amountPerMonth, 0);
  const scheme = licenceLines[0]?.item.replace(/^licence \((.*)\)$/, "$1") ?? "new scheme";
  const old = `Before: ${check.computed.scheme}`;
  const now = `After: ${scheme}`;
  const bar = (category: string, series: string, value: number): Bar => ({
    category,
    series,
    value,
    label: formatMoney(value, currency),
  });
  return [
    bar(old, "in the bill", check.embeddedPerMonth),
    bar(old, "from the terms", check.computed.costPerMonth),
    bar(now, "in the bill", after),
    bar(now, "from the terms", after),
  ];
}
