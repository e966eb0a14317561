import { describe, expect, it } from "vitest";
import { HOUR } from "../../../models/units.ts";
import { loadScenario } from "../../../scenarios/load/loadScenario.ts";
import { migrationSection } from "../../../scenarios/run/migrationSection.ts";

const target = (targets: { id: string; value: number; pass: boolean }[], id: string) =>
  targets.find((t) => t.id === id)!;

describe("migrationSection(scenario)", () => {
  it("reference: the plan ends under 72 h, every stun under 1 s, no reboot", async () => {
    const scenario = await loadScenario("reference");
    const started = performance.now();
    const { section, targets } = migrationSection(scenario);
    const wallMs = performance.now() - started;
    console.info(
      `reference migration simulated in ${wallMs.toFixed(1)} ms: makespan ${(section.makespanSeconds / HOUR).toFixed(2)} h, ` +
        `max stun ${target(targets, "migration.maxDowntime").value.toFixed(3)} s, ` +
        `throttled ${section.vms.filter((v) => v.throttled).length}, preflight ${section.preflight.length}`,
    );
    expect(section.makespanSeconds).toBeLessThan(72 * HOUR);
    expect(target(targets, "migration.makespan").pass).toBe(true);
    expect(target(targets, "migration.maxDowntime").value).toBeLessThan(1);
    expect(target(targets, "migration.reboots").value).toBe(0);
    expect(section.vms).toHaveLength(scenario.inventory.vms.length);
    expect(section.vms.every((v) => v.converged)).toBe(true);
    expect(section.link.capacityBytesPerSecond).toBeCloseTo(0.9 * 1.25e9, 0);
    expect(Object.keys(section.link.bytesByKind).sort()).toEqual(["storage", "vmotion"]);
  });

  it("the numbers follow from the inputs: bytes moved ≥ used disk + memory of every VM", async () => {
    const scenario = await loadScenario("reference");
    const { section } = migrationSection(scenario);
    const need = scenario.inventory.vms.reduce((a, vm) => a + vm.diskUsedBytes + vm.memoryBytes, 0);
    const carried = section.link.bytesByKind.storage! + section.link.bytesByKind.vmotion!;
    expect(carried).toBeGreaterThanOrEqual(need);
    expect(section.makespanSeconds).toBeGreaterThan(carried / section.link.capacityBytesPerSecond);
  });

  it("reference-1gbe: the same plan over 1 GbE takes far longer", async () => {
    const ref = migrationSection(await loadScenario("reference")).section;
    const { section, targets } = migrationSection(await loadScenario("reference-1gbe"));
    console.info(
      `reference-1gbe: makespan ${(section.makespanSeconds / HOUR).toFixed(2)} h, max stun ${target(targets, "migration.maxDowntime").value.toFixed(3)} s, ` +
        `throttled ${section.vms.filter((v) => v.throttled).length}, preflight ${section.preflight.map((f) => f.code).join(",")}`,
    );
    expect(section.makespanSeconds).toBeGreaterThan(ref.makespanSeconds);
  });

  it("reference-hot-database: the databases only converge by throttling the guest", async () => {
    const { section, targets } = migrationSection(await loadScenario("reference-hot-database"));
    const throttled = section.vms.filter((v) => v.throttled);
    console.info(
      `reference-hot-database: throttled ${throttled.map((v) => `${v.id} ${(v.throttleSlowdownFraction * 100).toFixed(0)}% for ${v.throttleSeconds.toFixed(1)} s`).join("; ")}, max stun ${target(targets, "migration.maxDowntime").value.toFixed(3)} s`,
    );
    expect(throttled.length).toBeGreaterThan(0);
    expect(throttled.every((v) => v.throttleSlowdownFraction > 0)).toBe(true);
  });

  it("is deterministic: the same scenario gives the same JSON", async () => {
    const scenario = await loadScenario("reference");
    expect(JSON.stringify(migrationSection(scenario))).toBe(JSON.stringify(migrationSection(scenario)));
  });
});
