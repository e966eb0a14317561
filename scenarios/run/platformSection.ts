import {
  contentionSeries,
  type HostSeries,
  hostContentionAt,
  type SeriesHost,
  type SeriesVm,
} from "../../models/contention/contentionSeries.ts";
import { memoisedByNumber } from "../../models/contention/memoisedByNumber.ts";
import { groupBy } from "../../models/groupBy.ts";
import type { Host, Vm } from "../../models/Inventory.ts";
import {
  type LatencyPercentiles,
  type WebVmAtStep,
  type WebVmLatency,
  webLatency,
} from "../../models/latency/webLatency.ts";
import { mapped } from "../../models/mapped.ts";
import { balancePlacement } from "../../models/platform/balancePlacement.ts";
import { generationSpeed } from "../../models/platform/generationSpeed.ts";
import {
  type HostCapacity,
  HYPER_THREADING_EXTRA_FRACTION,
  hostCapacity,
} from "../../models/platform/hostCapacity.ts";
import { type N1CheckResult, n1Check } from "../../models/platform/n1Check.ts";
import type { OvercommitPolicy } from "../../models/platform/overcommitPolicy.ts";
import type { PlacementRule, PlacementVm } from "../../models/platform/PlacementRule.ts";
import { placeVms } from "../../models/platform/placeVms.ts";
import { HOUR, MILLISECOND } from "../../models/units.ts";
import { cpuLoadAt } from "../../models/workload/cpuLoadAt.ts";
import {
  DEFAULT_TRAFFIC_SHAPE,
  type TrafficShape,
  trafficLevel,
} from "../../models/workload/TrafficShape.ts";
import type { WorkloadProfile } from "../../models/workload/WorkloadProfile.ts";
import { maxOf } from "../../sim/stats/extremes.ts";
import type { Target } from "../result/SimulationResult.ts";
import { assessedTarget, notAssessedTarget } from "../result/targetState.ts";
import type { Platform, Scenario } from "../Scenario.ts";
import { workloadProfileOf } from "./workloadProfileOf.ts";

/** One platform's week: per-host series and per-site latency at the peak hour. */
export interface PlatformView {
  /** Platform name. */
  name: string;
  /** Per host: capacity, hourly CPU demand and ready, RAM. */
  hosts: (HostSeries & { speedFactor: number; cores: number; memoryBytes: number })[];
  /** Highest ready per vCPU over hosts and steps, fraction. */
  maxCpuReadyFraction: number;
  /** Highest CPU demand ÷ capacity over hosts and steps. */
  maxCpuDemandFraction: number;
  /** Per web VM: its sites' latency at the peak step. */
  siteLatency: WebVmLatency[];
  /** All sites, site-weighted, at the peak step. */
  latency: LatencyPercentiles;
  /** VM name → host name. */
  placement: Record<string, string>;
  /** VMs that fit on no host. */
  unplaced: string[];
  /**
   * Hosts whose before-state is not assessed, with why: the source's hosts an export's vHost
   * tab does not list (`unlisted`, a stand-in capacity). They are left out of `hosts`, of the
   * maxima, of the site latency and of `n1Before`; their VMs still migrate. Absent when none.
   */
  notAssessedHosts?: { host: string; vmCount: number; notAssessed: string }[];
  /**
   * Only in a figures-only section (PlatformSectionOptions), whose hosts' ready and stretch are
   * NaN but at the weekly peak: `hosts[host]`'s stretch at `step`, computed when asked, equal
   * to the full section's `hosts[host].cpuStretchFraction[step]`.
   */
  stretchAt?: (host: number, step: number) => number;
}

/** Why an unlisted host's before-state is not assessed. */
export const UNLISTED_HOST_NOT_ASSESSED =
  "host not listed in the export's vHost tab: its capacity is a stand-in, so its contention, ready and N+1 before are not assessed (its VMs still migrate and count on the target)";

/** The platform section of the result: contention and latency before and after cutover. */
export interface PlatformSection {
  /** Step of the series, seconds (one hour). */
  stepSeconds: number;
  /** Steps from Monday 00:00. */
  steps: number;
  /** Step of the weekly peak (highest tenant CPU demand), where latency is computed. */
  peakStep: number;
  /** Traffic shape used (an assumption of the workload model). */
  trafficShape: TrafficShape;
  /** Reference core of the profiles: the source platform's first host. */
  referenceCore: { generation: string; clockHz: number };
  /** Extra capacity counted for a second hardware thread, fraction of a core (assumption). */
  hyperThreadingExtraFraction: number;
  /** The inventory on its own hosts. */
  before: PlatformView;
  /** The tenant's VMs placed on the target hosts, beside other tenants. */
  after: PlatformView;
  /** Latency at the peak step, all sites site-weighted, ms. */
  latency: { before: LatencyPercentiles; after: LatencyPercentiles };
  /** HA check on the target with one host failed, at the weekly peak. */
  n1: N1CheckResult;
  /** The same check on the source platform, for comparison. */
  n1Before: N1CheckResult;
  /** Hard placement rules applied: the scenario's, or derived from the inventory (see platformSection). */
  rules: PlacementRule[];
}

/**
 * Maps a scenario onto the platform models and back into a result section with its targets.
 *
 * - Profiles were measured on the source platform, so the reference core is the source's
 *   first host; other hosts' speed is relative to it (generationSpeed).
 * - "Before": powered-on VMs on their inventory hosts (VMs without a known host are placed
 *   first-fit decreasing). "After": all placed first-fit decreasing on the target hosts, then
 *   balanced (DRS-like), under the target's overcommit policy.
 * - Rules (derived, ASSUMPTION): in each group, web VMs of one profile are kept apart
 *   (anti-affinity), as the two web VMs of a customer are in the reference case, when both
 *   platforms have enough hosts to honour it.
 * - Other tenants on a shared target fill each host's vCPU allowance (maxVcpuPerCore × cores)
 *   and use `otherTenantsLoadFraction` of its capacity at the peak.
 * - N+1: the target's peak CPU demand (tenant + other tenants, in host cores) and the tenant's
 *   granted memory ÷ the allowed overcommit must fit with one host failed (largest reserved).
 *
 * Targets: `latency.p95.after` (ms, limit = targets.latencyP95AfterSeconds) and `capacity.n1`
 * (boolean 0/1, limit 1 when targets.n1 is true, else 0).
 *
 * @param steps hourly steps to compute (default one week, 168)
 * @throws RangeError when a host's CPU generation is unknown to the speed table
 */
export function platformSection(
  scenario: Scenario,
  steps = 168,
  options: PlatformSectionOptions = {},
): { section: PlatformSection; targets: Target[] } {
  const reference = scenario.source.hosts[0];
  const referenceCore = {
    generation: reference?.generation ?? "Skylake",
    clockHz: reference?.clockHz ?? 1,
  };
  const vms = scenario.inventory.vms.filter((vm) => vm.powerState === "poweredOn");
  // each VM's profile once, on first use (as before: an unknown profile throws at the same VM);
  // the week's sums read it per VM and step
  const profiles = new Map<Vm, WorkloadProfile>();
  const profileOf = (vm: Vm) => {
    let profile = profiles.get(vm);
    if (profile === undefined) {
      profile = workloadProfileOf(scenario, vm);
      profiles.set(vm, profile);
    }
    return profile;
  };
  const running = new Set(vms.map((vm) => vm.name));
  const rules =
    scenario.placementRules === undefined
      ? antiAffinityRules(vms, scenario)
      : scenario.placementRules.map((rule) => ({
          ...rule,
          vms: rule.vms.filter((name) => running.has(name)),
        }));
  const levels = Array.from({ length: steps }, (_, i) => trafficLevel(i * HOUR));
  // the weekdays share one day's levels: the sum over VMs once per distinct level
  const demandAt = memoisedByNumber((l) =>
    vms.reduce((s, vm) => s + vm.vcpu * cpuLoadAt(profileOf(vm), l), 0),
  );
  // filled in a loop, not by .map (an inlined .map's array changed V8 map with the tier)
  const tenantDemand = new Array<number>(levels.length);
  for (let i = 0; i < levels.length; i++) tenantDemand[i] = demandAt(levels[i] as number);
  const peakStep = tenantDemand.indexOf(maxOf(tenantDemand));
  // the first VM of each name, as `vms.find` would give it
  const vmByName = new Map<string, Vm>();
  for (const vm of vms) if (!vmByName.has(vm.name)) vmByName.set(vm.name, vm);
  const context = {
    figuresOnly: options.figuresOnly === true,
    scenario,
    vms,
    vmByName,
    profileOf,
    rules,
    levels,
    peakStep,
    referenceCore,
    steps,
  };
  const before = platformView(scenario.source, false, context);
  const after = platformView(scenario.target, true, context);

  const n1 = n1AtPeak(scenario.target, after, vms, peakStep);
  const n1Before = n1AtPeak(
    assessedSource(scenario.source),
    before,
    assessedVms(vms, before),
    peakStep,
  );
  const section: PlatformSection = {
    stepSeconds: HOUR,
    steps,
    peakStep,
    trafficShape: DEFAULT_TRAFFIC_SHAPE,
    referenceCore,
    hyperThreadingExtraFraction: HYPER_THREADING_EXTRA_FRACTION,
    before,
    after,
    latency: { before: before.latency, after: after.latency },
    n1,
    n1Before,
    rules,
  };
  const latencyLimitMs = scenario.targets.latencyP95AfterSeconds / MILLISECOND;
  const n1Limit = scenario.targets.n1 ? 1 : 0;
  const n1Value = n1.pass ? 1 : 0;
  const latencyTarget = {
    id: "latency.p95.after",
    label: "Site response time p95 after cutover (weekly peak hour)",
    limit: latencyLimitMs,
    unit: "ms",
  };
  const n1Target = {
    id: "capacity.n1",
    label: "Target keeps HA N+1 headroom with one host failed",
    limit: n1Limit,
    unit: "boolean",
  };
  const noLatency = siteLatencyNotAssessed(scenario, after);
  const targets: Target[] = [
    noLatency === null
      ? assessedTarget(latencyTarget, after.latency.p95Ms, after.latency.p95Ms <= latencyLimitMs)
      : notAssessedTarget(latencyTarget, noLatency),
    scenario.target.hosts.length === 0
      ? notAssessedTarget(n1Target, "the target platform lists no host: no headroom to check")
      : assessedTarget(n1Target, n1Value, n1Value >= n1Limit),
  ];
  return { section, targets };
}

/**
 * Why the site latency cannot be assessed, or null when it can: it weighs VMs by the sites they
 * host, so with no powered-on VM hosting a site (the inventory's `sites` are 0 or missing, as
 * in a bare RVTools export) or none of them placed on the target, it is computed from nothing.
 */
export function siteLatencyNotAssessed(scenario: Scenario, after: PlatformView): string | null {
  const running = scenario.inventory.vms.filter(
    (vm) => vm.powerState === "poweredOn" && vm.sites > 0,
  );
  if (running.length === 0) {
    return "no powered-on VM hosts a site (the inventory's sites are 0 or missing): no site latency to give";
  }
  if (after.siteLatency.length === 0) {
    return "no VM that hosts a site is placed on the target: no site latency after cutover";
  }
  return null;
}

/**
 * N+1 at the peak step: the platform's CPU demand (all tenants, host cores) and the tenant's
 * granted memory ÷ the allowed overcommit, with one host failed (the largest reserved).
 */
function n1AtPeak(platform: Platform, view: PlatformView, vms: readonly Vm[], peakStep: number) {
  return n1Check(
    // mapped, not .map: arrays passed on keep one V8 map (see mapped)
    mapped(platform.hosts, (h) => ({
      cpuCores: hostCapacity(h).effectiveCores,
      memoryBytes: h.memoryBytes,
    })),
    {
      cpuCores: view.hosts.reduce((s, h) => s + (h.cpuDemandCores[peakStep] ?? 0), 0),
      memoryBytes:
        vms.reduce((s, vm) => s + vm.memoryBytes, 0) / platform.maxMemoryOvercommit.value,
    },
    1,
  );
}

/** The source platform without its unlisted hosts (their capacity is a stand-in). */
export function assessedSource(platform: Platform): Platform {
  return { ...platform, hosts: platform.hosts.filter((h) => h.unlisted !== true) };
}

/** The VMs that the view does not place on a host it leaves unassessed. */
function assessedVms(vms: readonly Vm[], view: PlatformView): Vm[] {
  const unassessed = new Set((view.notAssessedHosts ?? []).map((h) => h.host));
  return vms.filter((vm) => !unassessed.has(view.placement[vm.name] ?? ""));
}

/** Options of {@link platformSection}. */
export interface PlatformSectionOptions {
  /**
   * Only what a Monte Carlo replication reads (runScenarioFigures), number for number as in a
   * full section: the p95 after cutover (`latency.after.p95Ms` and its target), the placements,
   * rules and N+1 checks, and through each view's `stretchAt` the hosts' contention at the hours
   * the latency during the move asks for (latencyDuringPercentiles). The other percentiles
   * (before, p50 and p99 after, each VM's in `siteLatency`, which still lists the VMs with their
   * utilisation), the hosts' demand, ready and stretch but at the weekly peak, and the maxima
   * are NaN: most of the section's cost. Not for a full result.
   */
  figuresOnly?: boolean;
}

interface Context {
  /** See PlatformSectionOptions. */
  figuresOnly: boolean;
  scenario: Scenario;
  vms: Vm[];
  /** The first powered-on VM of each name. */
  vmByName: Map<string, Vm>;
  profileOf: (vm: Vm) => WorkloadProfile;
  rules: PlacementRule[];
  levels: number[];
  peakStep: number;
  referenceCore: { generation: string; clockHz: number };
  steps: number;
}

function platformView(platform: Platform, isTarget: boolean, ctx: Context): PlatformView {
  const policy: OvercommitPolicy = {
    maxVcpuPerCore: platform.maxVcpuPerCore.value,
    maxMemoryOvercommit: platform.maxMemoryOvercommit.value,
  };
  const speedOf = (h: Host) =>
    generationSpeed(
      h.generation,
      h.clockHz,
      ctx.referenceCore.generation,
      ctx.referenceCore.clockHz,
    );
  // mapped, not .map: arrays passed on keep one V8 map (see mapped)
  const capacities = mapped(platform.hosts, (h) => hostCapacity(h));
  const placementHosts = mapped(platform.hosts, (h, i) => ({
    name: h.name,
    cores: (capacities[i] as HostCapacity).cores,
    memoryBytes: h.memoryBytes,
  }));
  const placementVms: PlacementVm[] = mapped(ctx.vms, (vm) => ({
    name: vm.name,
    vcpu: vm.vcpu,
    memoryBytes: vm.memoryBytes,
    cpuDemandCores: vm.vcpu * ctx.profileOf(vm).cpuPeakFraction,
    host: vm.host,
  }));
  const initial = placeVms(placementVms, placementHosts, policy, ctx.rules, {
    keepOwnHost: !isTarget,
  });
  const placement = isTarget
    ? balancePlacement(initial, placementVms, placementHosts, policy, ctx.rules, 4 * ctx.vms.length)
    : initial;
  const othersFraction = isTarget ? (platform.otherTenantsLoadFraction?.value ?? 0) : 0;
  // the tenant's vCPUs per host, each summed in VM order (as filtering the VMs per host did)
  const tenantVcpusOn = new Map<string, number>();
  for (const vm of ctx.vms) {
    const host = placement.hostOf[vm.name];
    if (typeof host === "string") tenantVcpusOn.set(host, (tenantVcpusOn.get(host) ?? 0) + vm.vcpu);
  }
  const seriesHosts: SeriesHost[] = mapped(platform.hosts, (h, i) => {
    const capacity = capacities[i] as HostCapacity;
    const tenantVcpus = tenantVcpusOn.get(h.name) ?? 0;
    return {
      name: h.name,
      effectiveCores: capacity.effectiveCores,
      speedFactor: speedOf(h),
      memoryBytes: h.memoryBytes,
      otherVcpus:
        othersFraction > 0
          ? Math.max(0, Math.floor(policy.maxVcpuPerCore * capacity.cores) - tenantVcpus)
          : 0,
      otherPeakFraction: othersFraction,
    };
  });
  const seriesVms: SeriesVm[] = ctx.vms.flatMap((vm) => {
    const host = placement.hostOf[vm.name];
    if (host === undefined) return [];
    return [seriesVmOf(vm, host, ctx.profileOf(vm))];
  });
  // figures only: the weekly peak now, the hours of the move when the latency asks for them
  const contention = ctx.figuresOnly
    ? hostContentionAt(seriesHosts, seriesVms, HOUR, DEFAULT_TRAFFIC_SHAPE)
    : undefined;
  const series = contentionSeries(
    seriesHosts,
    seriesVms,
    ctx.steps,
    HOUR,
    DEFAULT_TRAFFIC_SHAPE,
    contention === undefined ? {} : { contention, onlySteps: [ctx.peakStep] },
  );
  const hostInfo = new Map(seriesHosts.map((h) => [h.name, h]));
  // Before: an unlisted host's figures rest on a stand-in capacity, so they are left out.
  const unlisted = new Set(
    isTarget ? [] : platform.hosts.filter((h) => h.unlisted === true).map((h) => h.name),
  );
  const seriesOf = new Map(series.map((s) => [s.host, s]));
  const level = ctx.levels[ctx.peakStep] ?? 1;
  // the assessed VMs that host sites, in order, pushed in one pass (one array, one V8 map)
  const webVms: WebVmAtStep[] = [];
  for (const svm of seriesVms) {
    if (unlisted.has(svm.host)) continue;
    const vm = ctx.vmByName.get(svm.name);
    if (vm === undefined || !(vm.sites > 0)) continue;
    webVms.push({
      name: svm.name,
      sites: vm.sites,
      vcpu: svm.vcpu,
      profile: svm.profile,
      level,
      speedFactor: hostInfo.get(svm.host)?.speedFactor ?? 1,
      stretchFraction: seriesOf.get(svm.host)?.cpuStretchFraction[ctx.peakStep] ?? 0,
      networkRttSeconds: platform.networkRttSeconds,
    });
  }
  const latency = webLatency(webVms, {
    percentiles: !ctx.figuresOnly ? "all" : isTarget ? "overallP95" : "none",
  });
  const assessedIndex: number[] = [];
  series.forEach((s, i) => {
    if (!unlisted.has(s.host)) assessedIndex.push(i);
  });
  const assessedSeries = mapped(assessedIndex, (i) => series[i] as HostSeries);
  // the first host of each name, as `platform.hosts.find` would give it
  const hostIndex = new Map<string, number>();
  platform.hosts.forEach((h, i) => {
    if (!hostIndex.has(h.name)) hostIndex.set(h.name, i);
  });
  const hosts = mapped(assessedSeries, (s) => {
    const i = hostIndex.get(s.host);
    const h = i === undefined ? undefined : platform.hosts[i];
    return {
      ...s,
      speedFactor: hostInfo.get(s.host)?.speedFactor ?? 1,
      cores: h ? (capacities[i as number] as HostCapacity).cores : 0,
      memoryBytes: h?.memoryBytes ?? 0,
    };
  });
  return {
    name: platform.name,
    hosts,
    // figures only: the hours were not computed (see PlatformSectionOptions)
    maxCpuReadyFraction: ctx.figuresOnly
      ? Number.NaN
      : Math.max(
          0,
          maxOf(
            concatenated(
              assessedSeries,
              (s, i) => s.cpuReadyFraction[i] as number,
              (s) => s.cpuReadyFraction.length,
            ),
          ),
        ),
    maxCpuDemandFraction: ctx.figuresOnly
      ? Number.NaN
      : Math.max(
          0,
          maxOf(
            concatenated(
              assessedSeries,
              (s, i) => (s.cpuDemandCores[i] as number) / s.capacityCores,
              (s) => s.cpuDemandCores.length,
            ),
          ),
        ),
    siteLatency: latency.perVm,
    latency: latency.overall,
    placement: placement.hostOf,
    unplaced: placement.unplaced,
    ...(contention === undefined
      ? {}
      : {
          stretchAt: (host: number, step: number) =>
            contention.at(assessedIndex[host] as number, step).stretchFraction,
        }),
    ...(unlisted.size === 0
      ? {}
      : {
          notAssessedHosts: [...unlisted].map((host) => ({
            host,
            vmCount: seriesVms.filter((v) => v.host === host).length,
            notAssessed: UNLISTED_HOST_NOT_ASSESSED,
          })),
        }),
  };
}

/**
 * Each host's values one after the other, as `flatMap` would list them, in one preallocated
 * array (flatMap's generic flattening cost more than the rest of the view's assembly).
 */
function concatenated(
  series: readonly HostSeries[],
  valueAt: (s: HostSeries, step: number) => number,
  lengthOf: (s: HostSeries) => number,
): number[] {
  let length = 0;
  for (const s of series) length += lengthOf(s);
  const values = new Array<number>(length);
  let at = 0;
  for (const s of series) {
    const n = lengthOf(s);
    for (let i = 0; i < n; i++) values[at++] = valueAt(s, i);
  }
  return values;
}

/**
 * In each group, the web VMs of one profile are kept apart (one anti-affinity rule), when there
 * are no more of them than either platform has hosts (a larger farm, like shared hosting's,
 * gets no rule: it could not be honoured).
 */
export function antiAffinityRules(vms: readonly Vm[], scenario: Scenario): PlacementRule[] {
  const hostLimit = Math.min(scenario.source.hosts.length, scenario.target.hosts.length);
  const profileOf = (vm: Vm) => vm.profile ?? scenario.defaultProfile;
  const web = vms.filter(
    (vm) => vm.group !== null && scenario.profiles[profileOf(vm)]?.role === "web",
  );
  // mapped, not .map: arrays passed on keep one V8 map (see mapped)
  return mapped(
    [...groupBy(web, (vm) => `${vm.group}/${profileOf(vm)}`).entries()].filter(
      ([, farm]) => farm.length > 1 && farm.length <= hostLimit,
    ),
    ([key, farm]) => ({
      name: `${key} web apart`,
      kind: "antiAffinity" as const,
      vms: mapped(farm, (vm) => vm.name),
    }),
  );
}

/**
 * A VM as the contention model takes it: on `host`, with its active memory (reported, else the
 * profile's active fraction of its memory).
 */
export function seriesVmOf(vm: Vm, host: string, profile: WorkloadProfile): SeriesVm {
  return {
    name: vm.name,
    host,
    vcpu: vm.vcpu,
    memoryBytes: vm.memoryBytes,
    activeMemoryBytes: vm.activeMemoryBytes ?? vm.memoryBytes * profile.activeMemoryFraction,
    profile,
  };
}
