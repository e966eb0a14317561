import { empirical } from "../../sim/random/empirical.ts";
import type { RandomStream } from "../../sim/random/RandomStream.ts";
import { minOf } from "../../sim/stats/extremes.ts";
import type { CostInputs } from "../cost/CostInputs.ts";
import { dedicatedMonthlyCost } from "../cost/dedicatedMonthlyCost.ts";
import type { EstateHost, EstateVm } from "../cost/Estate.ts";
import { sharedMonthlyCost } from "../cost/sharedMonthlyCost.ts";
import { haAdmission } from "../platform/haAdmission.ts";
import type { CapacityPolicy } from "./allocationCheck.ts";
import { HOSTS_TO_ADD_NOT_ASSESSED, hostsToAddForTotals } from "./hostsToAdd.ts";

/** What the capacity forecast needs (base units). */
export interface ForecastInputs {
  /** The dedicated cluster today. */
  hosts: readonly EstateHost[];
  /** The VMs today. */
  vms: readonly EstateVm[];
  /** Total datastore capacity of the dedicated platform, bytes. */
  datastoreCapacityBytes: number;
  policy: CapacityPolicy;
  /** Host added when the cluster runs out. */
  templateHost: EstateHost;
  horizonYears: number;
  /** New VMs a year: a whole number drawn uniformly in [min, max] each year. */
  vmsPerYearMin: number;
  vmsPerYearMax: number;
  /** VMs new ones are drawn from (uniformly, copying their size): the inventory or one profile's VMs. */
  newVmPool: readonly EstateVm[];
  /** The VM used for "VMs remaining" (e.g. the median VM of the pool). */
  profileVm: EstateVm;
  /** Prices, for the cost of added hosts and the shared platform's growth. */
  prices: CostInputs;
  /** Stream for the arrivals (e.g. RandomStreams(seed).stream("growth")). */
  rng: RandomStream;
}

/** Used fractions of each resource (allocation model); > 1 means it ran out. */
export interface ResourceUse {
  cpu: number;
  memory: number;
  /** null when the inventory gives no datastore capacity: storage is then not assessed. */
  storage: number | null;
  /** CPU against what is left with the tolerated hosts failed (HA reserve). */
  n1Cpu: number;
  /** Memory against what is left with the tolerated hosts failed. */
  n1Memory: number;
}

/** The capacity forecast of the dedicated platform and the cost growth of the shared one. */
export interface CapacityForecast {
  months: number;
  /** New VMs: month of arrival (1-based) and size. */
  arrivals: { month: number; vm: EstateVm }[];
  /** Use of each resource today, on today's hosts. */
  now: ResourceUse;
  /** The resource with the least headroom today (highest used fraction; never one not assessed). */
  mostConstrained: keyof ResourceUse;
  /** 1 − the highest used fraction today (with the tolerated failures counted). */
  capacityRemainingFraction: number;
  /** More VMs like `profileVm` that fit today, with and without the HA reserve. */
  vmsRemaining: { withoutFailure: number; withHostFailed: number };
  /** First month each resource runs out on today's hosts (null: not within the horizon). */
  exhaustedMonth: Record<keyof ResourceUse, number | null>;
  /** Months until the first resource runs out, with and without the HA reserve (null: beyond the horizon). */
  timeRemainingMonths: { withoutFailure: number | null; withHostFailed: number | null };
  /** Hosts that must be added (allocation and N+k), when, and what each addition adds to the monthly bill after the licence change. */
  hostAdditions: {
    month: number;
    hostsAdded: number;
    hostCountAfter: number;
    addedCostPerMonth: number;
  }[];
  /** Monthly bills at month 0 and at the end of each year (index = year). */
  costPerMonthByYear: { dedicatedAfter: number[]; shared: number[] };
  /** Shared bill at the end ÷ today − 1. */
  sharedCostGrowthFraction: number;
  /**
   * What the forecast leaves out, and why: storage with no datastore capacity known; the hosts
   * to add when no number of hosts like the template is enough (no addition from then on).
   */
  notAssessed?: { storage?: string; hostAdditions?: string };
}

/**
 * Capacity forecast as capacity tools present it (time remaining, capacity remaining, VMs
 * remaining, with and without a host failed): a random arrival of new VMs (each year a whole
 * number uniform in [min, max], each in a uniform month of that year, sized like a VM drawn
 * uniformly from the pool), the first month CPU, memory, storage or N+k headroom runs out on
 * today's hosts, the hosts to add and their cost, and the shared platform's bill growth.
 *
 * Reference: FACTS.md "Capacity rules of thumb" (allocation model, N+1 percentage policy,
 * Aria Operations outputs).
 *
 * @example
 * capacityForecast({ ...reference, rng: new RandomStreams(seed).stream("growth") }).timeRemainingMonths;
 */
export function capacityForecast(inputs: ForecastInputs): CapacityForecast {
  const months = 12 * inputs.horizonYears;
  const arrivals = drawArrivals(inputs);
  const exhaustedMonth: Record<keyof ResourceUse, number | null> = {
    cpu: null,
    memory: null,
    storage: null,
    n1Cpu: null,
    n1Memory: null,
  };
  const hostAdditions: CapacityForecast["hostAdditions"] = [];
  let hostsNotAssessed: string | undefined;
  const costs = { dedicatedAfter: [] as number[], shared: [] as number[] };
  let hosts = [...inputs.hosts];
  // today's hosts never change: their totals and HA reserve once
  const todayTotals = totalsOf(inputs.hosts, inputs.policy.failuresTolerated);
  // The VMs of month m: today's, then the arrivals of months 1..m — a prefix of `arrivals`,
  // which is sorted by month — in one list that grows month by month, with its sums kept
  // running in the list's order (the same additions as summing the whole list each month:
  // the same bits).
  const vms = [...inputs.vms];
  const sums = sumsOf(vms);
  let arrived = 0;
  let now: ResourceUse | null = null;
  for (let m = 0; m <= months; m++) {
    for (let next = arrivals[arrived]; next !== undefined && next.month <= m; ) {
      vms.push(next.vm);
      addTo(sums, next.vm);
      next = arrivals[++arrived];
    }
    const use = resourceUse(todayTotals, sums, inputs);
    now ??= use;
    for (const key of Object.keys(use) as (keyof ResourceUse)[]) {
      const used = use[key];
      if (used !== null && used > 1 && exhaustedMonth[key] === null) exhaustedMonth[key] = m;
    }
    const more =
      hostsNotAssessed !== undefined
        ? 0
        : hostsToAddForTotals(
            hosts,
            inputs.templateHost,
            sums.vcpu,
            sums.memoryBytes,
            inputs.policy,
          );
    // no number of hosts is enough: stop adding, and say so
    if (more === null) hostsNotAssessed = HOSTS_TO_ADD_NOT_ASSESSED;
    else if (more > 0) {
      const before = dedicatedMonthlyCost(inputs.prices, { hosts, vms }, "after").totalPerMonth;
      hosts = [...hosts, ...Array.from({ length: more }, () => inputs.templateHost)];
      const after = dedicatedMonthlyCost(inputs.prices, { hosts, vms }, "after").totalPerMonth;
      hostAdditions.push({
        month: m,
        hostsAdded: more,
        hostCountAfter: hosts.length,
        addedCostPerMonth: after - before,
      });
    }
    if (m % 12 === 0) {
      costs.dedicatedAfter.push(
        dedicatedMonthlyCost(inputs.prices, { hosts, vms }, "after").totalPerMonth,
      );
      costs.shared.push(sharedMonthlyCost(inputs.prices, { hosts, vms }).totalPerMonth);
    }
  }
  const today = now ?? resourceUse(todayTotals, sumsOf(inputs.vms), inputs);
  const keys = Object.keys(today) as (keyof ResourceUse)[];
  const usedToday = (k: keyof ResourceUse) => today[k] ?? Number.NEGATIVE_INFINITY;
  const mostConstrained = keys.reduce((a, b) => (usedToday(b) > usedToday(a) ? b : a));
  const first = (ks: (keyof ResourceUse)[]) => {
    // pushed in one pass (an inlined .map's array changed V8 map with its caller's tier)
    const ms: number[] = [];
    for (const k of ks) {
      const m = exhaustedMonth[k];
      if (m !== null) ms.push(m);
    }
    return ms.length === 0 ? null : minOf(ms);
  };
  const shared0 = costs.shared[0] ?? 0;
  const notAssessed: NonNullable<CapacityForecast["notAssessed"]> = {};
  if (today.storage === null) {
    notAssessed.storage =
      "the inventory gives no datastore capacity (no vDatastore tab or datastores), so storage is left out of the forecast";
  }
  if (hostsNotAssessed !== undefined) notAssessed.hostAdditions = hostsNotAssessed;
  return {
    months,
    arrivals,
    now: today,
    mostConstrained,
    capacityRemainingFraction: 1 - usedToday(mostConstrained),
    vmsRemaining: vmsRemaining(inputs, todayTotals),
    exhaustedMonth,
    timeRemainingMonths: {
      withoutFailure: first(["cpu", "memory", "storage"]),
      withHostFailed: first(keys),
    },
    hostAdditions,
    costPerMonthByYear: costs,
    sharedCostGrowthFraction:
      shared0 > 0 ? (costs.shared[costs.shared.length - 1] ?? 0) / shared0 - 1 : 0,
    ...(Object.keys(notAssessed).length > 0 ? { notAssessed } : {}),
  };
}

function drawArrivals(inputs: ForecastInputs): { month: number; vm: EstateVm }[] {
  const out: { month: number; vm: EstateVm }[] = [];
  if (inputs.newVmPool.length === 0) return out;
  const span = inputs.vmsPerYearMax - inputs.vmsPerYearMin + 1;
  for (let y = 0; y < inputs.horizonYears; y++) {
    const count = inputs.vmsPerYearMin + Math.floor(inputs.rng.nextFloat() * span);
    for (let k = 0; k < count; k++) {
      const month = 12 * y + 1 + Math.floor(inputs.rng.nextFloat() * 12);
      out.push({ month, vm: empirical(inputs.rng, inputs.newVmPool) });
    }
  }
  return out.sort((a, b) => a.month - b.month);
}

interface Totals {
  cores: number;
  memoryBytes: number;
  usableCores: number;
  usableMemoryBytes: number;
}

function totalsOf(hosts: readonly EstateHost[], failures: number): Totals {
  const ha = haAdmission(
    hosts.map((h) => ({ cpuCores: h.sockets * h.coresPerSocket, memoryBytes: h.memoryBytes })),
    failures,
  );
  return {
    cores: hosts.reduce((s, h) => s + h.sockets * h.coresPerSocket, 0),
    memoryBytes: hosts.reduce((s, h) => s + h.memoryBytes, 0),
    usableCores: ha.cpuUsableCores,
    usableMemoryBytes: ha.memoryUsableBytes,
  };
}

/** Running sums of VMs' sizes. */
interface VmSums {
  vcpu: number;
  memoryBytes: number;
  diskBytes: number;
}

function addTo(sums: VmSums, vm: EstateVm): void {
  sums.vcpu += vm.vcpu;
  sums.memoryBytes += vm.memoryBytes;
  sums.diskBytes += vm.diskProvisionedBytes;
}

function sumsOf(vms: readonly EstateVm[]): VmSums {
  const sums = { vcpu: 0, memoryBytes: 0, diskBytes: 0 };
  for (const vm of vms) addTo(sums, vm);
  return sums;
}

function resourceUse(t: Totals, sums: VmSums, inputs: ForecastInputs): ResourceUse {
  const { maxVcpuPerCore: v, maxMemoryOvercommit: o } = inputs.policy;
  const { vcpu, memoryBytes: memory, diskBytes: disk } = sums;
  return {
    cpu: ratio(vcpu, v * t.cores),
    memory: ratio(memory, o * t.memoryBytes),
    storage: inputs.datastoreCapacityBytes > 0 ? disk / inputs.datastoreCapacityBytes : null,
    n1Cpu: ratio(vcpu, v * t.usableCores),
    n1Memory: ratio(memory, o * t.usableMemoryBytes),
  };
}

function vmsRemaining(inputs: ForecastInputs, t: Totals): CapacityForecast["vmsRemaining"] {
  const { maxVcpuPerCore: v, maxMemoryOvercommit: o } = inputs.policy;
  const p = inputs.profileVm;
  const vcpu = inputs.vms.reduce((s, vm) => s + vm.vcpu, 0);
  const memory = inputs.vms.reduce((s, vm) => s + vm.memoryBytes, 0);
  const disk = inputs.vms.reduce((s, vm) => s + vm.diskProvisionedBytes, 0);
  const copies = (free: number, size: number) =>
    size > 0 ? Math.max(0, Math.floor(free / size + 1e-9)) : Number.POSITIVE_INFINITY;
  // no datastore capacity known: storage does not limit what fits (it is not assessed)
  const storage =
    inputs.datastoreCapacityBytes > 0
      ? copies(inputs.datastoreCapacityBytes - disk, p.diskProvisionedBytes)
      : Number.POSITIVE_INFINITY;
  return {
    withoutFailure: Math.min(
      copies(v * t.cores - vcpu, p.vcpu),
      copies(o * t.memoryBytes - memory, p.memoryBytes),
      storage,
    ),
    withHostFailed: Math.min(
      copies(v * t.usableCores - vcpu, p.vcpu),
      copies(o * t.usableMemoryBytes - memory, p.memoryBytes),
      storage,
    ),
  };
}

function ratio(demand: number, capacity: number): number {
  if (capacity > 0) return demand / capacity;
  return demand > 0 ? Number.POSITIVE_INFINITY : 0;
}
