import { describe, expect, it } from "vitest";
import {
  packedBuffers,
  packMetrics,
  unpackMetrics,
} from "../../../scenarios/montecarlo/packedMetrics.ts";
import { sharedReplications, takeChunk } from "../../../scenarios/montecarlo/replicationChunks.ts";
import type { ReplicationMetrics } from "../../../scenarios/montecarlo/replicationMetrics.ts";
import { maxOf } from "../../../sim/stats/extremes.ts";

const metric = (
  replication: number,
  over: Partial<ReplicationMetrics> = {},
): ReplicationMetrics => ({
  replication,
  makespanSeconds: 3600.5,
  maxDowntimeSeconds: 0.25,
  savingsFraction: 0.31,
  latencyP95AfterMs: 120,
  latencyP95DuringMs: 140,
  hostNeededMonths: 60,
  pass: { "migration.makespan": true, "cost.savings": false, "latency.p95.after": null },
  ...over,
});

describe("packMetrics / unpackMetrics", () => {
  it("give back every replication key for key, number for number, null apart from NaN, ±0 and ±Infinity", () => {
    const metrics = [
      metric(7),
      metric(2, {
        makespanSeconds: null,
        maxDowntimeSeconds: -0,
        savingsFraction: Number.NaN,
        latencyP95AfterMs: Number.POSITIVE_INFINITY,
        latencyP95DuringMs: null,
      }),
      // another list of targets, in another order
      metric(9, { pass: { "cost.savings": null, "migration.makespan": false } }),
      metric(2 ** 40, { savingsFraction: 1e-300, pass: {} }),
    ];
    const back = unpackMetrics(packMetrics(metrics));
    expect(back).toStrictEqual(metrics);
    expect(JSON.stringify(back)).toBe(JSON.stringify(metrics));
    expect(Object.is(back[1]!.maxDowntimeSeconds, -0)).toBe(true);
    expect(back.map((m) => Object.keys(m.pass))).toEqual(metrics.map((m) => Object.keys(m.pass)));
  });

  it("packs into a few transferable buffers, one list of targets when they all share it", () => {
    const packed = packMetrics(Array.from({ length: 50 }, (_, r) => metric(r)));
    expect(packed.targetLists).toHaveLength(1);
    expect(packed.pass).toHaveLength(150);
    expect(packedBuffers(packed).every((b) => b instanceof ArrayBuffer)).toBe(true);
    expect(unpackMetrics(packMetrics([]))).toEqual([]);
  });
});

describe("takeChunk(shared)", () => {
  it("hands out every replication once, in order, shrinking to single ones at the end", () => {
    const replications = Array.from({ length: 1000 }, (_, r) => 3 * r);
    const shared = sharedReplications(replications, 2);
    const chunks: (readonly number[])[] = [];
    for (let c = takeChunk(shared); c !== null; c = takeChunk(shared)) chunks.push(c);
    expect(chunks.flat()).toEqual(replications);
    expect(maxOf(chunks.map((c) => c.length))).toBe(8);
    expect(chunks.slice(-8).every((c) => c.length === 1)).toBe(true);
    expect(takeChunk(shared)).toBeNull();
  });

  it("gives small runs chunks of one", () => {
    const shared = sharedReplications([5, 1, 4], 3);
    expect([takeChunk(shared), takeChunk(shared), takeChunk(shared), takeChunk(shared)]).toEqual([
      [5],
      [1],
      [4],
      null,
    ]);
  });
});
