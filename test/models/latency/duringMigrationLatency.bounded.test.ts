import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type DuringMigrationInput,
  type DuringMigrationLatency,
  duringMigrationLatency,
} from "../../../models/latency/duringMigrationLatency.ts";
import { duringMigrationSegments } from "../../../models/latency/duringMigrationSegments.ts";
import type { MmcQueue } from "../../../models/latency/mmcResponseSurvival.ts";
import {
  responseTimePercentile,
  type WeightedQueue,
} from "../../../models/latency/responseTimePercentile.ts";
import { seriesStride } from "../../../models/series/seriesStride.ts";

const HOUR = 3600;
const WEEK_STEPS = 168;

/** Moves of up to a few weeks, with queues that repeat every week (as the scenario's do). */
const move = fc.record({
  hours: fc.double({ min: 0.5, max: 500, noNaN: true }),
  vms: fc.array(
    fc.record({
      group: fc.constantFrom("a", "b", null),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      downtimeSeconds: fc.double({ min: 0, max: 600, noNaN: true }),
      sites: fc.integer({ min: 1, max: 30 }),
      servers: fc.integer({ min: 1, max: 4 }),
    }),
    { minLength: 1, maxLength: 4 },
  ),
  backends: fc.array(
    fc.record({
      group: fc.constantFrom("a", "b"),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      downtimeSeconds: fc.double({ min: 0, max: 600, noNaN: true }),
    }),
    { maxLength: 3 },
  ),
  // utilisation at each hour of the week, on each platform
  week: fc.array(fc.double({ min: 0, max: 0.9, noNaN: true }), {
    minLength: WEEK_STEPS,
    maxLength: WEEK_STEPS,
  }),
  trombone: fc.boolean(),
  maxPoints: fc.integer({ min: 1, max: 40 }),
});
type Move = typeof move extends fc.Arbitrary<infer T> ? T : never;

const queue = (utilization: number, servers: number, mu: number): MmcQueue => ({
  arrivalRatePerSecond: utilization * servers * mu,
  serviceRatePerSecond: mu,
  servers,
});

/** The move as the model's input; `expand`: queues for every step instead of a repeating week. */
function inputOf(m: Move, expand: boolean, maxPoints?: number): DuringMigrationInput {
  const windowSeconds = m.hours * HOUR;
  const steps = Math.ceil(m.hours);
  const length = expand ? steps : WEEK_STEPS;
  return {
    webVms: m.vms.map((v, i) => ({
      name: `w${i}`,
      group: v.group,
      switchoverSeconds: v.at * windowSeconds,
      downtimeSeconds: v.downtimeSeconds,
      sites: v.sites,
      sourceQueues: Array.from({ length }, (_, k) => queue(m.week[k % WEEK_STEPS]!, v.servers, 40)),
      targetQueues: Array.from({ length }, (_, k) =>
        queue(m.week[(k + 5) % WEEK_STEPS]! * 0.8, v.servers, 50),
      ),
      sourceNetworkRttSeconds: 0.002,
      targetNetworkRttSeconds: 0.001,
    })),
    backendVms: m.backends.map((b, i) => ({
      name: `b${i}`,
      group: b.group,
      switchoverSeconds: b.at * windowSeconds,
      downtimeSeconds: b.downtimeSeconds,
    })),
    windowSeconds,
    stepSeconds: HOUR,
    interSiteRttSeconds: 0.004,
    callsPerRequest: 15,
    trombone: m.trombone,
    ...(expand ? {} : { periodSteps: WEEK_STEPS }),
    ...(maxPoints === undefined ? {} : { maxPoints }),
  };
}

/**
 * The p95 of each hour straight from its definition: the mixture of every web VM's segments in
 * that hour (the computation before the series were bounded).
 */
function hourlyP95Oracle(input: DuringMigrationInput): number[] {
  const steps = Math.ceil(input.windowSeconds / input.stepSeconds);
  const byStep = Array.from({ length: steps }, (): WeightedQueue[] => []);
  for (const vm of input.webVms) {
    const backends = input.backendVms.filter((b) => vm.group !== null && b.group === vm.group);
    const moved = Math.max(vm.switchoverSeconds, ...backends.map((b) => b.switchoverSeconds));
    for (const s of duringMigrationSegments(vm, backends, moved, input)) {
      byStep[s.step]!.push({
        weight: vm.sites * (s.endSeconds - s.startSeconds),
        queue: (s.atTarget ? vm.targetQueues : vm.sourceQueues)[s.step]!,
        fixedSeconds:
          (s.atTarget ? vm.targetNetworkRttSeconds : vm.sourceNetworkRttSeconds) +
          s.splitExtraSeconds +
          s.stunWaitSeconds,
      });
    }
  }
  return byStep.map((list) => responseTimePercentile(list, 0.95) / 1e-3); // ms, as the model divides
}

const closeTo = (a: number, b: number, relative: number) =>
  expect(Math.abs(a - b)).toBeLessThanOrEqual(relative * Math.max(Math.abs(a), Math.abs(b)));

function expectSameFigures(bounded: DuringMigrationLatency, hourly: DuringMigrationLatency) {
  // sums of the same components in another order: equal but for rounding and the root finder
  for (const k of ["p50Ms", "p95Ms", "p99Ms"] as const) {
    closeTo(bounded.overall[k], hourly.overall[k], 1e-7);
    closeTo(bounded.sourceOnly[k], hourly.sourceOnly[k], 1e-7);
    closeTo(bounded.targetOnly[k], hourly.targetOnly[k], 1e-7);
  }
  expect(bounded.groups.map((g) => g.group)).toEqual(hourly.groups.map((g) => g.group));
  bounded.groups.forEach((g, i) => {
    const h = hourly.groups[i]!;
    expect(g.fromSeconds).toBe(h.fromSeconds);
    expect(g.toSeconds).toBe(h.toSeconds);
    expect(g.maxExtraMs).toBe(h.maxExtraMs);
    closeTo(g.splitSeconds, h.splitSeconds, 1e-9);
    closeTo(g.meanExtraMs, h.meanExtraMs, 1e-9);
  });
}

describe("duringMigrationLatency over a long window (bounded series)", () => {
  it("gives each hour the p95 of its own mixture, with queues repeating weekly or listed hour by hour", () => {
    fc.assert(
      fc.property(move, (m) => {
        const weekly = duringMigrationLatency(inputOf(m, false));
        const listed = duringMigrationLatency(inputOf(m, true));
        expect(weekly.stepsPerPoint).toBe(1);
        const oracle = hourlyP95Oracle(inputOf(m, true));
        expect(weekly.p95MsByStep).toHaveLength(oracle.length);
        // a VM's like pieces within an hour are merged (mergedMixture): equal but for rounding
        weekly.p95MsByStep.forEach((p, k) => {
          closeTo(p, oracle[k]!, 1e-9);
        });
        // the weekly queues are merged across weeks, the listed ones cannot be: the same
        // mixtures summed in another order
        for (const k of ["p50Ms", "p95Ms", "p99Ms"] as const) {
          closeTo(weekly.overall[k], listed.overall[k], 1e-9);
          closeTo(weekly.sourceOnly[k], listed.sourceOnly[k], 1e-9);
          closeTo(weekly.targetOnly[k], listed.targetOnly[k], 1e-9);
        }
        const rest = ({ overall, sourceOnly, targetOnly, ...others }: DuringMigrationLatency) =>
          others;
        expect(rest(weekly)).toEqual(rest(listed));
      }),
      { numRuns: 40 },
    );
  });

  it("keeps at most maxPoints points, each the highest hourly p95 it covers; the worst hour and the peaks are exact", () => {
    fc.assert(
      fc.property(move, (m) => {
        const hourly = duringMigrationLatency(inputOf(m, false));
        const bounded = duringMigrationLatency(inputOf(m, false, m.maxPoints));
        const steps = hourly.p95MsByStep.length;
        const stride = seriesStride(steps, m.maxPoints);
        expect(bounded.stepsPerPoint).toBe(stride);
        expect(bounded.p95MsByStep.length).toBeLessThanOrEqual(m.maxPoints);
        expect(bounded.p95MsByStep.length).toBe(Math.ceil(steps / stride));
        bounded.p95MsByStep.forEach((p95, p) => {
          expect(p95).toBe(Math.max(...hourly.p95MsByStep.slice(p * stride, (p + 1) * stride)));
        });
        expect(bounded.worstStep).toEqual(hourly.worstStep);
        expectSameFigures(bounded, hourly);
      }),
      { numRuns: 40 },
    );
  });

  it("computes a 20-year move (175,000 hours) with a bounded series", () => {
    const m: Move = {
      hours: 175_000.5,
      vms: [
        { group: "a", at: 0.3, downtimeSeconds: 1, sites: 10, servers: 2 },
        { group: null, at: 0.9, downtimeSeconds: 0.5, sites: 3, servers: 1 },
      ],
      backends: [{ group: "a", at: 0.6, downtimeSeconds: 2 }],
      week: Array.from(
        { length: WEEK_STEPS },
        (_, k) => 0.2 + 0.6 * Math.sin((k / 24) * Math.PI) ** 2,
      ),
      trombone: true,
      maxPoints: 4096,
    };
    const r = duringMigrationLatency(inputOf(m, false));
    expect(r.stepsPerPoint).toBe(43);
    expect(r.p95MsByStep.length).toBe(Math.ceil(175_001 / 43));
    expect(r.worstStep.p95Ms).toBe(Math.max(...r.p95MsByStep));
    expect(r.overall.p95Ms).toBeLessThanOrEqual(r.worstStep.p95Ms);
    expect(r.groups.map((g) => g.group)).toEqual(["a"]);
  });
});
