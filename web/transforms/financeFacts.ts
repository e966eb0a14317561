import type { SimulationResult } from "../../scenarios/result/SimulationResult.ts";
import type { BaselineKey } from "../../scenarios/run/costSection.ts";
import { costInputLabel } from "./costBars.ts";

/** Moving against staying on one dedicated option, over the TCO horizon. */
export interface MoveCase {
  baseline: BaselineKey;
  /** "Stay dedicated, before the licence change", … */
  label: string;
  /** True for the baseline of the `cost.savings` target. */
  isTarget: boolean;
  /** Σ of the dedicated bill paid on top of the shared one while both run, undiscounted. */
  dualRunningCost: number;
  /** NPV of staying on the dedicated option. */
  stayNpv: number;
  /** NPV of moving (one-off, shared bills, dual running). */
  moveNpv: number;
  /** stayNpv − moveNpv (> 0: moving saves). */
  npvSaving: number;
  /** 1 − moveNpv ÷ stayNpv. */
  npvSavingFraction: number;
  /** First month the cumulative saving is ≥ 0; null: not within the horizon. */
  paybackMonth: number | null;
}

/** One price's break-even: where the monthly saving against each baseline is 0. */
export interface BreakEvenFact {
  id: string;
  /** The price in words, e.g. "shared price per vCPU per month". */
  label: string;
  /** Its unit as the assumptions give it ("EUR/month", "EUR/year", "EUR"). */
  unit: string;
  value: number;
  /** The price at which the saving vs the old bill is 0; null: none. */
  vsBeforeLicenceChange: number | null;
  vsAfterLicenceChange: number | null;
}

/** What moving costs and returns, as the result holds it. */
export interface FinanceFacts {
  currency: string;
  /** Paid once, at month 0. */
  oneOff: number;
  /** Months both platforms are billed (fractional allowed); null when the result does not say. */
  dualRunningMonths: number | null;
  horizonYears: number;
  discountRateFraction: number;
  cases: MoveCase[];
  /** Empty when the run skipped the sensitivity (a Monte Carlo replication). */
  breakEven: BreakEvenFact[];
}

/**
 * The one-off migration cost, dual running, NPV, payback and break-even prices of the result's
 * cost section, against both dedicated baselines. Reads the result only: the one-off is the
 * shared option's flow at month 0 (the `costs.migrationOneOff` input), dual running the moved
 * flows less the shared ones, summed.
 *
 * @example
 * financeFacts(result).cases[0].paybackMonth; // 6 in the reference
 */
export function financeFacts(result: SimulationResult): FinanceFacts {
  const c = result.cost;
  const tco = c.tco;
  const input = (id: string) => result.assumptions.find((a) => a.id === id);
  const shared = tco.flowsPerMonth.shared;
  const moveCase = (baseline: BaselineKey, label: string): MoveCase => {
    const t = tco[baseline];
    let dual = 0;
    t.movedFlowsPerMonth.forEach((f, m) => {
      dual += f - (shared[m] ?? 0);
    });
    return {
      baseline,
      label,
      isTarget:
        (baseline === "vsBeforeLicenceChange") === (c.savingsBaseline === "beforeLicenceChange"),
      dualRunningCost: dual,
      stayNpv: t.baselineNpv,
      moveNpv: t.movedNpv,
      npvSaving: t.npvSaving,
      npvSavingFraction: t.savingsFraction,
      paybackMonth: t.paybackMonth,
    };
  };
  return {
    currency: c.currency,
    oneOff: input("costs.migrationOneOff")?.value ?? shared[0] ?? 0,
    dualRunningMonths: input("costs.dualRunningMonths")?.value ?? null,
    horizonYears: tco.horizonYears,
    discountRateFraction: tco.discountRateFraction,
    cases: [
      moveCase("vsBeforeLicenceChange", "Stay dedicated, before the licence change"),
      moveCase("vsAfterLicenceChange", "Stay dedicated, after the licence change"),
    ],
    breakEven: (c.sensitivity?.breakEven ?? []).map((b) => ({
      id: b.id,
      label: costInputLabel(b.id),
      unit: input(b.id)?.unit ?? c.currency,
      value: b.value,
      vsBeforeLicenceChange: b.vsBeforeLicenceChange,
      vsAfterLicenceChange: b.vsAfterLicenceChange,
    })),
  };
}
