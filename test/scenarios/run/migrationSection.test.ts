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

  it("reference-hot-database: the write-heavy databases need more rounds and longer stuns", async () => {
    const reference = await loadScenario("reference");
    const isDatabase = (id: string) =>
      reference.inventory.vms.find((vm) => vm.name === id)?.profile === "database";
    const before = migrationSection(reference).section.vms.filter((v) => isDatabase(v.id));
    const { section, targets } = migrationSection(await loadScenario("reference-hot-database"));
    const after = section.vms.filter((v) => isDatabase(v.id));
    console.info(
      `reference-hot-database: databases ${after.map((v) => `${v.id} ${v.rounds} rounds, stun ${v.downtimeSeconds.toFixed(3)} s${v.throttled ? `, throttled ${(v.throttleSlowdownFraction * 100).toFixed(0)}% for ${v.throttleSeconds.toFixed(1)} s` : ""}`).join("; ")}; ` +
        `reference: ${before.map((v) => `${v.rounds} rounds, stun ${v.downtimeSeconds.toFixed(3)} s`).join("; ")}; max stun ${target(targets, "migration.maxDowntime").value.toFixed(3)} s`,
    );
    expect(after.length).toBeGreaterThan(0);
    const sum = (vms: typeof after, f: (v: (typeof after)[number]) => number) =>
      vms.reduce((a, v) => a + f(v), 0);
    expect(sum(after, (v) => v.rounds)).toBeGreaterThan(sum(before, (v) => v.rounds));
    expect(sum(after, (v) => v.memoryBytesSent)).toBeGreaterThan(
      sum(before, (v) => v.memoryBytesSent),
    );
  });

  it("emits the three migration targets and the phase timeline of DESIGN.md", async () => {
    const { section, targets } = migrationSection(await loadScenario("reference"));
    expect(targets.map((t) => `${t.id} ${t.unit}`)).toEqual([
      "migration.makespan s",
      "migration.maxDowntime s",
      "migration.reboots count",
    ]);
    expect(section.phases.map((p) => p.name)).toEqual([
      "link-setup",
      "preflight",
      "context-creation",
      "data-preparation",
      "waves",
      "validation",
    ]);
    // 4 h + 2 h + 3 h of tasks before the first seed; 5 min of validation per VM at the end
    expect(section.phases[3]!.startSeconds).toBe(9 * HOUR);
    const validation = section.phases[5]!;
    expect(validation.endSeconds - validation.startSeconds).toBeCloseTo(
      300 * section.vms.length,
      6,
    );
    expect(section.validation.ipsKept).toBe(true);
    expect(section.validation.rebootedVms).toEqual([]);
    expect(section.splitGroups.every((g) => g.extraRoundTripSeconds === 0.004)).toBe(true);
  });

  it("is deterministic: the same scenario gives the same JSON", async () => {
    const scenario = await loadScenario("reference");
    expect(JSON.stringify(migrationSection(scenario))).toBe(
      JSON.stringify(migrationSection(scenario)),
    );
  });
});
