import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mmcResponseSurvival } from "../../../models/latency/mmcResponseSurvival.ts";
import { mmcWaitPercentile } from "../../../models/latency/mmcWaitPercentile.ts";
import { responseTimePercentile } from "../../../models/latency/responseTimePercentile.ts";
import { siteQueue } from "../../../models/latency/siteQueue.ts";
import { erlangC } from "../../../sim/theory/erlangC.ts";

const mm1 = { arrivalRatePerSecond: 0.5, serviceRatePerSecond: 1, servers: 1 };
const one = (queue: typeof mm1, fixedSeconds = 0) => [{ weight: 1, queue, fixedSeconds }];

describe("mmcResponseSurvival", () => {
  it("is Exp(μ − λ) for M/M/1", () => {
    for (const t of [0.1, 1, 5])
      expect(mmcResponseSurvival(mm1, t)).toBeCloseTo(Math.exp(-0.5 * t), 12);
  });

  it("integrates to the Erlang-C mean response time Wq + 1/μ for M/M/2 (a = 1.8)", () => {
    // Erlang-C: C = 16.2/19, Wq = C / 0.2 (hand computation in test/sim/theory/erlangC.test.ts)
    const q = { arrivalRatePerSecond: 1.8, serviceRatePerSecond: 1, servers: 2 };
    let mean = 0;
    const dt = 0.001;
    for (let t = dt / 2; t < 200; t += dt) mean += mmcResponseSurvival(q, t) * dt;
    expect(mean).toBeCloseTo(16.2 / 19 / 0.2 + 1, 3);
  });

  it("handles θ = μ (cμ − λ = μ) without dividing by zero", () => {
    const q = { arrivalRatePerSecond: 1, serviceRatePerSecond: 1, servers: 2 };
    const near = { ...q, arrivalRatePerSecond: 1 + 1e-7 };
    expect(mmcResponseSurvival(q, 2)).toBeCloseTo(mmcResponseSurvival(near, 2), 6);
  });

  it("is 1 when the queue is unstable", () => {
    expect(mmcResponseSurvival({ ...mm1, arrivalRatePerSecond: 1 }, 100)).toBe(1);
  });
});

describe("percentiles", () => {
  it("gives the M/M/1 response percentiles −ln(1 − q)/(μ − λ)", () => {
    for (const q of [0.5, 0.95, 0.99]) {
      expect(responseTimePercentile(one(mm1), q)).toBeCloseTo(-Math.log(1 - q) / 0.5, 6);
    }
  });

  it("gives the M/M/c wait percentile ln(C/(1 − q))/(cμ − λ) in closed form", () => {
    const q = { arrivalRatePerSecond: 8, serviceRatePerSecond: 1, servers: 10 };
    const C = erlangC(8, 1, 10).waitProbability; // ≈ 0.4092 (Erlang-C tables)
    expect(mmcWaitPercentile(q, 0.95)).toBeCloseTo(Math.log(C / 0.05) / 2, 12);
    expect(mmcWaitPercentile(q, 0.5)).toBe(0); // C < 0.5: the median arrival does not wait
  });

  it("finds the response percentile where the closed-form survival equals 1 − q (M/M/10)", () => {
    const q = { arrivalRatePerSecond: 8, serviceRatePerSecond: 1, servers: 10 };
    const p95 = responseTimePercentile(one(q), 0.95);
    expect(mmcResponseSurvival(q, p95)).toBeCloseTo(0.05, 8);
    expect(p95).toBeGreaterThan(mmcWaitPercentile(q, 0.95));
  });

  it("returns the smallest t within 1e−9 with the mixture's survival ≤ 1 − q (property)", () => {
    const component = fc.record({
      weight: fc.double({ min: 0.1, max: 100, noNaN: true }),
      servers: fc.integer({ min: 1, max: 16 }),
      load: fc.double({ min: 0, max: 0.97, noNaN: true }),
      serviceRatePerSecond: fc.double({ min: 0.5, max: 500, noNaN: true }),
      fixedSeconds: fc.double({ min: 0, max: 0.5, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.array(component, { minLength: 1, maxLength: 12 }),
        fc.double({ min: 0.05, max: 0.999, noNaN: true }),
        (parts, q) => {
          const mixture = parts.map((p) => ({
            weight: p.weight,
            fixedSeconds: p.fixedSeconds,
            queue: {
              arrivalRatePerSecond: p.load * p.servers * p.serviceRatePerSecond,
              serviceRatePerSecond: p.serviceRatePerSecond,
              servers: p.servers,
            },
          }));
          const total = parts.reduce((s, p) => s + p.weight, 0);
          const survival = (t: number) =>
            mixture.reduce(
              (s, c) =>
                s +
                c.weight *
                  (t < c.fixedSeconds ? 1 : mmcResponseSurvival(c.queue, t - c.fixedSeconds)),
              0,
            ) / total;
          const t = responseTimePercentile(mixture, q);
          expect(survival(t)).toBeLessThanOrEqual(1 - q + 1e-12);
          expect(survival(t * (1 - 2e-9))).toBeGreaterThan(1 - q - 1e-12);
        },
      ),
    );
  });

  it("adds the fixed network delay", () => {
    expect(responseTimePercentile(one(mm1, 0.002), 0.95)).toBeCloseTo(
      -Math.log(0.05) / 0.5 + 0.002,
      6,
    );
  });

  it("weights a mixture by sites: two identical components equal one", () => {
    const twice = [...one(mm1), { weight: 3, queue: mm1, fixedSeconds: 0 }];
    expect(responseTimePercentile(twice, 0.99)).toBeCloseTo(
      responseTimePercentile(one(mm1), 0.99),
      6,
    );
  });

  it("never falls as load or contention rises (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.double({ min: 0.01, max: 0.9, noNaN: true }),
        fc.double({ min: 0, max: 0.09, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        (vcpus, rho, more, stretch) => {
          const s = 0.025;
          const base = { vcpus, serviceTimeSeconds: s, speedFactor: 1, stretchFraction: 0 };
          const rate = (r: number) => (r * vcpus) / s;
          const p = (input: typeof base & { requestRatePerSecond: number }) =>
            responseTimePercentile(one(siteQueue(input)), 0.95);
          const low = p({ ...base, requestRatePerSecond: rate(rho) });
          const high = p({ ...base, requestRatePerSecond: rate(rho + more) });
          expect(high).toBeGreaterThanOrEqual(low * (1 - 1e-8));
          const stretched = p({
            ...base,
            stretchFraction: stretch,
            requestRatePerSecond: rate(rho / (1 + stretch)),
          });
          expect(stretched).toBeGreaterThanOrEqual(
            responseTimePercentile(
              one(siteQueue({ ...base, requestRatePerSecond: rate(rho / (1 + stretch)) })),
              0.95,
            ) *
              (1 - 1e-8),
          );
        },
      ),
    );
  });
});

describe("siteQueue", () => {
  it("divides service time by speed and stretches it by ready", () => {
    const q = siteQueue({
      requestRatePerSecond: 60,
      vcpus: 4,
      serviceTimeSeconds: 0.025,
      speedFactor: 1.25,
      stretchFraction: 0.1,
    });
    expect(1 / q.serviceRatePerSecond).toBeCloseTo((0.025 / 1.25) * 1.1, 12);
    expect(q.servers).toBe(4);
  });
});
