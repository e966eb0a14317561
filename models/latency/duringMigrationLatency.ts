import { maxOf, minOf } from "../../sim/stats/extremes.ts";
import { groupBy } from "../groupBy.ts";
import { MILLISECOND } from "../units.ts";
import {
  type DuringSegment,
  duringMigrationSegments,
  type MovingVm,
  type SplitTrafficOptions,
} from "./duringMigrationSegments.ts";
import type { MmcQueue } from "./mmcResponseSurvival.ts";
import { responseTimePercentile, type WeightedQueue } from "./responseTimePercentile.ts";
import type { LatencyPercentiles } from "./webLatency.ts";

/** A web VM that moves during the migration, with its request queue on each platform. */
export interface DuringWebVm extends MovingVm {
  /** Websites it hosts (> 0): its weight in the site-weighted percentiles. */
  sites: number;
  /** Per step of the window: the M/M/c queue at its vCPUs on the source platform. */
  sourceQueues: readonly MmcQueue[];
  /** Per step of the window: the same on the target platform. */
  targetQueues: readonly MmcQueue[];
  /** Client round trip on the source platform, seconds. */
  sourceNetworkRttSeconds: number;
  /** Client round trip on the target platform, seconds. */
  targetNetworkRttSeconds: number;
}

/** What {@link duringMigrationLatency} needs. */
export interface DuringMigrationInput extends SplitTrafficOptions {
  /** Web VMs (serving sites). */
  webVms: readonly DuringWebVm[];
  /** Back-end VMs (database, cache): a web VM calls those of its own group. */
  backendVms: readonly MovingVm[];
}

/** The extra delay a group's sites paid while its tiers were split across the sites. */
export interface GroupSplitLatency {
  /** The group. */
  group: string;
  /** First time one of its web VMs paid an inter-site extra, seconds. */
  fromSeconds: number;
  /** Last such time, seconds. */
  toSeconds: number;
  /** Time during which at least one of its web VMs paid it, seconds. */
  splitSeconds: number;
  /** Largest extra per request, ms. */
  maxExtraMs: number;
  /** Site- and time-weighted mean extra per request while split, ms. */
  meanExtraMs: number;
}

/** Latency the sites see during the migration. */
export interface DuringMigrationLatency {
  /** All sites (site- and time-weighted) over the whole window, ms. */
  overall: LatencyPercentiles;
  /** p95 per step (hour) of the window, ms. */
  p95MsByStep: number[];
  /** The step with the highest p95 (first of ties; −1 for an empty window), and that p95, ms. */
  worstStep: { step: number; p95Ms: number };
  /** The same hours had every VM stayed at the source (no split, no stun), ms. */
  sourceOnly: LatencyPercentiles;
  /** The same hours had every VM already run at the target, ms. */
  targetOnly: LatencyPercentiles;
  /** Per group whose web VMs paid an inter-site extra, in order of first appearance. */
  groups: GroupSplitLatency[];
}

/**
 * Response-time percentiles of the hosted sites over the migration window. Each web VM's
 * requests are, per segment of time ({@link duringMigrationSegments}), an M/M/c queue at its
 * vCPUs on the platform it runs on at that time (source before its switchover, target after)
 * plus a fixed delay: the platform's client RTT, the inter-site RTT paid by calls to back-ends
 * on the other site and by tromboned client traffic, and the mean wait of a request arriving
 * during a stun. The percentiles are those of the mixture of these components, each weighted
 * by sites × duration ({@link responseTimePercentile}): a stun of d seconds weighs d ÷ 3600 of
 * an hour's requests, small but counted.
 *
 * With a zero inter-site RTT and no stun this is the base latency of the platform each VM is
 * on at each time.
 *
 * @returns percentiles in ms (Infinity when a queue is unstable); zeros for an empty window
 * @throws RangeError when a web VM has fewer queues than the window has steps
 * @example
 * duringMigrationLatency({ webVms: [web], backendVms: [db], windowSeconds: 3600, stepSeconds: 3600,
 *   interSiteRttSeconds: 0.004, callsPerRequest: 15, trombone: true }).overall.p95Ms
 */
export function duringMigrationLatency(input: DuringMigrationInput): DuringMigrationLatency {
  const steps = input.windowSeconds > 0 ? Math.ceil(input.windowSeconds / input.stepSeconds) : 0;
  for (const vm of input.webVms) {
    if (vm.sourceQueues.length < steps || vm.targetQueues.length < steps) {
      throw new RangeError(`web VM "${vm.name}": needs a queue per step (${steps} steps)`);
    }
  }
  const movedAt = groupMovedSeconds(input);
  const perVm = input.webVms.map((vm) => ({
    vm,
    segments: duringMigrationSegments(
      vm,
      vm.group === null ? [] : input.backendVms.filter((b) => b.group === vm.group),
      vm.group === null ? vm.switchoverSeconds : (movedAt.get(vm.group) ?? vm.switchoverSeconds),
      input,
    ),
  }));
  const components = perVm.flatMap(({ vm, segments }) =>
    segments.map((s) => ({ step: s.step, component: component(vm, s) })),
  );
  // each step's components, in the same order as a filter per step would give (one pass)
  const atStep = Array.from({ length: steps }, (): WeightedQueue[] => []);
  for (const c of components) atStep[c.step]?.push(c.component);
  const byStep = atStep.map((list) => percentiles(list));
  const p95MsByStep = byStep.map((p) => p.p95Ms);
  const worstP95 = maxOf(p95MsByStep);
  const stay = (atTarget: boolean) =>
    percentiles(
      input.webVms.flatMap((vm) =>
        Array.from({ length: steps }, (_, step) => ({
          weight:
            vm.sites *
            (Math.min(input.windowSeconds, (step + 1) * input.stepSeconds) -
              step * input.stepSeconds),
          queue: (atTarget ? vm.targetQueues[step] : vm.sourceQueues[step]) as MmcQueue,
          fixedSeconds: atTarget ? vm.targetNetworkRttSeconds : vm.sourceNetworkRttSeconds,
        })),
      ),
    );
  return {
    overall: percentiles(components.map((c) => c.component)),
    p95MsByStep,
    worstStep: {
      step: steps > 0 ? p95MsByStep.indexOf(worstP95) : -1,
      p95Ms: steps > 0 ? worstP95 : 0,
    },
    sourceOnly: stay(false),
    targetOnly: stay(true),
    groups: groupSplits(perVm),
  };
}

function groupMovedSeconds(input: DuringMigrationInput): Map<string, number> {
  const moved = new Map<string, number>();
  for (const vm of [...input.webVms, ...input.backendVms]) {
    if (vm.group === null) continue;
    moved.set(
      vm.group,
      Math.max(moved.get(vm.group) ?? Number.NEGATIVE_INFINITY, vm.switchoverSeconds),
    );
  }
  return moved;
}

function component(vm: DuringWebVm, s: DuringSegment): WeightedQueue {
  return {
    weight: vm.sites * (s.endSeconds - s.startSeconds),
    queue: (s.atTarget ? vm.targetQueues[s.step] : vm.sourceQueues[s.step]) as MmcQueue,
    fixedSeconds:
      (s.atTarget ? vm.targetNetworkRttSeconds : vm.sourceNetworkRttSeconds) +
      s.splitExtraSeconds +
      s.stunWaitSeconds,
  };
}

function percentiles(components: readonly WeightedQueue[]): LatencyPercentiles {
  const weighted = components.filter((c) => c.weight > 0);
  if (weighted.length === 0) return { p50Ms: 0, p95Ms: 0, p99Ms: 0 };
  return {
    p50Ms: responseTimePercentile(weighted, 0.5) / MILLISECOND,
    p95Ms: responseTimePercentile(weighted, 0.95) / MILLISECOND,
    p99Ms: responseTimePercentile(weighted, 0.99) / MILLISECOND,
  };
}

function groupSplits(
  perVm: readonly { vm: DuringWebVm; segments: DuringSegment[] }[],
): GroupSplitLatency[] {
  const split = perVm.flatMap(({ vm, segments }) =>
    vm.group === null
      ? []
      : segments
          .filter((s) => s.splitExtraSeconds > 0)
          .map((segment) => ({ group: vm.group as string, vm, segment })),
  );
  return [...groupBy(split, (x) => x.group).entries()].map(([group, list]) => {
    const spans = list.map(({ segment }) => segment);
    const weight = (x: { vm: DuringWebVm; segment: DuringSegment }) =>
      x.vm.sites * (x.segment.endSeconds - x.segment.startSeconds);
    const totalWeight = list.reduce((s, x) => s + weight(x), 0);
    return {
      group,
      fromSeconds: minOf(spans.map((s) => s.startSeconds)),
      toSeconds: maxOf(spans.map((s) => s.endSeconds)),
      splitSeconds: unionSeconds(spans),
      maxExtraMs: maxOf(spans.map((s) => s.splitExtraSeconds)) / MILLISECOND,
      meanExtraMs:
        list.reduce((s, x) => s + weight(x) * x.segment.splitExtraSeconds, 0) /
        totalWeight /
        MILLISECOND,
    };
  });
}

function unionSeconds(spans: readonly { startSeconds: number; endSeconds: number }[]): number {
  const sorted = [...spans].sort((a, b) => a.startSeconds - b.startSeconds);
  let total = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const s of sorted) {
    total += Math.max(0, s.endSeconds - Math.max(s.startSeconds, end));
    end = Math.max(end, s.endSeconds);
  }
  return total;
}
