import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergedMixture } from "../../../models/latency/mergedMixture.ts";
import type { MmcQueue } from "../../../models/latency/mmcResponseSurvival.ts";
import {
  responseTimePercentile,
  type WeightedQueue,
} from "../../../models/latency/responseTimePercentile.ts";

/** A few shared queue objects and delays, so that many components are alike (as VM-hours are). */
const mixture = fc.record({
  queues: fc.array(
    fc.record({
      utilization: fc.double({ min: 0, max: 0.95, noNaN: true }),
      servers: fc.integer({ min: 1, max: 8 }),
      serviceRatePerSecond: fc.double({ min: 5, max: 200, noNaN: true }),
    }),
    { minLength: 1, maxLength: 5 },
  ),
  delays: fc.array(fc.double({ min: 0, max: 0.2, noNaN: true }), { minLength: 1, maxLength: 3 }),
  parts: fc.array(
    fc.record({
      queue: fc.nat(),
      delay: fc.nat(),
      weight: fc.double({ min: 1e-3, max: 1e4, noNaN: true }),
    }),
    { minLength: 1, maxLength: 300 },
  ),
});

describe("mergedMixture", () => {
  it("merges components of the same queue object and delay, adding their weights", () => {
    const q: MmcQueue = { arrivalRatePerSecond: 1, serviceRatePerSecond: 2, servers: 1 };
    const m = mergedMixture(0);
    m.add(1, q, 0.02);
    m.add(2, q, 0.02);
    m.add(1, q, 0.03);
    m.add(0, { ...q }, 0.02);
    expect(m.components).toEqual([
      { weight: 3, queue: q, fixedSeconds: 0.02 },
      { weight: 1, queue: q, fixedSeconds: 0.03 },
    ]);
  });

  it("keeps a mixture smaller than mergeFrom as added, and merges what it held once it reaches it", () => {
    const q: MmcQueue = { arrivalRatePerSecond: 1, serviceRatePerSecond: 2, servers: 1 };
    const m = mergedMixture(3);
    m.add(1, q, 0.02);
    m.add(2, q, 0.02);
    expect(m.components.map((c) => c.weight)).toEqual([1, 2]);
    m.add(4, q, 0.02);
    expect(m.components.map((c) => c.weight)).toEqual([7]);
  });

  it("gives the percentiles of the unmerged mixture (to 1e-9 relative) on generated mixtures", () => {
    fc.assert(
      fc.property(mixture, (g) => {
        const queues = g.queues.map(
          (x): MmcQueue => ({
            arrivalRatePerSecond: x.utilization * x.servers * x.serviceRatePerSecond,
            serviceRatePerSecond: x.serviceRatePerSecond,
            servers: x.servers,
          }),
        );
        const all: WeightedQueue[] = g.parts.map((p) => ({
          weight: p.weight,
          queue: queues[p.queue % queues.length]!,
          fixedSeconds: g.delays[p.delay % g.delays.length]!,
        }));
        const merged = mergedMixture(0);
        for (const c of all) merged.add(c.weight, c.queue, c.fixedSeconds);
        expect(merged.components.length).toBeLessThanOrEqual(queues.length * g.delays.length);
        for (const q of [0.5, 0.95, 0.99]) {
          const a = responseTimePercentile(all, q);
          const b = responseTimePercentile(merged.components, q);
          expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(a, b));
        }
      }),
      { numRuns: 200 },
    );
  });
});
