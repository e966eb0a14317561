import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { EstateVm } from "../../../models/cost/Estate.ts";
import { allocationCheck } from "../../../models/forecast/allocationCheck.ts";
import {
  capacityForecast,
  type ForecastInputs,
} from "../../../models/forecast/capacityForecast.ts";
import { HOSTS_TO_ADD_NOT_ASSESSED, hostsToAdd } from "../../../models/forecast/hostsToAdd.ts";
import { GIB } from "../../../models/units.ts";
import { RandomStreams } from "../../../sim/random/RandomStreams.ts";
import { FACTS_INPUTS } from "../cost/referenceCase.ts";

const host = { sockets: 1, coresPerSocket: 4, memoryBytes: 16 * GIB };
const vm: EstateVm = {
  vcpu: 1,
  memoryBytes: 4 * GIB,
  reservedMemoryBytes: 0,
  diskProvisionedBytes: 10 * GIB,
};
const policy = { maxVcpuPerCore: 1, maxMemoryOvercommit: 1, failuresTolerated: 1 };
/** A stream that always returns 0: one arrival count (min), every arrival in the year's first month. */
const zeros = { nextUint32: () => 0, nextFloat: () => 0 };

const small: ForecastInputs = {
  hosts: [host, host, host],
  vms: [vm, vm, vm, vm],
  datastoreCapacityBytes: 100 * GIB,
  policy,
  templateHost: host,
  horizonYears: 3,
  vmsPerYearMin: 2,
  vmsPerYearMax: 2,
  newVmPool: [vm],
  profileVm: vm,
  prices: FACTS_INPUTS,
  rng: zeros,
};

describe("allocationCheck", () => {
  it("3 hosts of 2×10 cores at 4:1 carrying 120 vCPU: half the CPU, 75 % of what N+1 leaves", () => {
    const big = { sockets: 2, coresPerSocket: 10, memoryBytes: 192 * GIB };
    const vms = Array.from({ length: 60 }, () => ({ ...vm, vcpu: 2 }));
    const check = allocationCheck([big, big, big], vms, { ...policy, maxVcpuPerCore: 4 });
    expect(check.cpuUsedFraction).toBeCloseTo(0.5, 12);
    expect(check.n1.cpuUsedFraction).toBeCloseTo(0.75, 12);
    // memory: 60 × 4 GiB = 240 GiB of 576, and of the 384 left with one host failed
    expect(check.memoryUsedFraction).toBeCloseTo(240 / 576, 12);
    expect(check.n1.memoryUsedFraction).toBeCloseTo(240 / 384, 12);
    expect(check.pass).toBe(true);
  });

  it("hostsToAdd adds the fewest hosts that restore N+1", () => {
    // 10 vCPU at 1:1 on 4-core hosts with one spare: 3 usable hosts → 4 hosts, one added
    const vms = Array.from({ length: 10 }, () => ({ ...vm, memoryBytes: GIB }));
    expect(hostsToAdd([host, host, host], host, vms, policy)).toBe(1);
    expect(hostsToAdd([host, host, host, host], host, vms, policy)).toBe(0);
  });

  it("hostsToAdd gives null, not a throw, when no number of hosts like the template is enough", () => {
    // 10 GiB of VMs, hosts of 1 MiB: 1,000 more carry 1,000 MiB
    const tiny = { sockets: 1, coresPerSocket: 4, memoryBytes: 2 ** 20 };
    const vms = Array.from({ length: 10 }, () => ({ ...vm, memoryBytes: GIB }));
    expect(hostsToAdd([tiny], tiny, vms, policy)).toBeNull();
    expect(hostsToAdd([host], { ...host, coresPerSocket: 0 }, vms, policy)).toBeNull();
  });
});

describe("capacityForecast", () => {
  const f = capacityForecast(small);

  it("draws the yearly count in [min, max] and places each VM in that year (here months 1, 13, 25)", () => {
    expect(f.arrivals.map((a) => a.month)).toEqual([1, 1, 13, 13, 25, 25]);
  });

  it("today: used fractions by allocation, the most constrained resource and the headroom left", () => {
    // cpu 4/12, memory 16/48, storage 40/100, with one host failed 4/8 and 16/32
    expect(f.now.cpu).toBeCloseTo(1 / 3, 12);
    expect(f.now.storage).toBeCloseTo(0.4, 12);
    expect(f.now.n1Cpu).toBeCloseTo(0.5, 12);
    expect(f.now.n1Memory).toBeCloseTo(0.5, 12);
    expect(f.mostConstrained).toBe("n1Cpu");
    expect(f.capacityRemainingFraction).toBeCloseTo(0.5, 12);
  });

  it("VMs remaining: 6 (storage: 60 GiB ÷ 10) without failure, 4 (CPU: 8 − 4) with a host failed", () => {
    expect(f.vmsRemaining).toEqual({ withoutFailure: 6, withHostFailed: 4 });
  });

  it("N+1 runs out in month 25 (10 vCPU > 8 usable cores); nothing runs out without a failure", () => {
    expect(f.exhaustedMonth).toEqual({
      cpu: null,
      memory: null,
      storage: null,
      n1Cpu: 25,
      n1Memory: 25,
    });
    expect(f.timeRemainingMonths).toEqual({ withoutFailure: null, withHostFailed: 25 });
  });

  it("adds one host in month 25 at €1,320 a month: the licence stays at the 72-core order minimum", () => {
    // 3 hosts × 1 socket × 16 = 48 cores, 4 hosts = 64: both billed 72; only the host price without its licence share is added
    expect(f.hostAdditions).toEqual([
      { month: 25, hostsAdded: 1, hostCountAfter: 4, addedCostPerMonth: expect.closeTo(1320, 9) },
    ]);
  });

  it("says hosts to add are not assessed, and adds none, when no number of hosts is enough", () => {
    const tiny = { sockets: 1, coresPerSocket: 4, memoryBytes: 2 ** 20 };
    const g = capacityForecast({ ...small, hosts: [tiny], templateHost: tiny });
    expect([g.hostAdditions, g.notAssessed?.hostAdditions]).toEqual([
      [],
      HOSTS_TO_ADD_NOT_ASSESSED,
    ]);
    expect(f.notAssessed).toBeUndefined();
  });

  it("the shared bill grows from 223.6 to 484 a month as 4 VMs become 10", () => {
    // per VM: 9 + 4 × 6 + 10 × 0.12 + 9 + 10 × 0.02 = 43.4; plus 50 network
    expect(f.costPerMonthByYear.shared[0]).toBeCloseTo(4 * 43.4 + 50, 9);
    expect(f.costPerMonthByYear.shared[3]).toBeCloseTo(10 * 43.4 + 50, 9);
    expect(f.sharedCostGrowthFraction).toBeCloseTo(484 / 223.6 - 1, 9);
  });

  it("is deterministic for a seed, and each year brings between min and max VMs", () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const run = () =>
          capacityForecast({
            ...small,
            vmsPerYearMin: 1,
            vmsPerYearMax: 2,
            rng: new RandomStreams(seed).stream("growth"),
          });
        const a = run();
        expect(run().arrivals).toEqual(a.arrivals);
        for (let y = 0; y < 3; y++) {
          const n = a.arrivals.filter((x) => x.month > 12 * y && x.month <= 12 * (y + 1)).length;
          expect(n).toBeGreaterThanOrEqual(1);
          expect(n).toBeLessThanOrEqual(2);
        }
      }),
      { numRuns: 30 },
    );
  });
});

describe("capacityForecast with no datastore capacity known", () => {
  const forecast = capacityForecast({ ...small, datastoreCapacityBytes: 0 });

  it("leaves storage out (null, with why) instead of dividing by zero", () => {
    expect(forecast.now.storage).toBeNull();
    expect(forecast.exhaustedMonth.storage).toBeNull();
    expect(forecast.notAssessed?.storage).toMatch(/no datastore capacity/);
  });

  it("forecasts the other resources as it would with storage to spare", () => {
    const spare = capacityForecast({ ...small, datastoreCapacityBytes: 1e18 });
    expect(forecast.mostConstrained).toBe(spare.mostConstrained);
    expect(forecast.capacityRemainingFraction).toBe(spare.capacityRemainingFraction);
    expect(forecast.timeRemainingMonths).toEqual(spare.timeRemainingMonths);
    expect(forecast.vmsRemaining).toEqual(spare.vmsRemaining);
    expect(Number.isFinite(forecast.capacityRemainingFraction)).toBe(true);
  });

  it("has no notAssessed when the capacity is known", () => {
    expect(capacityForecast(small).notAssessed).toBeUndefined();
  });
});
