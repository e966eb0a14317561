import type { LineItem } from "../../models/cost/LineItem.ts";
import type { Assumption, SimulationResult } from "../../scenarios/result/SimulationResult.ts";
import type { BaselineKey } from "../../scenarios/run/costSection.ts";

/** Which bill: the dedicated one before or after the licence change, or the shared one. */
export type BillKey = "dedicatedBefore" | "dedicatedAfter" | "shared";

/**
 * One line of a reconciled bill: the bill's line item (quantity × unit price = amount, per
 * month), its unit written as the rest of the report writes it ("GiB" where the bill says
 * "GB"), and the rule that turns what is there into what is billed.
 */
export interface ReconciledLine extends LineItem {
  /** The rule that turns what is there into what is billed (a licence line), or null. */
  rule: string | null;
}

/** One bill: its lines and their subtotal (Σ of the lines' amounts). */
export interface ReconciledBill {
  key: BillKey;
  /** "Dedicated, before the licence change", … */
  label: string;
  /** "Dedicated platform", "Shared platform". */
  platform: string;
  /** "before the licence change", "after the licence change", "today's shared prices". */
  state: string;
  lines: ReconciledLine[];
  /** Σ of the lines' amounts, per month. */
  subtotalPerMonth: number;
}

/** The saving against one dedicated bill: (dedicated − shared) ÷ dedicated. */
export interface SavingRow {
  baseline: BaselineKey;
  /** "Saving vs dedicated, before the licence change", … */
  label: string;
  /** The dedicated bill's subtotal, per month. */
  dedicatedPerMonth: number;
  /** The shared bill's subtotal, per month. */
  sharedPerMonth: number;
  /** dedicated − shared, per month (negative: moving costs more). */
  savingPerMonth: number;
  /** savingPerMonth ÷ dedicatedPerMonth; null when not assessed (see `notAssessed`). */
  fraction: number | null;
  /** Why there is no fraction (a bill of 0); null when assessed. */
  notAssessed: string | null;
  /** True for the baseline of the `cost.savings` target. */
  isTarget: boolean;
}

/** The bills as finance checks them. */
export interface BillReconciliation {
  currency: string;
  bills: ReconciledBill[];
  savings: SavingRow[];
}

const BILLS: readonly (readonly [BillKey, string, string, string])[] = [
  [
    "dedicatedBefore",
    "Dedicated, before the licence change",
    "Dedicated platform",
    "before the licence change",
  ],
  [
    "dedicatedAfter",
    "Dedicated, after the licence change",
    "Dedicated platform",
    "after the licence change",
  ],
  ["shared", "Shared platform", "Shared platform", "shared prices"],
];

/**
 * The three monthly bills of the result line by line (quantity × unit price = amount, as the
 * result's line items hold them), each with its subtotal, and the saving against each dedicated
 * bill with its percentage — every figure a finance reader needs to check the saving target by
 * hand. A licence line carries the rule that turns the platform's physical cores (or GB, VMs…)
 * into the billed quantity, from the licence terms among the result's assumptions. Reads the
 * result only.
 *
 * @example
 * billReconciliation(result).savings[0]; // { dedicatedPerMonth: 5700, sharedPerMonth: 4130, savingPerMonth: 1570, fraction: 0.2754…, … }
 */
export function billReconciliation(result: SimulationResult): BillReconciliation {
  const c = result.cost;
  const bills = BILLS.map(([key, label, platform, state]): ReconciledBill => {
    const lines = c.monthly[key].lineItems.map((li) => reconciledLine(li, result));
    return {
      key,
      label,
      platform,
      state,
      lines,
      subtotalPerMonth: lines.reduce((s, l) => s + l.amountPerMonth, 0),
    };
  });
  const subtotal = (key: BillKey) => bills.find((b) => b.key === key)?.subtotalPerMonth ?? 0;
  const shared = subtotal("shared");
  const saving = (baseline: BaselineKey, key: BillKey, when: string): SavingRow => {
    const dedicated = subtotal(key);
    const why = c.notAssessed?.[baseline];
    const assessed = why === undefined && c.savingsFraction[baseline] !== null && dedicated > 0;
    return {
      baseline,
      label: `Saving vs dedicated, ${when} the licence change`,
      dedicatedPerMonth: dedicated,
      sharedPerMonth: shared,
      savingPerMonth: dedicated - shared,
      fraction: assessed ? (dedicated - shared) / dedicated : null,
      notAssessed: assessed ? null : (why ?? "the dedicated bill is 0"),
      isTarget:
        (baseline === "vsBeforeLicenceChange") === (c.savingsBaseline === "beforeLicenceChange"),
    };
  };
  return {
    currency: c.currency,
    bills,
    savings: [
      saving("vsBeforeLicenceChange", "dedicatedBefore", "before"),
      saving("vsAfterLicenceChange", "dedicatedAfter", "after"),
    ],
  };
}

function reconciledLine(li: LineItem, result: SimulationResult): ReconciledLine {
  return {
    item: li.item,
    quantity: li.quantity,
    // the bills say "GB" for GiB (vCenter's GB, see the cost notes); the report writes GiB
    unit: li.unit === "GB" ? "GiB" : li.unit,
    unitPricePerMonth: li.unitPricePerMonth,
    unitPriceFrom: li.unitPriceFrom,
    amountPerMonth: li.amountPerMonth,
    rule: li.item.startsWith("licence") ? licenceRule(li, result) : null,
  };
}

/**
 * The licensing rule behind a licence line's quantity, in words, from the terms' fields among
 * the assumptions (the terms path is the one the unit price comes from), e.g. "96 cores billed
 * for 60 physical cores on 3 hosts: each CPU socket counts at least 16 cores; an order covers
 * at least 72 cores".
 */
export function licenceRule(li: LineItem, result: SimulationResult): string | null {
  const path = /(costs\.[\w.]*?licence\w*)\./.exec(li.unitPriceFrom)?.[1];
  if (path === undefined) return null;
  const term = (name: string): Assumption | undefined =>
    result.assumptions.find((a) => a.id === `${path}.${name}`);
  const count = (n: number) => n.toLocaleString("en-GB");
  const source = result.platforms.source;
  const rules: string[] = [];
  const perSocket = term("minCoresPerSocket");
  const perOrder = term("minCoresPerOrder");
  if (li.unit === "core") {
    if (perSocket !== undefined)
      rules.push(`each CPU socket counts at least ${count(perSocket.value)} cores`);
    if (perOrder !== undefined)
      rules.push(`an order covers at least ${count(perOrder.value)} cores`);
    const head = `${count(li.quantity)} cores billed for ${count(source.coreCount)} physical cores on ${count(source.hostCount)} host${source.hostCount === 1 ? "" : "s"}`;
    return rules.length === 0 ? head : `${head}: ${rules.join("; ")} (${path}).`;
  }
  const mins = result.assumptions
    .filter((a) => a.id.startsWith(`${path}.`) && /\.(min|max)[A-Z]/.test(a.id))
    .map((a) => `${words(a.id.slice(path.length + 1))} ${count(a.value)}`);
  return mins.length === 0
    ? null
    : `${count(li.quantity)} ${li.unit} billed under the terms: ${mins.join("; ")} (${path}).`;
}

/** "minCoresPerSocket" → "min cores per socket". */
function words(field: string): string {
  return field
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .replace(/\bgb\b/g, "GB");
}
