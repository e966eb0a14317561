import { describe, expect, it } from "vitest";
import type { EstateVm } from "../../../models/cost/Estate.ts";
import { netPresentValue } from "../../../models/cost/netPresentValue.ts";
import { paybackMonth } from "../../../models/cost/paybackMonth.ts";
import { type TcoPlan, totalCostOfOwnership } from "../../../models/cost/totalCostOfOwnership.ts";
import { HOSTS_TO_ADD_NOT_ASSESSED } from "../../../models/forecast/hostsToAdd.ts";
import { GIB } from "../../../models/units.ts";
import { FACTS_ESTATE, FACTS_INPUTS } from "./referenceCase.ts";

/** Present value of an annuity of 1 paid at the end of each of n months at monthly rate i. */
const annuity = (n: number, i: number) => (1 - (1 + i) ** -n) / i;

describe("netPresentValue", () => {
  it("at a 0 % rate is the plain sum", () => {
    expect(netPresentValue([100, 200, 300], 0)).toBeCloseTo(600, 12);
  });

  it("of a level monthly payment equals the annuity closed form at i = (1 + r)^(1/12) − 1", () => {
    const i = 1.07 ** (1 / 12) - 1;
    const flows = [0, ...Array.from({ length: 60 }, () => 1000)];
    expect(netPresentValue(flows, 0.07)).toBeCloseTo(1000 * annuity(60, i), 6);
  });

  it("discounts a payment 12 months away by exactly one year's rate", () => {
    const flows = Array.from({ length: 13 }, (_, m) => (m === 12 ? 107 : 0));
    expect(netPresentValue(flows, 0.07)).toBeCloseTo(100, 9);
  });
});

describe("paybackMonth", () => {
  it("is the first month the cumulative saving is no longer negative", () => {
    // cumulative: −150, −100, −50, 0 → month 3
    expect(paybackMonth([0, 100, 100, 100], [150, 50, 50, 50])).toBe(3);
  });

  it("is null when the saving never catches up", () => {
    expect(paybackMonth([0, 100, 100], [500, 90, 90])).toBeNull();
  });
});

const policy = { maxVcpuPerCore: 4, maxMemoryOvercommit: 1, failuresTolerated: 1 };
const newVm: EstateVm = {
  vcpu: 2,
  memoryBytes: 4 * GIB,
  reservedMemoryBytes: 0,
  diskProvisionedBytes: 60 * GIB,
};
const templateHost = { sockets: 2, coresPerSocket: 10, memoryBytes: 192 * GIB };
const noGrowth: TcoPlan = { horizonYears: 5, newVmsPerYear: 0, newVm, templateHost, policy };

describe("totalCostOfOwnership", () => {
  it("adds no host, and says growth is not assessed, when no number of hosts like the template is enough or there is no template", () => {
    const grows = { ...noGrowth, newVmsPerYear: 12 };
    const tiny = { sockets: 1, coresPerSocket: 1, memoryBytes: 2 ** 20 };
    const small = { ...FACTS_ESTATE, hosts: [tiny] };
    const unfit = totalCostOfOwnership(FACTS_INPUTS, small, { ...grows, templateHost: tiny });
    const none = totalCostOfOwnership(FACTS_INPUTS, small, { ...grows, templateHost: null });
    expect([unfit.dedicatedHostsAdded, unfit.growthNotAssessed]).toEqual([
      0,
      HOSTS_TO_ADD_NOT_ASSESSED,
    ]);
    expect([none.dedicatedHostsAdded, none.growthNotAssessed]).toEqual([0, undefined]);
    expect(
      totalCostOfOwnership(FACTS_INPUTS, FACTS_ESTATE, grows).growthNotAssessed,
    ).toBeUndefined();
  });

  it("without growth: NPVs match the annuity closed form (FACTS.md monthly bills)", () => {
    const tco = totalCostOfOwnership(FACTS_INPUTS, FACTS_ESTATE, noGrowth);
    const i = 1.07 ** (1 / 12) - 1;
    const a = annuity(60, i);
    expect(tco.months).toBe(60);
    expect(tco.npv.dedicatedBefore).toBeCloseTo(5700 * a, 6);
    expect(tco.npv.dedicatedAfter).toBeCloseTo(7736 * a, 6);
    // moving vs before: 2500 now + 4130 a month + one month of dual running (5700 at month 1)
    const moved = 2500 + 4130 * a + 5700 / (1 + i);
    expect(tco.vsBeforeLicenceChange.movedNpv).toBeCloseTo(moved, 6);
    expect(tco.vsBeforeLicenceChange.npvSaving).toBeCloseTo(5700 * a - moved, 6);
    expect(tco.vsBeforeLicenceChange.savingsFraction).toBeCloseTo(1 - moved / (5700 * a), 9);
  });

  it("pays back in month 6 against the old price: −2500, −6630, −5060, −3490, −1920, −350, +1220", () => {
    const tco = totalCostOfOwnership(FACTS_INPUTS, FACTS_ESTATE, noGrowth);
    expect(tco.vsBeforeLicenceChange.paybackMonth).toBe(6);
  });

  it("pays back in month 3 against the new price: −2500, −6630, −3024, +582", () => {
    // monthly saving 7736 − 4130 = 3606
    const tco = totalCostOfOwnership(FACTS_INPUTS, FACTS_ESTATE, noGrowth);
    expect(tco.vsAfterLicenceChange.paybackMonth).toBe(3);
  });

  it("half a month of dual running bills half the baseline in month 1", () => {
    const tco = totalCostOfOwnership(
      { ...FACTS_INPUTS, dualRunningMonths: 0.5 },
      FACTS_ESTATE,
      noGrowth,
    );
    expect(tco.vsBeforeLicenceChange.movedFlowsPerMonth[1]).toBeCloseTo(4130 + 2850, 9);
    expect(tco.vsBeforeLicenceChange.movedFlowsPerMonth[2]).toBeCloseTo(4130, 9);
  });

  it("growth of 1.5 VMs a year adds a VM at months 8, 16, …, 56: 7 in five years", () => {
    const tco = totalCostOfOwnership(FACTS_INPUTS, FACTS_ESTATE, {
      ...noGrowth,
      newVmsPerYear: 1.5,
    });
    expect(tco.vmsAdded).toBe(7);
    // one new VM on the shared platform: 2 × 9 + 4 × 6 + 60 × 0.12 + 9 + 60 × 0.02 = 59.4
    const shared = tco.flowsPerMonth.shared;
    expect(shared[7]).toBeCloseTo(4130, 9);
    expect((shared[8] ?? 0) - (shared[7] ?? 0)).toBeCloseTo(59.4, 9);
    expect(shared[60]).toBeCloseTo(4130 + 7 * 59.4, 9);
    expect(tco.dedicatedHostsAdded).toBe(0);
  });

  it("adds a dedicated host when N+1 runs out and bills it from that month", () => {
    // 2 hosts of 1×2 cores at 1:1: with one failed, 2 cores remain; 2 vCPU fit, a third does not.
    const host = { sockets: 1, coresPerSocket: 2, memoryBytes: 64 * GIB };
    const vm: EstateVm = {
      vcpu: 1,
      memoryBytes: GIB,
      reservedMemoryBytes: 0,
      diskProvisionedBytes: 0,
    };
    const tco = totalCostOfOwnership(
      FACTS_INPUTS,
      { hosts: [host, host], vms: [vm, vm] },
      {
        horizonYears: 1,
        newVmsPerYear: 12,
        newVm: vm,
        templateHost: host,
        policy: { maxVcpuPerCore: 1, maxMemoryOvercommit: 1, failuresTolerated: 1 },
      },
    );
    expect(tco.firstHostAddedMonth).toBe(1);
    // month 12: 14 vCPU need 7 hosts' worth of cores plus one spare → 8 hosts, 6 added
    expect(tco.dedicatedHostsAdded).toBe(6);
    // month 1: 3 hosts × 1500 + 2 × 300 + 450 + 150
    expect(tco.flowsPerMonth.dedicatedBefore[1]).toBeCloseTo(3 * 1500 + 1200, 9);
  });
});
