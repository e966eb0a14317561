import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type MmcQueue,
  mmcSurvivalTerms,
  survivalFromTerms,
} from "../../../models/latency/mmcResponseSurvival.ts";
import {
  responseTimePercentile,
  responseTimePercentiles,
  type WeightedQueue,
} from "../../../models/latency/responseTimePercentile.ts";

/*
 * Issue 16: the percentile search evaluates each distinct (queue, delay) pair once per t, shares
 * its bracketing between quantiles and prepares a mixture once for p50/p95/p99. The figures
 * must stay bit for bit: the oracle is the implementation before, copied verbatim.
 */
function percentileBefore(components: readonly WeightedQueue[], q: number): number {
  const total = components.reduce((s, c) => s + c.weight, 0);
  const tail = 1 - q;
  const n = components.length;
  const weights = new Float64Array(n);
  const fixed = new Float64Array(n);
  const form = new Uint8Array(n);
  const mu = new Float64Array(n);
  const waitProbability = new Float64Array(n);
  const theta = new Float64Array(n);
  let guess = 1e-6;
  components.forEach((c, i) => {
    guess = Math.max(guess, c.fixedSeconds + 1 / c.queue.serviceRatePerSecond);
    const terms = mmcSurvivalTerms(c.queue);
    weights[i] = c.weight;
    fixed[i] = c.fixedSeconds;
    form[i] = terms.form;
    mu[i] = terms.mu;
    waitProbability[i] = terms.waitProbability;
    theta[i] = terms.theta;
  });
  const survival = (t: number) => {
    let s = 0;
    for (let i = 0; i < n; i++) {
      const d = fixed[i]!;
      s +=
        weights[i]! *
        (t < d ? 1 : survivalFromTerms(form[i]!, mu[i]!, waitProbability[i]!, theta[i]!, t - d));
    }
    return s / total;
  };
  let low = 0;
  let gLow = survival(0) - tail;
  let high = guess;
  let gHigh = survival(high) - tail;
  for (let i = 0; gHigh > 0; i++) {
    if (i > 200) return Number.POSITIVE_INFINITY;
    low = high;
    gLow = gHigh;
    high *= 2;
    gHigh = survival(high) - tail;
  }
  if (!(gLow > 0)) return 0;
  let side = 0;
  let halvedWidth = high - low;
  let sinceHalved = 0;
  while (high - low > 1e-9 * high) {
    const secant = (low * gHigh - high * gLow) / (gHigh - gLow);
    const mid = sinceHalved >= 3 || !(secant > low && secant < high) ? (low + high) / 2 : secant;
    const g = survival(mid) - tail;
    if (g > 0) {
      low = mid;
      gLow = g;
      if (side === -1) gHigh /= 2;
      side = -1;
    } else {
      high = mid;
      gHigh = g;
      if (side === 1) gLow /= 2;
      side = 1;
    }
    if (high - low <= halvedWidth / 2) {
      halvedWidth = high - low;
      sinceHalved = 0;
    } else sinceHalved++;
  }
  return high;
}

const QUANTILES = [0.5, 0.95, 0.99];

/**
 * A mixture as latencyDuringSection builds one: a few queue objects shared by many components,
 * with a few delays (a VM's hours at the source, split, stunned, at the target), some repeated.
 */
const sharedMixture = fc
  .record({
    queues: fc.array(
      fc.record({
        servers: fc.integer({ min: 1, max: 16 }),
        load: fc.double({ min: 0, max: 1.05, noNaN: true }),
        serviceRatePerSecond: fc.double({ min: 0.5, max: 500, noNaN: true }),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    delays: fc.array(fc.double({ min: 0, max: 0.3, noNaN: true }), {
      minLength: 1,
      maxLength: 4,
    }),
    picks: fc.array(
      fc.record({
        queue: fc.nat(),
        delay: fc.nat(),
        weight: fc.double({ min: 0.01, max: 3600, noNaN: true }),
      }),
      { minLength: 1, maxLength: 60 },
    ),
  })
  .map(({ queues, delays, picks }) => {
    const objects: MmcQueue[] = queues.map((p) => ({
      arrivalRatePerSecond: p.load * p.servers * p.serviceRatePerSecond,
      serviceRatePerSecond: p.serviceRatePerSecond,
      servers: p.servers,
    }));
    return picks.map(
      (p): WeightedQueue => ({
        weight: p.weight,
        queue: objects[p.queue % objects.length] as MmcQueue,
        fixedSeconds: delays[p.delay % delays.length] as number,
      }),
    );
  });

describe("responseTimePercentile(s) give the figures of before, bit for bit", () => {
  it("on mixtures of shared queues and repeated delays (property)", () => {
    fc.assert(
      fc.property(sharedMixture, (mixture) => {
        const before = QUANTILES.map((q) => percentileBefore(mixture, q));
        expect(responseTimePercentiles(mixture, QUANTILES)).toEqual(before);
        for (const [i, q] of QUANTILES.entries()) {
          expect(Object.is(responseTimePercentile(mixture, q), before[i])).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("on single queues, stable or not, with a delay or none (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 32 }),
        fc.double({ min: 0, max: 1.2, noNaN: true }),
        fc.double({ min: 0.1, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 0.05, noNaN: true }),
        fc.double({ min: 0.01, max: 0.999, noNaN: true }),
        (servers, load, mu, fixedSeconds, q) => {
          const queue = {
            arrivalRatePerSecond: load * servers * mu,
            serviceRatePerSecond: mu,
            servers,
          };
          const one = [{ weight: 20, queue, fixedSeconds }];
          const before = percentileBefore(one, q);
          expect(Object.is(responseTimePercentile(one, q), before)).toBe(true);
          expect(responseTimePercentiles(one, [0.5, q])[1]).toBe(before);
        },
      ),
    );
  });

  it("tells apart equal queues in distinct objects and equal delays of distinct queues", () => {
    const a = { arrivalRatePerSecond: 50, serviceRatePerSecond: 30, servers: 4 };
    const b = { arrivalRatePerSecond: 90, serviceRatePerSecond: 30, servers: 4 };
    const mixture: WeightedQueue[] = [];
    for (let i = 0; i < 40; i++) {
      mixture.push({ weight: 1 + i, queue: i % 2 === 0 ? a : { ...a }, fixedSeconds: 0.001 });
      mixture.push({ weight: 2, queue: b, fixedSeconds: i % 3 === 0 ? 0.001 : 0.004 });
    }
    expect(responseTimePercentiles(mixture, QUANTILES)).toEqual(
      QUANTILES.map((q) => percentileBefore(mixture, q)),
    );
  });

  it("throws for a bad queue as before", () => {
    const bad = [
      {
        weight: 1,
        queue: { arrivalRatePerSecond: 1, serviceRatePerSecond: 0, servers: 1 },
        fixedSeconds: 0,
      },
    ];
    expect(() => percentileBefore(bad, 0.95)).toThrow(RangeError);
    expect(() => responseTimePercentiles(bad, QUANTILES)).toThrow(RangeError);
  });

  it("gives 0 for an empty mixture, as before", () => {
    expect(responseTimePercentiles([], QUANTILES)).toEqual(
      QUANTILES.map((q) => percentileBefore([], q)),
    );
  });
});
