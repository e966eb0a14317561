import type { Selection } from "d3";
import { formatMoney, formatPercent, formatWithUnit } from "../../scenarios/format.ts";
import type { SimulationResult } from "../../scenarios/result/SimulationResult.ts";
import { costLicenceChart } from "../charts/costLicenceChart.ts";
import { stackedBarChart } from "../charts/stackedBarChart.ts";
import { tcoChart } from "../charts/tcoChart.ts";
import { tornadoChart } from "../charts/tornadoChart.ts";
import { waterfallChart } from "../charts/waterfallChart.ts";
import {
  type BillReconciliation,
  billReconciliation,
  type ReconciledLine,
} from "../transforms/billReconciliation.ts";
import { billWaterfall } from "../transforms/billWaterfall.ts";
import { costSegments, tornadoRows } from "../transforms/costBars.ts";
import { type FinanceFacts, financeFacts } from "../transforms/financeFacts.ts";
import { licenceBars } from "../transforms/licenceBars.ts";
import { tcoLines } from "../transforms/tcoLines.ts";
import { toCsv } from "../transforms/toCsv.ts";
import "./costReport.css";
import { downloadButton } from "./downloadButton.ts";
import { facts, type Parent, section } from "./section.ts";

type Table = Selection<HTMLTableElement, unknown, null, undefined>;

/**
 * The bills reconciled line by line (quantity × unit price = amount, subtotals, the saving and
 * its percentage against both baselines), what moving costs and returns (one-off, dual
 * running, NPV, payback, break-even prices), and the charts of both.
 */
export function costReportSection(parent: Parent, result: SimulationResult): void {
  const c = result.cost;
  const s = section(parent, "cost", "Cost and savings");
  const bills = billReconciliation(result);
  const target = bills.savings.find((row) => row.isTarget);
  facts(s, [
    [
      "Monthly saving (the target's baseline)",
      target === undefined
        ? "—"
        : target.fraction === null
          ? `not assessed: ${target.notAssessed}`
          : `${formatPercent(target.fraction)} (${formatMoney(target.savingPerMonth, c.currency)} a month)`,
    ],
    [
      "Host cost after the licence change",
      c.hostCostIncreaseFraction === null
        ? "unchanged"
        : `+${formatPercent(c.hostCostIncreaseFraction)}`,
    ],
    [
      "Baseline of the target",
      c.savingsBaseline === "beforeLicenceChange"
        ? "the dedicated bill before the licence change"
        : "the dedicated bill after the licence change",
    ],
  ]);
  billsTable(s, bills);
  downloadButton(s, "Download bills as CSV", `${result.scenario.name}-bills.csv`, "text/csv", () =>
    billsCsv(bills),
  );
  moveTables(s, financeFacts(result));
  stackedBarChart(s, costSegments(result), c.currency);
  waterfallChart(s, billWaterfall(result), c.currency);
  const licenceRule = bills.bills
    .flatMap((b) => b.lines)
    .map((l) => l.rule)
    .find((r) => r !== null);
  costLicenceChart(s, licenceBars(result), c.currency, licenceRule ?? null);
  tcoChart(s, tcoLines(result), c.currency);
  if (c.notAssessed?.tcoGrowth !== undefined) {
    s.append("p")
      .attr("class", "note tco-not-assessed")
      .text(`Hosts added as the estate grows: not assessed: ${c.notAssessed.tcoGrowth}.`);
  }
  // the tornado's outputs were computed like the result's saving: compare with that one
  const base =
    c.savingsFraction[
      c.savingsBaseline === "beforeLicenceChange" ? "vsBeforeLicenceChange" : "vsAfterLicenceChange"
    ];
  const limit = result.targets.find((t) => t.id === "cost.savings")?.limit ?? null;
  if (c.sensitivity !== null && base !== null)
    tornadoChart(s, tornadoRows(result), base, limit, c.currency);
  for (const note of c.notes) s.append("p").attr("class", "note").text(note);
}

/** "3 hosts", "96 cores", "320 GiB", "1 month". */
function quantityText(line: ReconciledLine): string {
  const plural = line.quantity !== 1 && /^([a-z]+|VM)$/.test(line.unit) ? "s" : "";
  return `${formatWithUnit(line.quantity, "count")} ${line.unit}${plural}`;
}

/** The three bills as one table, each with its subtotal, then the savings. */
function billsTable(parent: Parent, r: BillReconciliation): void {
  const money = (x: number) => formatMoney(x, r.currency);
  const wrap = parent.append("div").attr("class", "finance-scroll");
  const t: Table = wrap.append("table").attr("class", "bills reconciled");
  t.append("caption").text(
    `The monthly bills, line by line: quantity × unit price = amount, in ${r.currency} per month`,
  );
  t.append("thead")
    .append("tr")
    .selectAll("th")
    .data([
      "Item",
      "Quantity",
      `× Unit price (${r.currency}/month)`,
      `= Amount (${r.currency}/month)`,
      "Unit price from",
    ])
    .join("th")
    .attr("scope", "col")
    .text((d) => d);
  for (const bill of r.bills) {
    const body = t.append("tbody").attr("data-bill", bill.key);
    body
      .append("tr")
      .attr("class", "bill-head")
      .append("th")
      .attr("scope", "rowgroup")
      .attr("colspan", 5)
      .text(`${bill.platform}, ${bill.state}`);
    for (const line of bill.lines) {
      const tr = body.append("tr").attr("class", "line");
      tr.append("th").attr("scope", "row").text(line.item);
      tr.append("td").attr("class", "num").text(quantityText(line));
      tr.append("td").attr("class", "num").text(money(line.unitPricePerMonth));
      tr.append("td").attr("class", "num amount").text(money(line.amountPerMonth));
      tr.append("td").attr("class", "from").text(line.unitPriceFrom);
      if (line.rule !== null) {
        body
          .append("tr")
          .attr("class", "rule")
          .append("td")
          .attr("colspan", 5)
          .text(`Licensing rule: ${line.rule}`);
      }
    }
    const sub = body.append("tr").attr("class", "subtotal");
    sub
      .append("th")
      .attr("scope", "row")
      .attr("colspan", 3)
      .text(`Subtotal: ${bill.label.toLowerCase()}`);
    sub.append("td").attr("class", "num amount").text(money(bill.subtotalPerMonth));
    sub.append("td").attr("class", "from").text(`Σ of the ${bill.lines.length} lines above`);
  }
  const body = t.append("tbody").attr("class", "savings");
  for (const row of r.savings) {
    const tr = body
      .append("tr")
      .attr("class", row.isTarget ? "saving target" : "saving")
      .attr("data-baseline", row.baseline);
    tr.append("th")
      .attr("scope", "row")
      .text(row.isTarget ? `${row.label} (the target's baseline)` : row.label);
    tr.append("td")
      .attr("class", "num")
      .attr("colspan", 2)
      .text(`${money(row.dedicatedPerMonth)} − ${money(row.sharedPerMonth)}`);
    tr.append("td").attr("class", "num amount").text(money(row.savingPerMonth));
    const pct = tr.append("td").attr("class", "from");
    if (row.fraction === null) {
      pct.text(`not assessed: ${row.notAssessed}`);
    } else {
      pct.append("strong").attr("class", "saving-percent").text(formatPercent(row.fraction));
      pct.append("span").text(` = ${money(row.savingPerMonth)} ÷ ${money(row.dedicatedPerMonth)}`);
    }
  }
}

/** The bills as numbers: one row per line, units in the header. */
export function billsCsv(r: BillReconciliation): string {
  const header = [
    "bill",
    "item",
    "quantity",
    "unit",
    `unit price (${r.currency}/month)`,
    "unit price from",
    `amount (${r.currency}/month)`,
  ];
  const rows = r.bills.flatMap((b) =>
    b.lines.map((l) => [
      b.label,
      l.item,
      l.quantity,
      l.unit,
      l.unitPricePerMonth,
      l.unitPriceFrom,
      l.amountPerMonth,
    ]),
  );
  return toCsv(header, rows);
}

/** Moving against staying, over the horizon, and the prices at which the saving vanishes. */
function moveTables(parent: Parent, f: FinanceFacts): void {
  const money = (x: number) => formatMoney(x, f.currency);
  const wrap = parent.append("div").attr("class", "finance-scroll");
  const t: Table = wrap.append("table").attr("class", "finance-move");
  t.append("caption").text(
    `Moving to the shared platform against staying dedicated, over ${f.horizonYears} years (NPV at ${formatPercent(f.discountRateFraction)} a year)`,
  );
  t.append("thead")
    .append("tr")
    .selectAll("th")
    .data([
      "Figure",
      ...f.cases.map((m) => (m.isTarget ? `${m.label} (the target's baseline)` : m.label)),
    ])
    .join("th")
    .attr("scope", "col")
    .text((d) => d);
  const months = f.dualRunningMonths;
  const rows: [string, (m: FacetCase) => string][] = [
    ["One-off migration cost (month 0)", () => money(f.oneOff)],
    [
      months === null
        ? "Dual running (the dedicated bill paid on top of the shared one)"
        : `Dual running: ${formatWithUnit(months, "months")} of the dedicated bill on top of the shared one`,
      (m) => money(m.dualRunningCost),
    ],
    ["NPV of staying dedicated", (m) => money(m.stayNpv)],
    ["NPV of moving (one-off and dual running included)", (m) => money(m.moveNpv)],
    ["NPV saving", (m) => `${money(m.npvSaving)} (${formatPercent(m.npvSavingFraction)})`],
    [
      "Payback",
      (m) =>
        m.paybackMonth === null ? `not within ${f.horizonYears} years` : `month ${m.paybackMonth}`,
    ],
  ];
  const body = t.append("tbody");
  for (const [label, cell] of rows) {
    const tr = body.append("tr");
    tr.append("th").attr("scope", "row").text(label);
    for (const m of f.cases)
      tr.append("td")
        .attr("class", "num")
        .attr("data-label", m.label.replace("Stay dedicated, ", "staying dedicated "))
        .text(cell(m));
  }
  if (f.breakEven.length === 0) return;
  const b: Table = parent
    .append("div")
    .attr("class", "finance-scroll")
    .append("table")
    .attr("class", "finance-break-even");
  b.append("caption").text(
    "Break-even prices: the price at which the monthly saving falls to 0, the other prices as they are",
  );
  b.append("thead")
    .append("tr")
    .selectAll("th")
    .data([
      "Price",
      "In the scenario",
      "Break-even vs dedicated before the licence change",
      "Break-even vs dedicated after the licence change",
    ])
    .join("th")
    .attr("scope", "col")
    .text((d) => d);
  const value = (x: number | null, unit: string) =>
    x === null ? "none (the saving does not reach 0 through it)" : formatWithUnit(x, unit);
  const tr = b.append("tbody").selectAll("tr").data(f.breakEven).join("tr");
  tr.append("th")
    .attr("scope", "row")
    .text((d) => d.label);
  tr.append("td")
    .attr("class", "num")
    .attr("data-label", "in the scenario")
    .text((d) => formatWithUnit(d.value, d.unit));
  tr.append("td")
    .attr("class", "num")
    .attr("data-label", "break-even vs before the licence change")
    .text((d) => value(d.vsBeforeLicenceChange, d.unit));
  tr.append("td")
    .attr("class", "num")
    .attr("data-label", "break-even vs after the licence change")
    .text((d) => value(d.vsAfterLicenceChange, d.unit));
}

type FacetCase = FinanceFacts["cases"][number];
