import { formatMoney, formatPercent } from "../../scenarios/format.ts";
import type { SimulationResult } from "../../scenarios/result/SimulationResult.ts";
import { barChart } from "../charts/barChart.ts";
import { stackedBarChart } from "../charts/stackedBarChart.ts";
import { tcoChart } from "../charts/tcoChart.ts";
import { tornadoChart } from "../charts/tornadoChart.ts";
import { waterfallChart } from "../charts/waterfallChart.ts";
import { billWaterfall } from "../transforms/billWaterfall.ts";
import { costSegments, tornadoRows } from "../transforms/costBars.ts";
import { licenceBars } from "../transforms/licenceBars.ts";
import { tcoLines } from "../transforms/tcoLines.ts";
import { toCsv } from "../transforms/toCsv.ts";
import { downloadButton } from "./downloadButton.ts";
import { facts, type Parent, section, table } from "./section.ts";

const LINE_HEADER = [
  "Bill",
  "Item",
  "Quantity",
  "Unit",
  "Unit price per month",
  "From",
  "Amount per month",
] as const;

/** The bills line by line, the saving against both baselines, and what it depends on. */
export function costReportSection(parent: Parent, result: SimulationResult): void {
  const c = result.cost;
  const money = (x: number) => formatMoney(x, c.currency);
  const s = section(parent, "cost", "Cost and savings");
  facts(s, [
    [
      "Host cost after the licence change",
      c.hostCostIncreaseFraction === null
        ? "unchanged"
        : `+${formatPercent(c.hostCostIncreaseFraction)}`,
    ],
    [
      "Saving vs before the licence change",
      savingText(c.savingsFraction.vsBeforeLicenceChange, c.notAssessed?.vsBeforeLicenceChange),
    ],
    [
      "Saving vs after the licence change",
      savingText(c.savingsFraction.vsAfterLicenceChange, c.notAssessed?.vsAfterLicenceChange),
    ],
    [
      "Baseline of the target",
      c.savingsBaseline === "beforeLicenceChange"
        ? "before the licence change"
        : "after the licence change",
    ],
  ]);
  stackedBarChart(s, costSegments(result), c.currency);
  waterfallChart(s, billWaterfall(result), c.currency);
  const licence = licenceBars(result);
  barChart(s, licence, {
    id: "cost-licence",
    title: "Licence cost of the dedicated platform, old scheme against new",
    description: `Licence cost per month in ${c.currency} of the dedicated platform: ${licence
      .map((b) => `${b.category}, ${b.series}: ${b.label}`)
      .join("; ")}.`,
    unit: c.currency,
  });
  tcoChart(s, tcoLines(result), c.currency);
  const base =
    c.savingsBaseline === "beforeLicenceChange"
      ? c.savingsFraction.vsBeforeLicenceChange
      : c.savingsFraction.vsAfterLicenceChange;
  if (c.sensitivity !== null && base !== null) tornadoChart(s, tornadoRows(result), base);
  const bills = [
    ["Dedicated, before", c.monthly.dedicatedBefore],
    ["Dedicated, after", c.monthly.dedicatedAfter],
    ["Shared", c.monthly.shared],
  ] as const;
  const rows = bills.flatMap(([bill, m]) =>
    m.lineItems.map((li) => [
      bill,
      li.item,
      String(li.quantity),
      li.unit,
      money(li.unitPricePerMonth),
      li.unitPriceFrom,
      money(li.amountPerMonth),
    ]),
  );
  downloadButton(s, "Download bills as CSV", `${result.scenario.name}-bills.csv`, "text/csv", () =>
    toCsv(LINE_HEADER, rows),
  );
  table(s, "Every line of every bill, with the scenario price it uses", LINE_HEADER, rows).attr(
    "class",
    "bills",
  );
  for (const note of c.notes) s.append("p").attr("class", "note").text(note);
}

/** A saving as a percentage, or "not assessed" with why (a bill of 0). */
function savingText(fraction: number | null, notAssessed: string | undefined): string {
  return fraction === null
    ? `not assessed: ${notAssessed ?? "its inputs are missing"}`
    : formatPercent(fraction);
}
