import { beforeAll, describe, expect, it } from "vitest";
import { placementViolations } from "../../../models/platform/placementViolations.ts";
import { loadScenario } from "../../../scenarios/load/loadScenario.ts";
import { platformSection } from "../../../scenarios/run/platformSection.ts";
import type { Scenario } from "../../../scenarios/Scenario.ts";

let scenario: Scenario;
let result: ReturnType<typeof platformSection>;

beforeAll(async () => {
  scenario = await loadScenario("reference");
  result = platformSection(scenario);
});

describe("platformSection(reference)", () => {
  it("carries a week of hourly series per host, before and after", () => {
    const { section } = result;
    expect(section.steps).toBe(168);
    expect(section.before.hosts).toHaveLength(scenario.source.hosts.length);
    expect(section.after.hosts).toHaveLength(scenario.target.hosts.length);
    for (const h of [...section.before.hosts, ...section.after.hosts]) {
      expect(h.cpuDemandCores).toHaveLength(168);
      expect(h.cpuReadyFraction).toHaveLength(168);
    }
    console.log(
      JSON.stringify({
        before: {
          ready: section.before.maxCpuReadyFraction,
          demand: section.before.maxCpuDemandFraction,
        },
        after: {
          ready: section.after.maxCpuReadyFraction,
          demand: section.after.maxCpuDemandFraction,
        },
        latency: section.latency,
        n1: section.n1,
        n1Before: section.n1Before,
        rules: section.rules.length,
        unplaced: [section.before.unplaced, section.after.unplaced],
        jsonBytes: JSON.stringify(section).length,
      }),
    );
  });

  it("places every powered-on VM and honours the derived anti-affinity rules", () => {
    const { section } = result;
    expect(section.after.unplaced).toEqual([]);
    expect(section.rules.length).toBeGreaterThan(0);
    expect(placementViolations(section.after.placement, section.rules)).toEqual([]);
  });

  it("keeps each VM on its inventory host before cutover", () => {
    for (const vm of scenario.inventory.vms.filter((v) => v.powerState === "poweredOn")) {
      expect(result.section.before.placement[vm.name]).toBe(vm.host);
    }
  });

  it("finds the old platform more contended than the new one, from the inputs", () => {
    const { before, after } = result.section;
    expect(before.maxCpuReadyFraction).toBeGreaterThan(after.maxCpuReadyFraction);
    expect(result.section.latency.before.p95Ms).toBeGreaterThan(result.section.latency.after.p95Ms);
  });

  it("adds up the tenant's demand from the profiles (peak hour, before)", () => {
    // On the reference core (the source hosts) demand at the peak is Σ vCPU × cpuPeak.
    const s = result.section;
    const expected = scenario.inventory.vms
      .filter((v) => v.powerState === "poweredOn")
      .reduce((sum, vm) => {
        const p = scenario.profiles[vm.profile ?? scenario.defaultProfile];
        return sum + vm.vcpu * (p?.cpuPeakFraction.value ?? 0);
      }, 0);
    const total = s.before.hosts.reduce((sum, h) => sum + (h.cpuDemandCores[s.peakStep] ?? 0), 0);
    expect(total).toBeCloseTo(expected, 9);
  });

  it("orders latency percentiles p50 ≤ p95 ≤ p99 and adds the network RTT", () => {
    for (const l of [result.section.latency.before, result.section.latency.after]) {
      expect(l.p50Ms).toBeLessThanOrEqual(l.p95Ms);
      expect(l.p95Ms).toBeLessThanOrEqual(l.p99Ms);
    }
    expect(result.section.latency.after.p50Ms).toBeGreaterThan(
      scenario.target.networkRttSeconds * 1000,
    );
  });

  it("produces the targets latency.p95.after (ms) and capacity.n1 (boolean)", () => {
    const byId = new Map(result.targets.map((t) => [t.id, t]));
    const latency = byId.get("latency.p95.after");
    expect(latency?.unit).toBe("ms");
    expect(latency?.limit).toBeCloseTo(scenario.targets.latencyP95AfterSeconds * 1000, 9);
    expect(latency?.value).toBe(result.section.latency.after.p95Ms);
    const n1 = byId.get("capacity.n1");
    expect(n1).toMatchObject({ unit: "boolean", limit: 1, value: result.section.n1.pass ? 1 : 0 });
  });

  it("fails N+1 when other tenants fill the target", () => {
    const busy: Scenario = {
      ...scenario,
      target: {
        ...scenario.target,
        otherTenantsLoadFraction: {
          value: 0.95,
          low: 0.95,
          high: 0.95,
          source: null,
          assumption: "test",
          currency: null,
          distribution: "fixed",
        },
      },
    };
    const { targets } = platformSection(busy, 24);
    expect(targets.find((t) => t.id === "capacity.n1")).toMatchObject({ value: 0, pass: false });
  });

  it("measures a simulated year of hourly contention (no timing assertion)", () => {
    const started = performance.now();
    platformSection(scenario, 8766);
    console.log(
      `a year of hourly contention, both platforms: ${(performance.now() - started).toFixed(0)} ms`,
    );
  });
});
