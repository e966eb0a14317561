import { beforeAll, describe, expect, it } from "vitest";
import { MAX_SERIES_POINTS } from "../../../models/series/seriesStride.ts";
import { loadScenario } from "../../../scenarios/load/loadScenario.ts";
import { contentionDuringSection } from "../../../scenarios/run/contentionDuringSection.ts";
import { migrationSection } from "../../../scenarios/run/migrationSection.ts";
import { type PlatformSection, platformSection } from "../../../scenarios/run/platformSection.ts";
import type { Scenario } from "../../../scenarios/Scenario.ts";
import { maxOf } from "../../../sim/stats/extremes.ts";

let scenario: Scenario;
let platform: PlatformSection;

beforeAll(async () => {
  scenario = await loadScenario("reference");
  platform = platformSection(scenario).section;
});

describe("contentionDuringSection", () => {
  it("is hour by hour over the reference's move (18 h)", () => {
    const migration = migrationSection(scenario).section;
    const section = contentionDuringSection(scenario, platform, migration, 4);
    expect(section.stepSeconds).toBe(3600);
    for (const h of section.hosts) {
      expect(h.cpuDemandCores).toHaveLength(Math.ceil(migration.makespanSeconds / 3600));
    }
  });

  it("keeps at most MAX_SERIES_POINTS points on a slow link, at the stated step, with the same peaks", () => {
    const slow: Scenario = {
      ...scenario,
      link: { ...scenario.link, bandwidthBytesPerSecond: 5e6 / 8 },
    };
    const migration = migrationSection(slow).section;
    const section = contentionDuringSection(slow, platform, migration, 4);
    const hours = Math.ceil(migration.makespanSeconds / 3600);
    expect(hours).toBeGreaterThan(MAX_SERIES_POINTS);
    expect(section.stepSeconds).toBe(Math.ceil(hours / MAX_SERIES_POINTS) * 3600);
    for (const h of section.hosts) {
      expect(h.cpuDemandCores.length).toBeLessThanOrEqual(MAX_SERIES_POINTS);
      expect(h.cpuReadyFraction).toHaveLength(h.cpuDemandCores.length);
      expect(h.vcpus).toHaveLength(h.cpuDemandCores.length);
    }
    const demand = section.hosts.flatMap((h) => h.cpuDemandCores.map((d) => d / h.capacityCores));
    expect(section.maxCpuDemandFraction).toBe(Math.max(0, maxOf(demand)));
    // the peak demand hour of the week is reached on every host that keeps its VMs a week
    expect(section.maxCpuDemandFraction).toBeGreaterThan(0);
  });
});
