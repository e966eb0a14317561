import type { CapacityPolicy } from "../forecast/allocationCheck.ts";
import { HOSTS_TO_ADD_NOT_ASSESSED, hostsToAdd } from "../forecast/hostsToAdd.ts";
import type { CostInputs } from "./CostInputs.ts";
import { dedicatedMonthlyCost } from "./dedicatedMonthlyCost.ts";
import type { Estate, EstateHost, EstateVm } from "./Estate.ts";
import { netPresentValue } from "./netPresentValue.ts";
import { paybackMonth } from "./paybackMonth.ts";
import { sharedMonthlyCost } from "./sharedMonthlyCost.ts";

/** How the estate grows over the horizon, and how the dedicated cluster is sized. */
export interface TcoPlan {
  /** Horizon, years (whole). */
  horizonYears: number;
  /** Expected new VMs per year (e.g. the mean of 1 and 2 = 1.5). */
  newVmsPerYear: number;
  /** Size of each new VM. */
  newVm: EstateVm;
  /**
   * Host added when the dedicated cluster runs out; null when there is none to model one on (no
   * dedicated host is known): then no host is added, and the dedicated growth is not modelled.
   */
  templateHost: EstateHost | null;
  /** Capacity rules of the dedicated cluster. */
  policy: CapacityPolicy;
}

/** Moving to the shared platform compared with staying on one dedicated option. */
export interface TcoComparison {
  /** Monthly cash flows of moving: one-off at month 0, shared costs, plus the baseline's costs while both run. */
  movedFlowsPerMonth: number[];
  /** NPV of staying. */
  baselineNpv: number;
  /** NPV of moving. */
  movedNpv: number;
  /** baselineNpv − movedNpv (> 0: moving saves). */
  npvSaving: number;
  /** 1 − movedNpv ÷ baselineNpv. */
  savingsFraction: number;
  /** First month where the cumulative saving is ≥ 0, or null within the horizon. */
  paybackMonth: number | null;
}

/** Month-by-month cash flows of each option over the horizon, and the comparisons. */
export interface Tco {
  /** Months in the horizon (12 × years); flows have months + 1 entries (month 0 = now). */
  months: number;
  /** VMs added by the end of the horizon. */
  vmsAdded: number;
  /** Hosts added to the dedicated cluster by the end of the horizon (allocation and N+k). */
  dedicatedHostsAdded: number;
  /** First month a host must be added, or null within the horizon. */
  firstHostAddedMonth: number | null;
  /**
   * Why the hosts added as the estate grows are not assessed (no number of hosts like the
   * template is enough); absent when they are. From then on no host is added.
   */
  growthNotAssessed?: string;
  /** Monthly bills of each option (shared: one-off at month 0, no dual running). */
  flowsPerMonth: { dedicatedBefore: number[]; dedicatedAfter: number[]; shared: number[] };
  /** NPV of each option's flows. */
  npv: { dedicatedBefore: number; dedicatedAfter: number; shared: number };
  vsBeforeLicenceChange: TcoComparison;
  vsAfterLicenceChange: TcoComparison;
}

/**
 * Total cost of ownership of staying dedicated (before / after the licence change) and of
 * moving to the shared platform, month by month over the horizon.
 *
 * - Growth: deterministic expected arrivals, the k-th new VM arriving in the first month m
 *   with newVmsPerYear × m ÷ 12 ≥ k (1.5 a year → months 8, 16, 24, …).
 * - The dedicated cluster gains hosts like `templateHost` when the VMs no longer fit with the
 *   failures tolerated (allocation model); each added host is billed like the others and
 *   licensed under the scheme of the option. With no template (null), none is added.
 * - Moving pays `migrationOneOff` at month 0 and, during the first `dualRunningMonths`
 *   (fractional allowed), the baseline's bill as well: the compared baseline is what would
 *   otherwise be paid, and both run while the move lasts.
 * - Flows are costs (positive); NPV discounts them at the yearly rate (see netPresentValue).
 *
 * Reference: FACTS.md "Costs" (TCO structure of business-case tools; critics note that vendor
 * tools omit dual running and migration labour, both included here).
 *
 * @example
 * totalCostOfOwnership(referenceInputs, referenceEstate, plan).vsBeforeLicenceChange.paybackMonth; // e.g. 6
 */
export function totalCostOfOwnership(inputs: CostInputs, estate: Estate, plan: TcoPlan): Tco {
  const months = 12 * plan.horizonYears;
  const flows = { dedicatedBefore: [0], dedicatedAfter: [0], shared: [inputs.migrationOneOff] };
  let hosts = [...estate.hosts];
  let firstHostAddedMonth: number | null = null;
  let growthNotAssessed: string | undefined;
  let vmsAdded = 0;
  for (let m = 1; m <= months; m++) {
    vmsAdded = Math.floor((plan.newVmsPerYear * m) / 12 + 1e-9);
    const vms = [...estate.vms, ...Array.from({ length: vmsAdded }, () => plan.newVm)];
    const template = growthNotAssessed === undefined ? plan.templateHost : null;
    const more = template === null ? 0 : hostsToAdd(hosts, template, vms, plan.policy);
    // no number of hosts is enough: stop adding, and say so
    if (more === null) growthNotAssessed = HOSTS_TO_ADD_NOT_ASSESSED;
    else if (more > 0 && template !== null) {
      hosts = [...hosts, ...Array.from({ length: more }, () => template)];
      firstHostAddedMonth ??= m;
    }
    const month: Estate = { hosts, vms };
    flows.dedicatedBefore.push(dedicatedMonthlyCost(inputs, month, "before").totalPerMonth);
    flows.dedicatedAfter.push(dedicatedMonthlyCost(inputs, month, "after").totalPerMonth);
    flows.shared.push(sharedMonthlyCost(inputs, month).totalPerMonth);
  }
  const r = inputs.discountRateFraction;
  const compare = (baseline: number[]): TcoComparison => {
    const moved = flows.shared.map(
      (f, m) => f + dualShare(m, inputs.dualRunningMonths) * (baseline[m] ?? 0),
    );
    const baselineNpv = netPresentValue(baseline, r);
    const movedNpv = netPresentValue(moved, r);
    return {
      movedFlowsPerMonth: moved,
      baselineNpv,
      movedNpv,
      npvSaving: baselineNpv - movedNpv,
      savingsFraction: baselineNpv > 0 ? 1 - movedNpv / baselineNpv : 0,
      paybackMonth: paybackMonth(baseline, moved),
    };
  };
  return {
    months,
    vmsAdded,
    dedicatedHostsAdded: hosts.length - estate.hosts.length,
    firstHostAddedMonth,
    flowsPerMonth: flows,
    npv: {
      dedicatedBefore: netPresentValue(flows.dedicatedBefore, r),
      dedicatedAfter: netPresentValue(flows.dedicatedAfter, r),
      shared: netPresentValue(flows.shared, r),
    },
    vsBeforeLicenceChange: compare(flows.dedicatedBefore),
    vsAfterLicenceChange: compare(flows.dedicatedAfter),
    ...(growthNotAssessed === undefined ? {} : { growthNotAssessed }),
  };
}

/** Share of month m (1-based; month 0 is the one-off) during which both platforms run. */
function dualShare(m: number, dualRunningMonths: number): number {
  if (m === 0) return 0;
  return Math.min(1, Math.max(0, dualRunningMonths - (m - 1)));
}
