import { beforeAll, describe, expect, it } from "vitest";
import { TIER_CALLS_PER_REQUEST } from "../../../models/latency/tierCallsPerRequest.ts";
import { MAX_SERIES_POINTS } from "../../../models/series/seriesStride.ts";
import { loadScenario } from "../../../scenarios/load/loadScenario.ts";
import { latencyDuringSection } from "../../../scenarios/run/latencyDuringSection.ts";
import {
  type MigrationSection,
  migrationSection,
} from "../../../scenarios/run/migrationSection.ts";
import { type PlatformSection, platformSection } from "../../../scenarios/run/platformSection.ts";
import type { Scenario } from "../../../scenarios/Scenario.ts";
import { maxOf } from "../../../sim/stats/extremes.ts";

let scenario: Scenario;
let platform: PlatformSection;
let migration: MigrationSection;
let result: ReturnType<typeof latencyDuringSection>;

beforeAll(async () => {
  scenario = await loadScenario("reference");
  platform = platformSection(scenario).section;
  migration = migrationSection(scenario).section;
  result = latencyDuringSection(scenario, platform, migration);
});

describe("latencyDuringSection(reference)", () => {
  it("covers the migration window hour by hour, starting at the weekly trough (Monday 04:00)", () => {
    const { section } = result;
    expect(section.startStep).toBe(4);
    expect(section.windowSeconds).toBe(migration.makespanSeconds);
    expect(section.stepSeconds).toBe(3600);
    expect(section.p95MsByHour).toHaveLength(Math.ceil(migration.makespanSeconds / 3600));
    expect(section.worstHour.p95Ms).toBe(Math.max(...section.p95MsByHour));
    expect(section.tierCallsPerRequest).toBe(TIER_CALLS_PER_REQUEST);
    expect(section.interSiteRttSeconds).toBe(scenario.link.rttSeconds);
    expect(section.tromboning).toBe(scenario.link.l2Extension);
    expect(result.targets).toEqual([]);
    console.log(
      JSON.stringify({
        during: section.during,
        worstHour: section.worstHour,
        sameHours: section.sameHours,
      }),
    );
  });

  it("gives finite percentiles in order, p50 ≤ p95 ≤ p99", () => {
    const { during } = result.section;
    expect(Number.isFinite(during.p99Ms)).toBe(true);
    expect(during.p50Ms).toBeLessThanOrEqual(during.p95Ms);
    expect(during.p95Ms).toBeLessThanOrEqual(during.p99Ms);
  });

  it("charges the split groups calls × RTT, plus one tromboned RTT at most", () => {
    const rttMs = scenario.link.rttSeconds * 1000;
    expect(result.section.splitGroups.length).toBeGreaterThan(0);
    for (const g of result.section.splitGroups) {
      expect(g.maxExtraMs).toBeGreaterThan(0);
      expect(g.maxExtraMs).toBeLessThanOrEqual((TIER_CALLS_PER_REQUEST + 1) * rttMs + 1e-9);
      expect(g.meanExtraMs).toBeLessThanOrEqual(g.maxExtraMs + 1e-9);
      expect(g.toSeconds).toBeLessThanOrEqual(migration.makespanSeconds);
    }
  });

  it("equals the base latency of the platform the VMs are on with a zero-RTT link and no stun", () => {
    const zero = { ...scenario, link: { ...scenario.link, rttSeconds: 0 } };
    const allAt = (endSeconds: number) =>
      latencyDuringSection(zero, platform, {
        ...migration,
        vms: migration.vms.map((v) => ({ ...v, endSeconds, downtimeSeconds: 0 })),
      }).section;
    const stayed = allAt(Number.POSITIVE_INFINITY);
    const moved = allAt(0);
    for (const k of ["p50Ms", "p95Ms", "p99Ms"] as const) {
      expect(stayed.during[k]).toBeCloseTo(stayed.sameHours.source[k], 6);
      expect(moved.during[k]).toBeCloseTo(moved.sameHours.target[k], 6);
    }
    expect(latencyDuringSection(zero, platform, migration).section.splitGroups).toEqual([]);
  });

  it("lies between the same hours on the target and on the source, the target being faster", () => {
    const { during, sameHours } = result.section;
    expect(sameHours.target.p95Ms).toBeLessThan(sameHours.source.p95Ms);
    expect(during.p95Ms).toBeGreaterThanOrEqual(sameHours.target.p95Ms);
    expect(during.p95Ms).toBeLessThanOrEqual(sameHours.source.p95Ms);
  });

  it("moves with the start hour: the first hour at the weekly peak is slower than at the trough", () => {
    // The averages over the whole window depend on how long it is (an 18 h move started at the
    // trough runs into the evening peak), so compare the first hour of each.
    const atPeak = latencyDuringSection(scenario, platform, migration, {
      startStep: platform.peakStep,
    }).section;
    expect(atPeak.p95MsByHour[0]!).toBeGreaterThan(result.section.p95MsByHour[0]!);
  });
});

describe("latencyDuringSection on a slow link (a move of about 6 years)", () => {
  it("keeps p95MsByHour within MAX_SERIES_POINTS at the stated whole number of hours, its peak the worst hour's", () => {
    const slow: Scenario = {
      ...scenario,
      link: { ...scenario.link, bandwidthBytesPerSecond: 5e6 / 8 },
    };
    const slowMigration = migrationSection(slow).section;
    const { section } = latencyDuringSection(slow, platform, slowMigration);
    const hours = Math.ceil(slowMigration.makespanSeconds / 3600);
    expect(hours).toBeGreaterThan(MAX_SERIES_POINTS);
    expect(section.stepSeconds).toBe(Math.ceil(hours / MAX_SERIES_POINTS) * 3600);
    expect(section.p95MsByHour.length).toBeLessThanOrEqual(MAX_SERIES_POINTS);
    expect(section.p95MsByHour).toHaveLength(Math.ceil((hours * 3600) / section.stepSeconds));
    expect(section.worstHour.p95Ms).toBe(maxOf(section.p95MsByHour));
    expect(section.worstHour.hour).toBeLessThan(hours);
    expect(section.during.p95Ms).toBeLessThanOrEqual(section.worstHour.p95Ms);
  });
});
