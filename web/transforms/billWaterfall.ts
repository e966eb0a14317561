import type { LineItem, MonthlyCost } from "../../models/cost/LineItem.ts";
import type { SimulationResult } from "../../scenarios/result/SimulationResult.ts";

/**
 * One step of the bill waterfall, in the scenario's currency per month: a total (a bar from 0)
 * or a change (a floating bar from the running total before it to the one after it).
 */
export interface WaterfallStep {
  label: string;
  kind: "total" | "change";
  /** Running total before the step (0 for a total), per month. */
  from: number;
  /** Running total after the step, per month. */
  to: number;
}

/**
 * The walk from the old monthly bill to the new one: dedicated before → the licence change →
 * dedicated after → each line item that differs between the dedicated (after) bill and the
 * shared one (dedicated lines removed, lines in both changed, shared lines added) → shared.
 * Lines equal in both bills (or at 0 in the one bill they are on) are left out. Reads the result only; the last change ends exactly
 * on the shared total (up to rounding of the sums).
 *
 * @example
 * billWaterfall(result).map((s) => s.label);
 * // ["Dedicated, before", "Licence change", "Dedicated, after", "− hosts (licence share removed)", …, "Shared"]
 */
export function billWaterfall(result: SimulationResult): WaterfallStep[] {
  const { dedicatedBefore, dedicatedAfter, shared } = result.cost.monthly;
  const steps: WaterfallStep[] = [
    total("Dedicated, before", dedicatedBefore),
    change(
      "Licence change",
      dedicatedBefore.totalPerMonth,
      dedicatedAfter.totalPerMonth - dedicatedBefore.totalPerMonth,
    ),
    total("Dedicated, after", dedicatedAfter),
  ];
  let at = dedicatedAfter.totalPerMonth;
  const push = (label: string, delta: number) => {
    steps.push(change(label, at, delta));
    at += delta;
  };
  const sharedByItem = byItem(shared.lineItems);
  const dedicatedByItem = byItem(dedicatedAfter.lineItems);
  for (const [item, amount] of dedicatedByItem) {
    if (!sharedByItem.has(item) && amount !== 0) push(`− ${item}`, -amount);
  }
  for (const [item, amount] of dedicatedByItem) {
    const other = sharedByItem.get(item);
    if (other !== undefined && other !== amount) push(`± ${item}`, other - amount);
  }
  for (const [item, amount] of sharedByItem) {
    if (!dedicatedByItem.has(item) && amount !== 0) push(`+ ${item}`, amount);
  }
  steps.push(total("Shared", shared));
  return steps;
}

function total(label: string, bill: MonthlyCost): WaterfallStep {
  return { label, kind: "total", from: 0, to: bill.totalPerMonth };
}

function change(label: string, from: number, delta: number): WaterfallStep {
  return { label, kind: "change", from, to: from + delta };
}

/** Amount per month of each item of a bill (items named twice are summed). */
function byItem(items: readonly LineItem[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const li of items) out.set(li.item, (out.get(li.item) ?? 0) + li.amountPerMonth);
  return out;
}
