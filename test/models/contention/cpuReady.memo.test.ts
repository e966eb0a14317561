import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CPU_READY_MEMO_LIMIT,
  type CpuReady,
  cpuReady,
  cpuReadyMemoSize,
} from "../../../models/contention/cpuReady.ts";

/*
 * Issue 16: cpuReady keeps its results per exact (vCPUs, cores, demand) and sums its terms in
 * locals. Both must leave every bit as it was: the oracle below is the implementation before
 * (terms added through objects, nothing kept), copied verbatim.
 */
function cpuReadyBefore(vcpus: number, cores: number, demandFraction: number): CpuReady {
  if (vcpus === 0 || demandFraction <= 0) {
    return { readyFraction: 0, runFraction: 0, stretchFraction: 0, coreUtilization: 0 };
  }
  if (demandFraction >= 1) {
    const running = Math.min(vcpus, cores);
    return resultBefore(vcpus, cores, Math.max(0, vcpus - cores), running);
  }
  const logR = Math.log(demandFraction / (1 - demandFraction));
  const base = new Float64Array(vcpus + 1);
  for (let k = 1; k <= vcpus; k++) {
    base[k] = (base[k - 1] ?? 0) + Math.log(vcpus - k + 1) - Math.log(Math.min(k, cores));
  }
  let mode = 0;
  let high = vcpus;
  while (mode < high) {
    const k = Math.ceil((mode + high) / 2);
    if (Math.log(vcpus - k + 1) + logR - Math.log(Math.min(k, cores)) >= 0) mode = k;
    else high = k - 1;
  }
  const top = (base[mode] ?? 0) + mode * logR;
  const sums = { total: 0, queued: 0, running: 0 };
  const terms = { base, logR, top, cores };
  for (let k = mode; k >= 0 && addTermBefore(sums, terms, k); k--);
  for (let k = mode + 1; k <= vcpus && addTermBefore(sums, terms, k); k++);
  const { total, queued, running } = sums;
  return resultBefore(vcpus, cores, queued / total, running / total);
}

function resultBefore(vcpus: number, cores: number, queued: number, running: number): CpuReady {
  const readyFraction = queued / vcpus;
  const runFraction = running / vcpus;
  return {
    readyFraction,
    runFraction,
    stretchFraction: runFraction > 0 ? readyFraction / runFraction : 0,
    coreUtilization: running / cores,
  };
}

function addTermBefore(
  sums: { total: number; queued: number; running: number },
  terms: { base: Float64Array; logR: number; top: number; cores: number },
  k: number,
): boolean {
  const exponent = (terms.base[k] ?? 0) + k * terms.logR - terms.top;
  if (exponent < -40) return false;
  const p = Math.exp(exponent);
  sums.total += p;
  sums.queued += Math.max(0, k - terms.cores) * p;
  sums.running += Math.min(k, terms.cores) * p;
  return true;
}

/** Field by field with Object.is: the same bits, −0 and NaN included. */
function expectSameBits(a: CpuReady, b: CpuReady): void {
  for (const key of Object.keys(b) as (keyof CpuReady)[]) {
    expect(Object.is(a[key], b[key]), `${key}: ${a[key]} vs ${b[key]}`).toBe(true);
  }
}

describe("cpuReady's memo and loops leave every bit as before", () => {
  it("computes, then finds again, exactly what the implementation before gave (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 700 }),
        fc.integer({ min: 1, max: 160 }),
        fc.double({ min: -0.1, max: 1.1, noNaN: true }),
        (n, c, d) => {
          const before = cpuReadyBefore(n, c, d);
          expectSameBits(cpuReady(n, c, d), before); // computed (or found)
          expectSameBits(cpuReady(n, c, d), before); // found
        },
      ),
    );
  });

  it("gives the host loads of a week as before, each hour whether found or computed", () => {
    for (const [n, c] of [
      [256, 80],
      [60, 25],
      [12, 25],
    ] as const) {
      for (let hour = 0; hour < 168; hour++) {
        const d = 0.05 + 0.5 * Math.abs(Math.sin(hour / 7)); // weekdays repeat: hits
        expectSameBits(cpuReady(n, c, d), cpuReadyBefore(n, c, d));
        expectSameBits(cpuReady(n, c, d % 0.24), cpuReadyBefore(n, c, d % 0.24));
      }
    }
  });

  it("keeps no more than its limit, and still answers exactly past it", () => {
    for (let i = 0; i <= CPU_READY_MEMO_LIMIT + 10; i++) {
      const d = (i + 1) / (CPU_READY_MEMO_LIMIT + 20);
      cpuReady(3, 2, d);
      expect(cpuReadyMemoSize()).toBeLessThanOrEqual(CPU_READY_MEMO_LIMIT);
    }
    expect(cpuReadyMemoSize()).toBeGreaterThan(0);
    expectSameBits(cpuReady(3, 2, 0.5), cpuReadyBefore(3, 2, 0.5));
  });

  it("does not keep inputs without an exact key (fractional vCPUs)", () => {
    const size = cpuReadyMemoSize();
    expectSameBits(cpuReady(3.5, 2, 0.4), cpuReadyBefore(3.5, 2, 0.4));
    expect(cpuReadyMemoSize()).toBe(size);
  });

  it("hands out a kept result frozen, so no caller can change another's", () => {
    const r = cpuReady(40, 8, 0.3);
    expect(Object.isFrozen(r)).toBe(true);
    expect(cpuReady(40, 8, 0.3)).toBe(r);
  });
});
