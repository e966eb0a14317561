import { describe, expect, it } from "vitest";
import { simulateMigration } from "../../../models/orchestration/simulateMigration.ts";
import { HOUR } from "../../../models/units.ts";
import { loadScenario } from "../../../scenarios/load/loadScenario.ts";
import type { Target } from "../../../scenarios/result/SimulationResult.ts";
import {
  migrationPlanOf,
  migrationSection,
  precopyMemoryOf,
} from "../../../scenarios/run/migrationSection.ts";
import { platformSection } from "../../../scenarios/run/platformSection.ts";

/** An assessed target of the list (its value and verdict are numbers). */
const target = (targets: readonly Target[], id: string) =>
  targets.find((t) => t.id === id)! as Target & { value: number; pass: boolean };

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

  it("the numbers follow from the inputs: bytes moved ≥ used disk + touched memory of every VM", async () => {
    const scenario = await loadScenario("reference");
    const { section } = migrationSection(scenario);
    const need = scenario.inventory.vms.reduce((a, vm) => {
      const profile = scenario.profiles[vm.profile ?? scenario.defaultProfile];
      return a + vm.diskUsedBytes + precopyMemoryOf(vm, true, profile).touchedBytes;
    }, 0);
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

  it("validation (phase 4): the reference keeps its IPs, its rules, its networks and N+1, with no reboot", async () => {
    const scenario = await loadScenario("reference");
    const platform = platformSection(scenario).section;
    const { section } = migrationSection(scenario, platform);
    expect(section.validation.checks.map((c) => `${c.name} ${c.pass}`)).toEqual([
      "ips-kept true",
      "placement-rules true",
      "networks true",
      "no-reboot true",
      "n1-target true",
    ]);
    expect(platform.rules.length).toBeGreaterThan(0);
    // the default platform argument is the scenario's own platform section
    expect(migrationSection(scenario).section.validation).toEqual(section.validation);
  });

  it("validation reads the target placement it is given: two anti-affine VMs on one host fail", async () => {
    const scenario = await loadScenario("reference");
    const platform = platformSection(scenario).section;
    const rule = platform.rules.find((r) => r.kind === "antiAffinity")!;
    const [a, b] = rule.vms as [string, string];
    const placement = { ...platform.after.placement, [b]: platform.after.placement[a]! };
    const { section } = migrationSection(scenario, {
      ...platform,
      after: { ...platform.after, placement },
    });
    const check = section.validation.checks.find((c) => c.name === "placement-rules")!;
    expect(check.pass).toBe(false);
    expect(check.detail).toContain(rule.name);
  });

  it("freeze list: a frozen group and a VM with snapshots stay at the source and are reported", async () => {
    const scenario = await loadScenario("reference");
    const platform = platformSection(scenario).section;
    const group = scenario.inventory.vms.find((vm) => vm.group !== null)!.group!;
    const inGroup = scenario.inventory.vms.filter((vm) => vm.group === group).map((vm) => vm.name);
    const snapshotted = scenario.inventory.vms.find((vm) => vm.group !== group)!;
    const frozenScenario = {
      ...scenario,
      migration: { ...scenario.migration, freeze: [group] },
      inventory: {
        ...scenario.inventory,
        vms: scenario.inventory.vms.map((vm) =>
          vm === snapshotted ? { ...vm, snapshotCount: 1 } : vm,
        ),
      },
    };
    const { section } = migrationSection(frozenScenario, platform);
    const frozenNames = [...inGroup, snapshotted.name];
    expect(section.frozen.map((f) => f.vm).sort()).toEqual([...frozenNames].sort());
    expect(section.frozen.find((f) => f.vm === snapshotted.name)!.reasons).toEqual(["snapshots"]);
    expect(section.vms.map((v) => v.id)).toEqual(
      scenario.inventory.vms.map((vm) => vm.name).filter((n) => !frozenNames.includes(n)),
    );
    // validation counts only the migrated VMs (5 min each)
    const validation = section.phases.find((p) => p.name === "validation")!;
    expect(validation.endSeconds - validation.startSeconds).toBeCloseTo(
      300 * section.vms.length,
      6,
    );
    expect(migrationSection(scenario, platform).section.frozen).toEqual([]);
  });

  it("HCX limits: the reference's data preparation takes longer, at least used disk ÷ (appliances × 1.6 Gbit/s)", async () => {
    const scenario = await loadScenario("reference");
    const { input } = migrationPlanOf(scenario);
    expect(input.replicationCapBytesPerSecond).toBe(1e9 / 8);
    expect(input.replicationApplianceBytesPerSecond).toBe(scenario.migration.hcxAppliances * 2e8);
    const { replicationCapBytesPerSecond, replicationApplianceBytesPerSecond, ...uncapped } = input;
    const prep = (phases: { name: string; startSeconds: number; endSeconds: number }[]) => {
      const p = phases.find((x) => x.name === "data-preparation")!;
      return p.endSeconds - p.startSeconds;
    };
    const capped = prep(migrationSection(scenario).section.phases);
    const free = prep(simulateMigration(uncapped).phases);
    // hand bound: every used byte is seeded through the appliance(s) at 1.6 Gbit/s = 200 MB/s
    const diskBytes = scenario.inventory.vms.reduce((a, vm) => a + vm.diskUsedBytes, 0);
    const bound = diskBytes / (scenario.migration.hcxAppliances * 200e6);
    console.info(
      `reference data preparation: ${(capped / HOUR).toFixed(2)} h with HCX limits, ${(free / HOUR).toFixed(2)} h without; bound ${(bound / HOUR).toFixed(2)} h (${(diskBytes / 1e12).toFixed(3)} TB)`,
    );
    expect(capped).toBeGreaterThanOrEqual(bound * (1 - 1e-9));
    expect(capped).toBeGreaterThan(free);
    // two appliances double the pooled rate: the bound halves and preparation is shorter
    const two = { ...scenario, migration: { ...scenario.migration, hcxAppliances: 2 } };
    expect(prep(migrationSection(two).section.phases)).toBeLessThan(capped);
  });

  it("HCX limits apply to replicating modes only (rav, bulk), not to vMotion", async () => {
    const scenario = await loadScenario("reference");
    const vmotion = { ...scenario, migration: { ...scenario.migration, mode: "vmotion" as const } };
    expect(migrationPlanOf(vmotion).input.replicationApplianceBytesPerSecond).toBeUndefined();
    const bulk = { ...scenario, migration: { ...scenario.migration, mode: "bulk" as const } };
    expect(migrationPlanOf(bulk).input.replicationApplianceBytesPerSecond).toBe(2e8);
  });

  it("target NICs: VMs go to the platform's target hosts, the others round-robin over the target hosts", async () => {
    const scenario = await loadScenario("reference");
    const platform = platformSection(scenario).section;
    const { input } = migrationPlanOf(scenario, platform.after.placement);
    const hosts = scenario.target.hosts.map((h) => h.name);
    let k = 0;
    for (const vm of input.vms) {
      const placed = platform.after.placement[vm.name];
      expect(vm.targetHost).toBe(placed ?? hosts[k++ % hosts.length]);
    }
    expect(input.targetHostNicBytesPerSecond).toBeCloseTo(
      scenario.target.vmotionNicBytesPerSecond * scenario.link.efficiencyFraction.value,
      0,
    );
    // without a placement: round-robin over all target hosts in inventory order
    const plain = migrationPlanOf(scenario).input.vms;
    expect(plain.map((v) => v.targetHost)).toEqual(plain.map((_, i) => hosts[i % hosts.length]));
  });

  it("target NICs: a 1 GbE vMotion NIC on the target hosts slows the reference's switchovers", async () => {
    const scenario = await loadScenario("reference");
    const platform = platformSection(scenario).section;
    const ref = migrationSection(scenario, platform);
    const slow = migrationSection(
      { ...scenario, target: { ...scenario.target, vmotionNicBytesPerSecond: 1e9 / 8 } },
      platform,
    );
    const maxStun = (r: typeof ref) => target(r.targets, "migration.maxDowntime").value;
    console.info(
      `reference with 1 GbE target NICs: makespan ${(slow.section.makespanSeconds / HOUR).toFixed(2)} h (was ${(ref.section.makespanSeconds / HOUR).toFixed(2)} h), max stun ${maxStun(slow).toFixed(3)} s (was ${maxStun(ref).toFixed(3)} s)`,
    );
    const memoryBytesSent = (r: typeof ref) =>
      r.section.vms.reduce((a, v) => a + v.memoryBytesSent, 0);
    expect(memoryBytesSent(slow)).toBeGreaterThan(memoryBytesSent(ref));
    expect(slow.section.makespanSeconds).toBeGreaterThan(ref.section.makespanSeconds);
  });

  it("is deterministic: the same scenario gives the same JSON", async () => {
    const scenario = await loadScenario("reference");
    expect(JSON.stringify(migrationSection(scenario))).toBe(
      JSON.stringify(migrationSection(scenario)),
    );
  });
});
