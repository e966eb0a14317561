import type { SimulationResult } from "../../scenarios/result/SimulationResult.ts";

/** One option's cumulative cash flow, in the scenario's currency, month 0 to the horizon. */
export interface TcoLine {
  option: string;
  /** Σ of the option's flows from month 0 to month m (index m), costs positive. */
  cumulative: number[];
}

/** The TCO chart's data: each option's cumulative flows and the payback against the baseline. */
export interface TcoLines {
  lines: TcoLine[];
  /** Months on the axis (12 × horizon years). */
  months: number;
  /** The option the payback is measured against (the scenario's savings baseline). */
  baseline: string;
  /** The option that pays back (moving, with its one-off and dual running). */
  moved: string;
  /** First month the moved option's cumulative cost is at most the baseline's; null if never. */
  paybackMonth: number | null;
  /** Cumulative cost of the moved option at the payback month (where to put the marker). */
  paybackCumulative: number | null;
}

/**
 * Cumulative cash flow per option month by month over the TCO horizon (from `cost.tco`):
 * staying dedicated before and after the licence change, and moving to the shared platform
 * (the one-off at month 0 and the baseline's bill during dual running included, as
 * `movedFlowsPerMonth` against the scenario's savings baseline), with that baseline's payback
 * month. Undiscounted sums (the NPV is in the facts).
 *
 * @example
 * tcoLines(result).paybackMonth; // 6 in the reference (vs before the licence change)
 */
export function tcoLines(result: SimulationResult): TcoLines {
  const { tco, savingsBaseline } = result.cost;
  const comparison =
    savingsBaseline === "beforeLicenceChange"
      ? tco.vsBeforeLicenceChange
      : tco.vsAfterLicenceChange;
  const before = "Stay dedicated, before the licence change";
  const after = "Stay dedicated, after the licence change";
  const moved = "Move to the shared platform";
  const movedCumulative = cumulative(comparison.movedFlowsPerMonth);
  const payback = comparison.paybackMonth;
  return {
    lines: [
      { option: before, cumulative: cumulative(tco.flowsPerMonth.dedicatedBefore) },
      { option: after, cumulative: cumulative(tco.flowsPerMonth.dedicatedAfter) },
      { option: moved, cumulative: movedCumulative },
    ],
    months: tco.months,
    baseline: savingsBaseline === "beforeLicenceChange" ? before : after,
    moved,
    paybackMonth: payback,
    paybackCumulative: payback === null ? null : (movedCumulative[payback] ?? null),
  };
}

function cumulative(flows: readonly number[]): number[] {
  let sum = 0;
  return flows.map((f) => {
    sum += f;
    return sum;
  });
}
