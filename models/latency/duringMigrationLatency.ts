import { maxOf, minOf } from "../../sim/stats/extremes.ts";
import { groupBy } from "../groupBy.ts";
import { mapped } from "../mapped.ts";
import { periodicRangeMax } from "../series/periodicRangeMax.ts";
import { seriesStride } from "../series/seriesStride.ts";
import { MILLISECOND } from "../units.ts";
import {
  type DuringSpan,
  duringMigrationSegments,
  duringMigrationSpans,
  type MovingVm,
  type SplitTrafficOptions,
} from "./duringMigrationSegments.ts";
import { type MergedMixture, mergedMixture } from "./mergedMixture.ts";
import type { MmcQueue } from "./mmcResponseSurvival.ts";
import {
  responseTimePercentile,
  responseTimePercentiles,
  type WeightedQueue,
} from "./responseTimePercentile.ts";
import type { LatencyPercentiles } from "./webLatency.ts";

/** A web VM that moves during the migration, with its request queue on each platform. */
export interface DuringWebVm extends MovingVm {
  /** Websites it hosts (> 0): its weight in the site-weighted percentiles. */
  sites: number;
  /**
   * Per step of the window (or of a period, see {@link DuringMigrationInput.periodSteps}): the
   * M/M/c queue at its vCPUs on the source platform.
   */
  sourceQueues: readonly MmcQueue[];
  /** Per step of the window (or of a period): the same on the target platform. */
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
  /**
   * The queues repeat every `periodSteps` steps (a week of hours: traffic and contention follow
   * the week), so a VM's queue at step k is its queue k mod periodSteps; default: no repeat,
   * the queues cover every step of the window.
   */
  periodSteps?: number;
  /** Most points of the p95 series (default MAX_SERIES_POINTS, see seriesStride). */
  maxPoints?: number;
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
  /**
   * p95 per point of the series, ms: per step (hour) of the window while it has at most
   * `maxPoints` steps, else per `stepsPerPoint` steps, each point then the highest p95 of the
   * steps it covers (a peak is never averaged away).
   */
  p95MsByStep: number[];
  /** Steps per point of `p95MsByStep`: 1 (hourly), or more for a long window. */
  stepsPerPoint: number;
  /**
   * The step (hour) with the highest p95 (first of ties; −1 for an empty window), and that p95,
   * ms: over the hourly p95s, whatever the step of the series.
   */
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
 * Cost bounded whatever the window, with queues that repeat (`periodSteps`): between two
 * switchovers or stuns nothing changes but the hour of the week, so each hour's p95 is
 * computed once per week and per such stretch; a window longer than `maxPoints` steps sums the
 * components of the same queue and delay over its weeks (the same mixture, summed in another
 * order: equal to rounding) and draws the p95 series at a coarser step whose points are the
 * highest hourly p95 within them (exact peaks). Up to `maxPoints` steps every figure is the
 * step-by-step computation.
 *
 * @returns percentiles in ms (Infinity when a queue is unstable); zeros for an empty window
 * @throws RangeError when a web VM has fewer queues than the window (or period) has steps
 * @example
 * duringMigrationLatency({ webVms: [web], backendVms: [db], windowSeconds: 3600, stepSeconds: 3600,
 *   interSiteRttSeconds: 0.004, callsPerRequest: 15, trombone: true }).overall.p95Ms
 */
export function duringMigrationLatency(input: DuringMigrationInput): DuringMigrationLatency {
  const steps = input.windowSeconds > 0 ? Math.ceil(input.windowSeconds / input.stepSeconds) : 0;
  const period = input.periodSteps ?? Number.POSITIVE_INFINITY;
  checkQueues(input, steps, period);
  const stride = seriesStride(steps, input.maxPoints);
  const { perVm, ctx, overall } = overallMixture(input, steps, period);
  const stay = (atTarget: boolean) => {
    const mixture = mergedMixture();
    for (const vm of input.webVms) {
      const span = { startSeconds: 0, endSeconds: input.windowSeconds, atTarget };
      const fixed = atTarget ? vm.targetNetworkRttSeconds : vm.sourceNetworkRttSeconds;
      spanComponents(vm, span, fixed, ctx, mixture);
    }
    return percentiles(mixture.components);
  };
  // the split groups from the hour-by-hour segments up to maxPoints steps, and only of the
  // VMs that paid an extra: the others add nothing
  const splitPieces = perVm
    .filter(({ vm, spans }) => vm.group !== null && spans.some((s) => s.splitExtraSeconds > 0))
    .map(({ vm, backends, groupMoved, spans }) => ({
      vm,
      segments: stride === 1 ? duringMigrationSegments(vm, backends, groupMoved, input) : spans,
    }));
  const series = p95Series(perVm, ctx, stride);
  return {
    overall: percentiles(overall.components),
    p95MsByStep: series.points,
    stepsPerPoint: stride,
    worstStep: {
      step: steps > 0 ? series.worst.step : -1,
      p95Ms: steps > 0 ? series.worst.max : 0,
    },
    sourceOnly: stay(false),
    targetOnly: stay(true),
    groups: groupSplits(splitPieces),
  };
}

/**
 * The `overall` percentiles of {@link duringMigrationLatency} alone, number for number (the same
 * mixture, the same search): for a caller that reads nothing else of it (a Monte Carlo
 * replication keeps the p95), without the p95 series, the stay-put comparisons and the split
 * groups, which cost most of the rest.
 *
 * @param quantiles the quantiles wanted, each 0 < q < 1 (0.95 for the p95)
 * @returns ms, one per quantile (Infinity when a queue is unstable); zeros for an empty window
 * @throws RangeError when a web VM has fewer queues than the window (or period) has steps
 * @example duringMigrationOverallMs(input, [0.95]) // [duringMigrationLatency(input).overall.p95Ms]
 */
export function duringMigrationOverallMs(
  input: DuringMigrationInput,
  quantiles: readonly number[],
): number[] {
  const steps = input.windowSeconds > 0 ? Math.ceil(input.windowSeconds / input.stepSeconds) : 0;
  const period = input.periodSteps ?? Number.POSITIVE_INFINITY;
  checkQueues(input, steps, period);
  return quantilesMs(overallMixture(input, steps, period).overall.components, quantiles);
}

function checkQueues(input: DuringMigrationInput, steps: number, period: number): void {
  const needed = Math.min(steps, period);
  for (const vm of input.webVms) {
    if (vm.sourceQueues.length < needed || vm.targetQueues.length < needed) {
      throw new RangeError(`web VM "${vm.name}": needs a queue per step (${needed} steps)`);
    }
  }
}

/** Each web VM's spans, and the mixture of all sites over the window (`overall`). */
function overallMixture(
  input: DuringMigrationInput,
  steps: number,
  period: number,
): {
  perVm: (VmSpans & { backends: MovingVm[]; groupMoved: number })[];
  ctx: StepContext;
  overall: MergedMixture;
} {
  const movedAt = groupMovedSeconds(input);
  // mapped, not .map: arrays passed on keep one V8 map (see mapped)
  const perVm = mapped(input.webVms, (vm) => {
    // pushed in a loop (filter's array, and [], have another V8 map when empty than when not)
    const backends: MovingVm[] = [];
    if (vm.group !== null)
      for (const b of input.backendVms) if (b.group === vm.group) backends.push(b);
    const groupMoved =
      vm.group === null ? vm.switchoverSeconds : (movedAt.get(vm.group) ?? vm.switchoverSeconds);
    return {
      vm,
      backends,
      groupMoved,
      spans: duringMigrationSpans(vm, backends, groupMoved, input),
    };
  });
  const ctx: StepContext = { ...input, steps, period };
  const overall = mergedMixture();
  for (const { vm, spans } of perVm) {
    for (const span of spans) spanComponents(vm, span, fixedOf(vm, span), ctx, overall);
  }
  return { perVm, ctx, overall };
}

interface StepContext extends DuringMigrationInput {
  steps: number;
  period: number;
}

interface VmSpans {
  vm: DuringWebVm;
  spans: DuringSpan[];
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

function queueAt(vm: DuringWebVm, atTarget: boolean, step: number, period: number): MmcQueue {
  return (atTarget ? vm.targetQueues : vm.sourceQueues)[step % period] as MmcQueue;
}

function fixedOf(vm: DuringWebVm, s: DuringSpan): number {
  return (
    (s.atTarget ? vm.targetNetworkRttSeconds : vm.sourceNetworkRttSeconds) +
    s.splitExtraSeconds +
    s.stunWaitSeconds
  );
}

/**
 * Adds the components of one VM over a stretch of time on one platform with one fixed delay to
 * a mixture: one per step it touches, or, for a stretch longer than the period, its partial
 * first and last steps plus one per step of the period, weighted by the whole steps of that
 * phase (the same mixture: merged components are summed anyway).
 */
function spanComponents(
  vm: DuringWebVm,
  span: Pick<DuringSpan, "startSeconds" | "endSeconds" | "atTarget">,
  fixedSeconds: number,
  ctx: StepContext,
  mixture: MergedMixture,
): void {
  const s = ctx.stepSeconds;
  const first = Math.floor(span.startSeconds / s);
  const last = Math.min(Math.ceil(span.endSeconds / s), ctx.steps) - 1;
  const piece = (k: number) =>
    mixture.add(
      vm.sites * (Math.min(span.endSeconds, (k + 1) * s) - Math.max(span.startSeconds, k * s)),
      queueAt(vm, span.atTarget, k, ctx.period),
      fixedSeconds,
    );
  if (last - first - 1 <= ctx.period) {
    for (let k = first; k <= last; k++) piece(k);
    return;
  }
  const whole = last - first - 1; // steps first+1 … last−1, more than a period of them
  piece(first);
  for (let j = 0; j < ctx.period; j++) {
    mixture.add(
      vm.sites * s * (Math.floor((whole - 1 - j) / ctx.period) + 1),
      queueAt(vm, span.atTarget, first + 1 + j, ctx.period),
      fixedSeconds,
    );
  }
  piece(last);
}

/**
 * The p95 of each step, kept as the highest per point of `stride` steps, and the worst step.
 * A step is quiet when no VM's delays change inside it: its p95 depends only on the stretch
 * between changes it lies in and on its phase in the period, and is computed once per pair.
 */
function p95Series(
  perVm: readonly VmSpans[],
  ctx: StepContext,
  stride: number,
): { points: number[]; worst: { max: number; step: number } } {
  const s = ctx.stepSeconds;
  const cuts = [
    ...new Set([
      ...perVm.flatMap(({ spans }) => spans.map((x) => x.startSeconds)),
      ctx.windowSeconds,
    ]),
  ].sort((a, b) => a - b);
  // quiet runs [from, to) of steps, each inside one stretch between cuts, in order
  const runs: { from: number; to: number; stretch: number }[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = Math.ceil((cuts[i] as number) / s);
    const to = Math.min(Math.floor((cuts[i + 1] as number) / s), ctx.steps);
    if (to > from) runs.push({ from, to, stretch: i });
  }
  const quietMemo = new Map<string, number>();
  const quietAt = (k: number, stretch: number, at: number) => {
    const key = `${stretch}:${k % ctx.period}`;
    let v = quietMemo.get(key);
    if (v === undefined) {
      const mixture = mergedMixture();
      for (const { vm, spans } of perVm) {
        const span = spanAt(spans, at);
        mixture.add(
          vm.sites * ((k + 1) * s - k * s),
          queueAt(vm, span.atTarget, k, ctx.period),
          fixedOf(vm, span),
        );
      }
      v = p95Of(mixture.components);
      quietMemo.set(key, v);
    }
    return v;
  };
  const busyAt = (k: number) => {
    const mixture = mergedMixture();
    const from = k * s;
    const to = (k + 1) * s;
    for (const { vm, spans } of perVm) {
      // the spans that overlap the step, from the one holding its start (spans are in order)
      for (let i = spanIndexAt(spans, from); i < spans.length; i++) {
        const x = spans[i] as DuringSpan;
        if (!(x.startSeconds < to)) break;
        if (!(x.endSeconds > from)) continue;
        const weight = vm.sites * (Math.min(x.endSeconds, to) - Math.max(x.startSeconds, from));
        mixture.add(weight, queueAt(vm, x.atTarget, k, ctx.period), fixedOf(vm, x));
      }
    }
    return p95Of(mixture.components);
  };
  // every step in order: quiet runs, and the steps between them one by one
  const pieces: { from: number; to: number; valueAt: (k: number) => number; period: number }[] = [];
  let next = 0;
  for (const run of [...runs, { from: ctx.steps, to: ctx.steps, stretch: -1 }]) {
    for (let k = next; k < run.from; k++)
      pieces.push({ from: k, to: k + 1, valueAt: busyAt, period: 1 });
    if (run.to > run.from) {
      const at = (cuts[run.stretch] as number) / 2 + (cuts[run.stretch + 1] as number) / 2;
      pieces.push({ ...run, valueAt: (k) => quietAt(k, run.stretch, at), period: ctx.period });
    }
    next = Math.max(next, run.to);
  }
  const points = new Array<number>(Math.ceil(ctx.steps / stride)).fill(Number.NEGATIVE_INFINITY);
  let worst = { max: Number.NEGATIVE_INFINITY, step: -1 };
  for (const piece of pieces) {
    for (let p = Math.floor(piece.from / stride); p * stride < piece.to; p++) {
      const from = Math.max(piece.from, p * stride);
      const to = Math.min(piece.to, (p + 1) * stride);
      const best = periodicRangeMax(piece.valueAt, from, to, piece.period);
      points[p] = Math.max(points[p] as number, best.max);
      // the first step of the highest p95 (of a NaN one, as maxOf would)
      const better = worst.step === -1 || best.max > worst.max || Number.isNaN(best.max);
      if (better && !Number.isNaN(worst.max)) worst = best;
    }
  }
  return { points, worst };
}

/** The span holding time `at` (spans cover the window in order). */
function spanAt(spans: readonly DuringSpan[], at: number): DuringSpan {
  return spans[spanIndexAt(spans, at)] as DuringSpan;
}

/** The index of the last span starting at or before `at` (0 when none does). */
function spanIndexAt(spans: readonly DuringSpan[], at: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((spans[mid] as DuringSpan).startSeconds <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function p95Of(components: readonly WeightedQueue[]): number {
  const weighted = components.filter((c) => c.weight > 0);
  return weighted.length === 0 ? 0 : responseTimePercentile(weighted, 0.95) / MILLISECOND;
}

function percentiles(components: readonly WeightedQueue[]): LatencyPercentiles {
  // one preparation of the mixture for the three quantiles (the same figures as one by one)
  const [p50Ms, p95Ms, p99Ms] = quantilesMs(components, QUANTILES) as [number, number, number];
  return { p50Ms, p95Ms, p99Ms };
}

/** The mixture's quantiles in ms, over its weighted components; zeros when none weighs. */
function quantilesMs(components: readonly WeightedQueue[], quantiles: readonly number[]): number[] {
  const weighted = components.filter((c) => c.weight > 0);
  if (weighted.length === 0) return quantiles.map(() => 0);
  return responseTimePercentiles(weighted, quantiles).map((t) => t / MILLISECOND);
}

function groupSplits(
  perVm: readonly { vm: DuringWebVm; segments: readonly DuringSpan[] }[],
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
    const weight = (x: { vm: DuringWebVm; segment: DuringSpan }) =>
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

const QUANTILES = [0.5, 0.95, 0.99] as const;
