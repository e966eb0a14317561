import { describe, expect, it } from "vitest";
import { loadScenario } from "../../../scenarios/load/loadScenario.ts";
import { runScenario } from "../../../scenarios/run/runScenario.ts";
import { itemColors } from "../../../web/charts/stackedBarChart.ts";
import { billsCsv } from "../../../web/sections/costReportSection.ts";
import {
  ASSUMPTION_CSV_HEADER,
  assumptionCsvRows,
} from "../../../web/transforms/assumptionRows.ts";
import { billReconciliation } from "../../../web/transforms/billReconciliation.ts";
import { costInputLabel, costSegments, tornadoRows } from "../../../web/transforms/costBars.ts";
import { financeFacts } from "../../../web/transforms/financeFacts.ts";
import { toCsv } from "../../../web/transforms/toCsv.ts";

const result = runScenario(await loadScenario("reference"));
const cents = (x: number) => Math.round(x * 100);

/** The cells of a CSV (RFC 4180: quoted fields, doubled quotes), by row. */
function cells(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i]!;
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\r" && csv[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += ch;
  }
  return rows;
}

describe("billReconciliation on the reference result", () => {
  const r = billReconciliation(result);

  it("each line is quantity × unit price = amount, to the cent", () => {
    for (const bill of r.bills)
      for (const line of bill.lines)
        expect(cents(line.quantity * line.unitPricePerMonth), line.item).toBe(
          cents(line.amountPerMonth),
        );
  });

  it("each bill's lines sum to its subtotal, which is the result's total", () => {
    for (const bill of r.bills) {
      const sum = bill.lines.reduce((s, l) => s + l.amountPerMonth, 0);
      expect(cents(bill.subtotalPerMonth)).toBe(cents(sum));
      expect(cents(bill.subtotalPerMonth)).toBe(cents(result.cost.monthly[bill.key].totalPerMonth));
    }
    expect(r.bills.map((b) => b.subtotalPerMonth)).toEqual([5700, 7736, 4130]);
  });

  it("the saving row is (dedicated − shared) ÷ dedicated, to the cent, and equals the result's saving", () => {
    const [before, after] = r.savings;
    const subtotal = (k: string) => r.bills.find((b) => b.key === k)!.subtotalPerMonth;
    expect(cents(before!.savingPerMonth)).toBe(
      cents(subtotal("dedicatedBefore") - subtotal("shared")),
    );
    expect(before!.savingPerMonth).toBe(1570);
    expect(before!.fraction).toBeCloseTo(
      (subtotal("dedicatedBefore") - subtotal("shared")) / subtotal("dedicatedBefore"),
      12,
    );
    expect(before!.fraction).toBeCloseTo(result.cost.savingsFraction.vsBeforeLicenceChange!, 12);
    expect(after!.fraction).toBeCloseTo(result.cost.savingsFraction.vsAfterLicenceChange!, 12);
    expect(before!.isTarget).toBe(true);
    expect(after!.isTarget).toBe(false);
  });

  it("states the licensing rule that turns 60 physical cores into 96 licensed ones", () => {
    const licence = r.bills
      .find((b) => b.key === "dedicatedAfter")!
      .lines.find((l) => l.item.startsWith("licence"))!;
    expect(licence.rule).toContain("96 cores billed for 60 physical cores on 3 hosts");
    expect(licence.rule).toContain("each CPU socket counts at least 16 cores");
    expect(licence.rule).toContain("at least 72 cores");
    const others = r.bills.flatMap((b) => b.lines).filter((l) => l !== licence);
    expect(others.every((l) => l.rule === null)).toBe(true);
  });

  it("writes GB of the bills as GiB, like the inventory", () => {
    expect(r.bills.flatMap((b) => b.lines.map((l) => l.unit))).not.toContain("GB");
  });

  it("the bills CSV is numeric: amounts, quantities and prices parse with Number() and sum to the subtotals", () => {
    const [header, ...rows] = cells(billsCsv(r));
    expect(header).toEqual([
      "bill",
      "item",
      "quantity",
      "unit",
      "unit price (EUR/month)",
      "unit price from",
      "amount (EUR/month)",
    ]);
    for (const row of rows) {
      for (const i of [2, 4, 6]) expect(Number.isFinite(Number(row[i])), row.join("|")).toBe(true);
      expect(cents(Number(row[2]) * Number(row[4]))).toBe(cents(Number(row[6])));
    }
    const sum = (bill: string) =>
      rows.filter((row) => row[0] === bill).reduce((s, row) => s + Number(row[6]), 0);
    expect(sum("Dedicated, before the licence change")).toBe(5700);
    expect(sum("Shared platform")).toBe(4130);
  });
});

describe("toCsv with numbers", () => {
  it("writes numbers raw (no separator, no unit, negatives not defused) and text as before", () => {
    expect(
      toCsv(
        ["a", "b (EUR)"],
        [
          ["=x", -1570.5],
          ["1,500 EUR", 26.833333333333332],
        ],
      ),
    ).toBe('a,b (EUR)\r\n\'=x,-1570.5\r\n"1,500 EUR",26.833333333333332\r\n');
    expect(Number(cells(toCsv(["n"], [[1e21], [5.9e-7]]))[2]![0])).toBe(5.9e-7);
    expect(toCsv(["n"], [[Number.NaN]])).toBe("n\r\n\r\n");
  });
});

describe("assumptionCsvRows", () => {
  it("writes every assumption's value, low and high as numbers, with the unit beside them", () => {
    const [header, ...rows] = cells(toCsv(ASSUMPTION_CSV_HEADER, assumptionCsvRows(result)));
    expect(header).toEqual([...ASSUMPTION_CSV_HEADER]);
    expect(rows).toHaveLength(result.assumptions.length);
    for (const row of rows)
      for (const i of [1, 2, 3]) expect(Number.isNaN(Number(row[i])), row.join("|")).toBe(false);
    const ram = rows.find((r) => r[0] === "costs.shared.perGbRamPerMonth")!;
    expect(ram.slice(1, 5)).toEqual(["6", "4.5", "8", "EUR/month"]);
  });
});

describe("financeFacts on the reference result", () => {
  const f = financeFacts(result);
  it("reads the one-off, dual running, NPV, payback and break-even prices from the result", () => {
    expect(f.oneOff).toBe(2500);
    expect(f.dualRunningMonths).toBe(1);
    const [before, after] = f.cases;
    expect(before!.paybackMonth).toBe(result.cost.tco.vsBeforeLicenceChange.paybackMonth);
    expect(after!.paybackMonth).toBe(result.cost.tco.vsAfterLicenceChange.paybackMonth);
    expect(before!.npvSaving).toBe(result.cost.tco.vsBeforeLicenceChange.npvSaving);
    // one month of the 5,700 bill paid beside the shared one
    expect(before!.dualRunningCost).toBeCloseTo(5700, 6);
    expect(after!.dualRunningCost).toBeCloseTo(7736, 6);
    expect(f.breakEven.map((b) => b.label)).toContain("shared price per vCPU per month");
    expect(f.breakEven.find((b) => b.id === "costs.shared.perVcpuPerMonth")!.unit).toBe(
      "EUR/month",
    );
  });
});

describe("tornado labels", () => {
  it("names each input in words, never as its dotted key", () => {
    expect(costInputLabel("costs.shared.perGbRamPerMonth")).toBe(
      "shared price per GB RAM per month",
    );
    expect(costInputLabel("costs.dedicated.hostPerMonth")).toBe("dedicated host price per month");
    expect(costInputLabel("costs.dedicated.licenceAfter.minCoresPerSocket")).toBe(
      "dedicated new licence: minimum cores per socket",
    );
    expect(costInputLabel("costs.discountRateFraction")).toBe("discount rate");
    for (const row of tornadoRows(result)) {
      expect(row.label).not.toMatch(/\w\.\w/);
      expect(row.low).toBeLessThanOrEqual(row.high);
    }
    const ram = tornadoRows(result).find((r) => r.input === "costs.shared.perGbRamPerMonth")!;
    expect([ram.low, ram.high, ram.unit]).toEqual([4.5, 8, "EUR/month"]);
  });
});

describe("itemColors (the bills chart's series)", () => {
  it("gives each of up to 12 items its own colour, and groups the smallest past 12 as 'other items'", () => {
    const segments = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        bill: "b",
        item: `item ${i}`,
        from: 0,
        to: 100 - i,
      }));
    const twelve = itemColors(segments(12));
    expect(new Set([...twelve.values()].map((c) => c.color)).size).toBe(12);
    const fifteen = itemColors(segments(15));
    const series = new Map([...fifteen.values()].map((c) => [c.label, c.color]));
    expect(series.size).toBe(12);
    expect(new Set(series.values()).size).toBe(12);
    expect(fifteen.get("item 14")!.label).toBe("other items");
    expect(fifteen.get("item 0")!.label).toBe("item 0");
    const reference = itemColors(costSegments(result));
    expect(new Set([...reference.values()].map((c) => c.color)).size).toBe(reference.size);
  });
});

describe("the finance transforms on every built-in scenario", () => {
  it.each([
    "reference-1gbe",
    "reference-hot-database",
    "reference-serial-vmotion",
    "reference-vvf",
    "reference-wan-vpn",
  ])("%s: bills reconcile, the saving matches the result, labels are words", async (name) => {
    const r = runScenario(await loadScenario(name));
    const bills = billReconciliation(r);
    for (const bill of bills.bills)
      expect(cents(bill.subtotalPerMonth)).toBe(cents(r.cost.monthly[bill.key].totalPerMonth));
    for (const row of bills.savings) {
      const expected = r.cost.savingsFraction[row.baseline];
      if (expected === null) expect(row.fraction).toBeNull();
      else expect(row.fraction).toBeCloseTo(expected, 12);
    }
    const f = financeFacts(r);
    expect(f.cases).toHaveLength(2);
    for (const row of tornadoRows(r)) expect(row.label).not.toMatch(/[A-Za-z]\.[A-Za-z]/);
    const [, ...rows] = cells(billsCsv(bills));
    for (const row of rows) expect(Number.isFinite(Number(row[6]))).toBe(true);
  });
});
