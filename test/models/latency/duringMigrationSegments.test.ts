import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  duringMigrationSegments,
  type MovingVm,
  type SplitTrafficOptions,
} from "../../../models/latency/duringMigrationSegments.ts";

const options: SplitTrafficOptions = {
  windowSeconds: 3600,
  stepSeconds: 3600,
  interSiteRttSeconds: 0.004,
  callsPerRequest: 15,
  trombone: true,
};
const vm = (name: string, switchoverSeconds: number, downtimeSeconds = 0): MovingVm => ({
  name,
  group: "g",
  switchoverSeconds,
  downtimeSeconds,
});

describe("duringMigrationSegments(web, backends, groupMovedSeconds, options)", () => {
  it("charges 15 calls × 4 ms + one tromboned 4 ms while the web VM waits at the target for its back-ends", () => {
    // Hand calculation: web moves at 1000 s, db and cache at 2500 s. From 1000 to 2500 s the
    // web VM is at the target and both back-ends at the source: 7.5 + 7.5 calls × 4 ms = 60 ms,
    // plus one RTT because the gateway is still at the source: 64 ms. Before and after: 0.
    const segments = duringMigrationSegments(
      vm("web", 1000),
      [vm("db", 2500), vm("cache", 2500)],
      2500,
      options,
    );
    expect(segments.map((s) => [s.startSeconds, s.endSeconds, s.atTarget])).toEqual([
      [0, 1000, false],
      [1000, 2500, true],
      [2500, 3600, true],
    ]);
    expect(segments[0]?.splitExtraSeconds).toBe(0);
    expect(segments[1]?.splitExtraSeconds).toBeCloseTo(0.064, 12);
    expect(segments[2]?.splitExtraSeconds).toBe(0);
  });

  it("charges only the calls to the back-ends on the other site, and no trombone without an L2 extension", () => {
    // db moves with the web VM at 1000 s, cache at 2500 s: only the cache's 7.5 calls cross.
    const segments = duringMigrationSegments(
      vm("web", 1000),
      [vm("db", 1000), vm("cache", 2500)],
      2500,
      { ...options, trombone: false },
    );
    expect(segments[1]?.splitExtraSeconds).toBeCloseTo(7.5 * 0.004, 12);
  });

  it("charges the calls while the back-ends run ahead at the target, without a trombone (the web VM is at the source)", () => {
    const segments = duringMigrationSegments(vm("web", 2500), [vm("db", 1000)], 2500, options);
    expect(segments[1]?.atTarget).toBe(false);
    expect(segments[1]?.splitExtraSeconds).toBeCloseTo(15 * 0.004, 12);
  });

  it("makes requests arriving during a stun wait half of it on average, stuns of web and back-end adding up", () => {
    const segments = duringMigrationSegments(
      vm("web", 1000, 0.4),
      [vm("db", 1000, 0.2)],
      1000,
      options,
    );
    const inStun = segments.filter((s) => s.stunWaitSeconds > 0);
    expect(inStun.map((s) => [s.startSeconds, s.endSeconds])).toEqual([
      [999.6, 999.8],
      [999.8, 1000],
    ]);
    expect(inStun[0]?.stunWaitSeconds).toBeCloseTo(0.2, 12);
    expect(inStun[1]?.stunWaitSeconds).toBeCloseTo(0.3, 12);
  });

  it("returns nothing for an empty window", () => {
    expect(duringMigrationSegments(vm("web", 0), [], 0, { ...options, windowSeconds: 0 })).toEqual(
      [],
    );
  });

  it("covers the window exactly, in order, never crossing a step boundary", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 20_000, noNaN: true }),
        fc.array(
          fc.tuple(
            fc.double({ min: -100, max: 30_000, noNaN: true }),
            fc.double({ min: 0, max: 5, noNaN: true }),
          ),
          {
            minLength: 1,
            maxLength: 4,
          },
        ),
        (windowSeconds, moves) => {
          const [webMove, ...rest] = moves;
          const web = vm("web", webMove?.[0] ?? 0, webMove?.[1] ?? 0);
          const backends = rest.map(([t, d], i) => vm(`b${i}`, t, d));
          const moved = Math.max(...moves.map(([t]) => t));
          const segments = duringMigrationSegments(web, backends, moved, {
            ...options,
            windowSeconds,
          });
          expect(segments[0]?.startSeconds).toBe(0);
          expect(segments.at(-1)?.endSeconds).toBe(windowSeconds);
          for (let i = 1; i < segments.length; i++) {
            expect(segments[i]?.startSeconds).toBe(segments[i - 1]?.endSeconds);
          }
          for (const s of segments) {
            expect(Math.floor(s.startSeconds / 3600)).toBe(s.step);
            expect(s.endSeconds).toBeLessThanOrEqual((s.step + 1) * 3600);
            expect(s.splitExtraSeconds).toBeGreaterThanOrEqual(0);
            expect(s.splitExtraSeconds).toBeLessThanOrEqual(16 * 0.004 + 1e-12);
          }
        },
      ),
    );
  });
});
