import { describe, expect, it } from "vitest";
import { webLatency } from "../../../models/latency/webLatency.ts";
import { builtinNames } from "../../../scenarios/load/builtinScenarios.ts";
import { loadScenario } from "../../../scenarios/load/loadScenario.ts";
import { sampleScenario } from "../../../scenarios/montecarlo/sampleScenario.ts";
import {
  latencyDuringPercentiles,
  latencyDuringSection,
} from "../../../scenarios/run/latencyDuringSection.ts";
import { migrationSection } from "../../../scenarios/run/migrationSection.ts";
import { platformSection } from "../../../scenarios/run/platformSection.ts";

/*
 * Issue 16: a Monte Carlo replication reads the site p95 after cutover and during the move, the
 * targets and what the migration takes of the platform. The lean paths (platformSection's
 * figuresOnly, latencyDuringPercentiles) must give these number for number as the full ones.
 */
describe("the figures a replication reads, from the lean paths, equal the full sections'", () => {
  for (const name of builtinNames()) {
    it(`${name}, as loaded and in three replications`, async () => {
      const loaded = await loadScenario(name);
      for (const scenario of [loaded, ...[0, 1, 7].map((r) => sampleScenario(loaded, r))]) {
        const full = platformSection(scenario);
        const lean = platformSection(scenario, 168, { figuresOnly: true });
        expect(lean.targets).toEqual(full.targets);
        expect(Object.is(lean.section.latency.after.p95Ms, full.section.latency.after.p95Ms)).toBe(
          true,
        );
        const peak = full.section.peakStep;
        expect(lean.section.peakStep).toBe(peak);
        for (const side of ["before", "after"] as const) {
          const leanView = lean.section[side];
          const fullView = full.section[side];
          // the weekly peak computed, every other hour's stretch on demand, the same numbers
          expect(leanView.hosts.map((h) => [h.host, h.vcpus, h.cpuDemandCores[peak]])).toEqual(
            fullView.hosts.map((h) => [h.host, h.vcpus, h.cpuDemandCores[peak]]),
          );
          const stretchAt = leanView.stretchAt;
          expect(stretchAt).toBeDefined();
          expect(fullView.stretchAt).toBeUndefined();
          for (const [i, h] of fullView.hosts.entries()) {
            const onDemand = h.cpuStretchFraction.map((_, step) => stretchAt?.(i, step));
            expect(onDemand).toEqual(h.cpuStretchFraction);
            expect(leanView.hosts[i]?.cpuStretchFraction[peak]).toBe(h.cpuStretchFraction[peak]);
          }
          expect(leanView.hosts[0]?.cpuReadyFraction[(peak + 1) % 168]).toBeNaN();
          expect(leanView.placement).toEqual(fullView.placement);
          expect(leanView.siteLatency.map((v) => [v.vm, v.sites, v.utilization])).toEqual(
            fullView.siteLatency.map((v) => [v.vm, v.sites, v.utilization]),
          );
        }
        expect(lean.section.n1).toEqual(full.section.n1);
        expect(lean.section.rules).toEqual(full.section.rules);
        // what is not computed says so
        expect(lean.section.latency.after.p50Ms).toBeNaN();
        expect(lean.section.latency.before.p95Ms).toBeNaN();
        expect(lean.section.after.maxCpuReadyFraction).toBeNaN();
        const migration = migrationSection(scenario, full.section).section;
        expect(migrationSection(scenario, lean.section).section).toEqual(migration);
        // figures only: the same section but for the link's series, its first point alone
        const leanMigration = migrationSection(scenario, lean.section, {
          figuresOnly: true,
        }).section;
        const withoutSeries = (m: typeof migration) => ({ ...m, link: { ...m.link, series: [] } });
        expect(withoutSeries(leanMigration)).toEqual(withoutSeries(migration));
        expect(leanMigration.link.series).toEqual(migration.link.series.slice(0, 1));
        for (const tierCallsPerRequest of [1, 15]) {
          const during = latencyDuringSection(scenario, full.section, migration, {
            tierCallsPerRequest,
          }).section.during;
          const options = { tierCallsPerRequest };
          const [p95] = latencyDuringPercentiles(
            scenario,
            lean.section,
            migration,
            options,
            [0.95],
          );
          expect(Object.is(p95, during.p95Ms)).toBe(true);
          expect(
            latencyDuringPercentiles(scenario, full.section, migration, options, [0.5, 0.95, 0.99]),
          ).toEqual([during.p50Ms, during.p95Ms, during.p99Ms]);
        }
      }
    });
  }
});

describe("webLatency's percentiles option", () => {
  const profile = {
    cpuPeakFraction: 0.45,
    cpuTroughFraction: 0.08,
    activeMemoryFraction: 0.6,
    dirtyRatePeakBytesPerSecond: 0,
    dirtyRateTroughBytesPerSecond: 0,
    requestsPerSitePeak: 3,
    serviceTimeSeconds: 0.025,
  };
  const vm = (name: string, sites: number, stretchFraction: number) => ({
    name,
    sites,
    vcpu: 4,
    profile,
    level: 1,
    speedFactor: 1.2,
    stretchFraction,
    networkRttSeconds: 3e-4,
  });
  const vms = [vm("a", 20, 0.1), vm("b", 5, 0), vm("c", 12, 0.3)];

  it("gives the overall p95 of 'all' alone, the rest NaN", () => {
    const all = webLatency(vms);
    const p95 = webLatency(vms, { percentiles: "overallP95" });
    expect(p95.overall.p95Ms).toBe(all.overall.p95Ms);
    expect(p95.overall.p50Ms).toBeNaN();
    expect(p95.perVm.map((v) => [v.vm, v.sites, v.utilization])).toEqual(
      all.perVm.map((v) => [v.vm, v.sites, v.utilization]),
    );
    expect(p95.perVm.every((v) => Number.isNaN(v.p95Ms))).toBe(true);
    expect(webLatency(vms, { percentiles: "none" }).overall.p95Ms).toBeNaN();
  });

  it("gives 0 for no VM, as 'all' does", () => {
    expect(webLatency([], { percentiles: "overallP95" }).overall.p95Ms).toBe(0);
    expect(webLatency([]).overall.p95Ms).toBe(0);
  });
});
