import { groupBy } from "../groupBy.ts";
import { periodicRangeMax } from "../series/periodicRangeMax.ts";
import { MAX_SERIES_POINTS, seriesStride } from "../series/seriesStride.ts";
import { HOUR, WEEK } from "../units.ts";
import {
  DEFAULT_TRAFFIC_SHAPE,
  type TrafficShape,
  trafficLevel,
} from "../workload/TrafficShape.ts";
import {
  hostStepContention,
  othersScaleAt,
  type SeriesHost,
  type SeriesVm,
} from "./contentionSeries.ts";
import type { HostCpuContention } from "./hostCpuContention.ts";

/** A VM that moves: on its source host until its switchover, on its target host after it. */
export interface MovingVm extends Omit<SeriesVm, "host"> {
  sourceHost: string;
  targetHost: string;
  /** Switchover time, seconds from the start of the migration. */
  switchoverSeconds: number;
}

/**
 * A host's CPU, point by point, during the migration. A point covers one step of the series
 * ({@link ContentionDuring.stepSeconds}); when that step is longer than the model's step (an
 * hour), each value is the highest of the hourly values within it, so that no peak is lost.
 */
export interface HostDuring {
  host: string;
  site: "source" | "target";
  capacityCores: number;
  /** Per point: vCPUs on the host (all tenants); the most within the point. */
  vcpus: number[];
  /** Per point: CPU demand, this host's cores; the highest hourly demand within the point. */
  cpuDemandCores: number[];
  /** Per point: mean CPU ready per vCPU, fraction of the hour; the highest hour within it. */
  cpuReadyFraction: number[];
}

/** CPU contention of both platforms' hosts during the migration, as bounded series. */
export interface ContentionDuring {
  /**
   * Step of the series, seconds: the model's step (an hour) while the window has at most
   * `maxPoints` of them, else a whole number of them (see {@link seriesStride}).
   */
  stepSeconds: number;
  /** The source's hosts, then the target's. */
  hosts: HostDuring[];
}

/**
 * CPU contention on both platforms while VMs move between them: at each step a VM counts on
 * its source host until its switchover and on its target host from then on (a step counts the
 * VM where it is at the step's middle). Demand follows the traffic shape from the hour of the
 * week the migration starts; other tenants of the target keep their own share, scaled by the
 * traffic level like the tenant's (as in contentionSeries); CPU ready from hostCpuContention
 * (the finite-source queue). The memory a moving VM holds on both sides during its copy is not
 * counted twice.
 *
 * Cost bounded whatever the window: between two switchovers on a host its VMs are the same and
 * the traffic level repeats every week, so each host computes at most a week of steps per set of
 * VMs it holds; the series keep at most `maxPoints` points, each the highest hourly value of
 * the hours it covers (peaks of the series are the peaks of the hourly values, exactly).
 *
 * @param startSeconds time of the week at which the migration starts (for the traffic shape)
 * @param windowSeconds length of the migration
 * @param stepSeconds the model's step, seconds (an hour)
 * @param maxPoints most points of each series (default {@link MAX_SERIES_POINTS})
 * @example contentionDuring(sourceHosts, targetHosts, vms, 4 * HOUR, 18 * HOUR).hosts
 */
export function contentionDuring(
  sourceHosts: readonly SeriesHost[],
  targetHosts: readonly SeriesHost[],
  vms: readonly MovingVm[],
  startSeconds: number,
  windowSeconds: number,
  stepSeconds = HOUR,
  shape: TrafficShape = DEFAULT_TRAFFIC_SHAPE,
  maxPoints = MAX_SERIES_POINTS,
): ContentionDuring {
  const steps = Math.max(1, Math.ceil(windowSeconds / stepSeconds));
  // the traffic level repeats every week (trafficLevel is periodic in WEEK)
  const period = Number.isInteger(WEEK / stepSeconds)
    ? WEEK / stepSeconds
    : Number.POSITIVE_INFINITY;
  const levels = Array.from({ length: Math.min(steps, period) }, (_, k) =>
    trafficLevel(startSeconds + k * stepSeconds, shape),
  );
  // the tenant's aggregate curve, once per step of a week (not per host)
  const othersScale = othersScaleAt(vms, levels);
  const stride = seriesStride(steps, maxPoints);
  const points = Math.ceil(steps / stride);
  const bySource = groupBy(vms, (vm) => vm.sourceHost);
  const byTarget = groupBy(vms, (vm) => vm.targetHost);
  const hosts = [
    ...sourceHosts.map((host) => ({ host, site: "source" as const })),
    ...targetHosts.map((host) => ({ host, site: "target" as const })),
  ];
  const context = { steps, stepSeconds, period, levels, othersScale, stride, points };
  return {
    stepSeconds: stride * stepSeconds,
    hosts: hosts.map(({ host, site }) =>
      hostDuring(
        host,
        site,
        (site === "source" ? bySource : byTarget).get(host.name) ?? [],
        context,
      ),
    ),
  };
}

interface DuringContext {
  steps: number;
  stepSeconds: number;
  period: number;
  levels: readonly number[];
  othersScale: readonly number[];
  stride: number;
  points: number;
}

/** One host's series: per run of steps with the same VMs, the week's values, kept as maxima per point. */
function hostDuring(
  host: SeriesHost,
  site: "source" | "target",
  candidates: readonly MovingVm[],
  ctx: DuringContext,
): HostDuring {
  const isHere = (vm: MovingVm, k: number) => {
    const middle = (k + 0.5) * ctx.stepSeconds;
    return site === "source" ? middle < vm.switchoverSeconds : middle >= vm.switchoverSeconds;
  };
  const runStarts = [
    ...new Set([0, ...candidates.map((vm) => firstStepAtTarget(vm, ctx.steps, ctx.stepSeconds))]),
  ]
    .filter((k) => k < ctx.steps)
    .sort((a, b) => a - b);
  const out: HostDuring = {
    host: host.name,
    site,
    capacityCores: host.effectiveCores,
    vcpus: new Array<number>(ctx.points).fill(Number.NEGATIVE_INFINITY),
    cpuDemandCores: new Array<number>(ctx.points).fill(Number.NEGATIVE_INFINITY),
    cpuReadyFraction: new Array<number>(ctx.points).fill(Number.NEGATIVE_INFINITY),
  };
  runStarts.forEach((from, i) => {
    const to = runStarts[i + 1] ?? ctx.steps;
    const here = candidates.filter((vm) => isHere(vm, from));
    const vcpus = here.reduce((s, vm) => s + vm.vcpu, 0) + host.otherVcpus;
    const week = new Map<number, HostCpuContention>();
    const at = (k: number) => {
      const phase = k % ctx.period;
      let c = week.get(phase);
      if (c === undefined) {
        const level = ctx.levels[phase] ?? 0;
        c = hostStepContention(host, here, vcpus, level, ctx.othersScale[phase] ?? 0);
        week.set(phase, c);
      }
      return c;
    };
    for (let p = Math.floor(from / ctx.stride); p * ctx.stride < to; p++) {
      const a = Math.max(from, p * ctx.stride);
      const b = Math.min(to, (p + 1) * ctx.stride);
      const demand = periodicRangeMax((k) => at(k).demandCores, a, b, ctx.period).max;
      const ready = periodicRangeMax((k) => at(k).readyFraction, a, b, ctx.period).max;
      out.vcpus[p] = Math.max(out.vcpus[p]!, vcpus);
      out.cpuDemandCores[p] = Math.max(out.cpuDemandCores[p]!, demand);
      out.cpuReadyFraction[p] = Math.max(out.cpuReadyFraction[p]!, ready);
    }
  });
  return out;
}

/** The first step whose middle is at or after the VM's switchover (in 0…steps). */
function firstStepAtTarget(vm: MovingVm, steps: number, stepSeconds: number): number {
  const estimate = Math.ceil(vm.switchoverSeconds / stepSeconds - 0.5);
  let k = Math.min(steps, Math.max(0, Number.isFinite(estimate) ? estimate : steps));
  while (k > 0 && (k - 0.5) * stepSeconds >= vm.switchoverSeconds) k--;
  while (k < steps && (k + 0.5) * stepSeconds < vm.switchoverSeconds) k++;
  return k;
}
