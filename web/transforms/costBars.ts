import type { SimulationResult } from "../../scenarios/result/SimulationResult.ts";

/** One stacked segment of the monthly bills chart: a line item of a bill. */
export interface CostSegment {
  bill: string;
  item: string;
  /** Where the segment starts and ends on the money axis. */
  from: number;
  to: number;
}

const BILLS = [
  ["dedicatedBefore", "Dedicated, before the licence change"],
  ["dedicatedAfter", "Dedicated, after the licence change"],
  ["shared", "Shared VCF platform"],
] as const;

/** The three monthly bills as stacked line items, in the scenario's currency per month. */
export function costSegments(result: SimulationResult): CostSegment[] {
  return BILLS.flatMap(([key, bill]) => {
    let at = 0;
    return result.cost.monthly[key].lineItems.map((li) => {
      const segment = { bill, item: li.item, from: at, to: at + li.amountPerMonth };
      at += li.amountPerMonth;
      return segment;
    });
  });
}

/** One bar of the tornado: the saving at the low and the high end of an input. */
export interface TornadoRow {
  input: string;
  atLow: number;
  atHigh: number;
}

/** The saving's sensitivity to each cost input (against the scenario's baseline), widest first. */
export function tornadoRows(result: SimulationResult): TornadoRow[] {
  const key =
    result.cost.savingsBaseline === "beforeLicenceChange"
      ? "vsBeforeLicenceChange"
      : "vsAfterLicenceChange";
  return (result.cost.sensitivity?.monthlySaving[key] ?? []).map((bar) => ({
    input: bar.id,
    atLow: bar.outputAtLow,
    atHigh: bar.outputAtHigh,
  }));
}
