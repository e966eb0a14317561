import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Vm } from "../../../models/Inventory.ts";
import { renderRunSummary } from "../../../scenarios/cli/renderRunSummary.ts";
import { loadScenario } from "../../../scenarios/load/loadScenario.ts";
import type { Target } from "../../../scenarios/result/SimulationResult.ts";
import { migrationSection } from "../../../scenarios/run/migrationSection.ts";
import { type PlatformSection, platformSection } from "../../../scenarios/run/platformSection.ts";
import { runScenario } from "../../../scenarios/run/runScenario.ts";
import type { Scenario } from "../../../scenarios/Scenario.ts";

/** An assessed target of the list (its value and verdict are numbers). */
const target = (targets: readonly Target[], id: string) =>
  targets.find((t) => t.id === id)! as Target & { value: number; pass: boolean };

/** The blockers a test VM may be given, on the reference (target: Skylake EVC, HW ≥ 11, 12 vCPU, 1.5 TB). */
const BLOCKERS = {
  none: (vm: Vm) => vm,
  evc: (vm: Vm) => ({ ...vm, host: "esx-new" }),
  "evc.vendor": (vm: Vm) => ({ ...vm, host: "esx-amd" }),
  "hardware-version": (vm: Vm) => ({ ...vm, hardwareVersion: 9 }),
  "per-vm-limit.vcpu": (vm: Vm) => ({ ...vm, vcpu: 16 }),
  "per-vm-limit.disk": (vm: Vm) => ({ ...vm, diskProvisionedBytes: 2e12 }),
} as const;
type Blocker = keyof typeof BLOCKERS;

let reference: Scenario;
let platform: PlatformSection;

/**
 * The reference with two more source hosts (an Ice Lake one, newer than the target's Skylake
 * baseline, and an AMD one) and its first VMs given the listed blockers.
 */
function blocked(blockers: readonly Blocker[], scenario: Scenario = reference): Scenario {
  const esx = scenario.source.hosts[0]!;
  return {
    ...scenario,
    source: {
      ...scenario.source,
      hosts: [
        ...scenario.source.hosts,
        { ...esx, name: "esx-new", generation: "Ice Lake" },
        { ...esx, name: "esx-amd", generation: "Milan" },
      ],
    },
    inventory: {
      ...scenario.inventory,
      vms: scenario.inventory.vms.map((vm, i) =>
        i < blockers.length ? BLOCKERS[blockers[i]!](vm) : vm,
      ),
    },
  };
}

beforeAll(async () => {
  reference = await loadScenario("reference");
  platform = platformSection(reference).section;
});

describe("remedies of VMs with preflight blockers (issue 13, item 6)", () => {
  const each: Blocker[] = [
    "evc",
    "evc.vendor",
    "hardware-version",
    "per-vm-limit.vcpu",
    "per-vm-limit.disk",
  ];

  it("one VM of each blocker takes the stated remedy; excluded VMs are listed, not migrated", () => {
    const scenario = blocked(each);
    const names = scenario.inventory.vms.slice(0, each.length).map((vm) => vm.name);
    const { section } = migrationSection(scenario, platform);
    const remedyOf = (name: string) => section.vms.find((v) => v.id === name)?.remedy;
    expect(names.slice(0, 3).map(remedyOf)).toEqual(["remediate", "cold", "remediate"]);
    expect(section.excluded.map((e) => [e.vm, e.blockers])).toEqual([
      [names[3], ["per-vm-limit.vcpu"]],
      [names[4], ["per-vm-limit.disk"]],
    ]);
    expect(section.excluded[0]!.reason).toContain("per-VM limit");
    expect(section.vms.map((v) => v.id)).not.toContain(names[3]);
    expect(section.vms).toHaveLength(reference.inventory.vms.length - 2);
    expect(section.remedies).toEqual({
      none: reference.inventory.vms.length - 5,
      remediate: 2,
      cold: 1,
      exclude: 2,
    });
    // the cold VM is not pre-seeded and switches over cold; the others move live (rav)
    expect(section.vms.find((v) => v.id === names[1])!.mode).toBe("cold");
    expect(section.vms.find((v) => v.id === names[0])!.mode).toBe("rav");
  });

  it("a remediation is a power cycle (reboot time) plus its task (hardware version: 10 min), before the VM's migration", () => {
    const scenario = blocked(each);
    const { section } = migrationSection(scenario, platform);
    const reboot = reference.migration.rebootTimeSeconds.value;
    const [evc, , hw] = scenario.inventory.vms.map((vm) =>
      section.vms.find((v) => v.id === vm.name),
    );
    expect(evc!.remediationSeconds).toBeCloseTo(reboot, 9);
    expect(hw!.remediationSeconds).toBeCloseTo(reboot + 600, 9);
    const waves = section.phases.find((p) => p.name === "waves")!;
    const remediation = section.phases.find((p) => p.name === "remediation")!;
    expect(remediation.startSeconds).toBeGreaterThanOrEqual(waves.startSeconds);
    expect(remediation.endSeconds).toBeLessThanOrEqual(section.makespanSeconds);
    expect(hw!.startSeconds).toBeGreaterThanOrEqual(remediation.startSeconds + reboot + 600 - 1e-6);
  });

  it("the targets see them: reboots count cold + remediated VMs, the longest downtime is the cold move's, the makespan grows with the task", () => {
    const scenario = blocked(each);
    const { section, targets } = migrationSection(scenario, platform);
    const reboots = target(targets, "migration.reboots");
    expect(reboots.value).toBe(3);
    expect(reboots.pass).toBe(false);
    expect(section.validation.rebootedVms).toHaveLength(3);
    const cold = section.vms.find((v) => v.remedy === "cold")!;
    const downtime = target(targets, "migration.maxDowntime");
    expect(downtime.value).toBe(cold.downtimeSeconds);
    expect(downtime.label).toContain("cold move");
    // its outage is at least its disk over the effective link, plus the boot
    const vm = scenario.inventory.vms.find((v) => v.name === cold.id)!;
    expect(cold.downtimeSeconds).toBeGreaterThanOrEqual(
      vm.diskUsedBytes / section.link.capacityBytesPerSecond +
        reference.migration.rebootTimeSeconds.value,
    );
    const long = {
      ...scenario,
      migration: {
        ...scenario.migration,
        remedies: {
          hardwareVersionUpgradeSeconds: {
            ...reference.migration.rebootTimeSeconds,
            value: 200 * 3600,
            low: 200 * 3600,
            high: 200 * 3600,
          },
        },
      },
    } as Scenario;
    const longer = migrationSection(long, platform);
    expect(target(longer.targets, "migration.makespan").value).toBeGreaterThan(200 * 3600);
    expect(target(longer.targets, "migration.makespan").value).toBeGreaterThan(
      section.makespanSeconds,
    );
  });

  it("migration.remedies overrides the table: EVC moved cold, a VM over the vCPU limit remediated", () => {
    const scenario = blocked(["evc", "per-vm-limit.vcpu"]);
    const overridden = {
      ...scenario,
      migration: {
        ...scenario.migration,
        remedies: { evc: "cold", "per-vm-limit.vcpu": "remediate" },
      },
    } as Scenario;
    const { section, targets } = migrationSection(overridden, platform);
    expect(section.vms.slice(0, 2).map((v) => v.remedy)).toEqual(["cold", "remediate"]);
    expect(section.excluded).toEqual([]);
    expect(target(targets, "migration.reboots").value).toBe(2);
  });

  it("the defaults a VM used are listed among the assumptions; the reference lists none", () => {
    const ids = (s: Scenario) =>
      runScenario(s, { sensitivity: false }).assumptions.map((a) => a.id);
    expect(ids(blocked(each))).toEqual(
      expect.arrayContaining([
        "migration.remedies.evcChangeSeconds",
        "migration.remedies.hardwareVersionUpgradeSeconds",
      ]),
    );
    expect(ids(reference).filter((id) => id.startsWith("migration.remedies"))).toEqual([]);
  });

  it("the run summary's migration line says what the blocked VMs took; the reference's says nothing of it", () => {
    const line = (s: Scenario) =>
      renderRunSummary(runScenario(s, { sensitivity: false }), [])
        .split("\n")
        .find((l) => l.includes("preflight findings"))!;
    expect(line(blocked(each))).toContain(
      "VMs with blockers: 2 remediated before their wave (a reboot each), 1 moved cold (a reboot each), 2 excluded (not migrated)",
    );
    expect(line(reference)).not.toContain("blockers");
  });

  it("property: the reboot target's value is the number of cold + remediated VMs", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...(Object.keys(BLOCKERS) as Blocker[])), {
          minLength: 1,
          maxLength: 8,
        }),
        (blockers) => {
          const { section, targets } = migrationSection(blocked(blockers), platform);
          const remedied = section.vms.filter(
            (v) => v.remedy === "cold" || v.remedy === "remediate",
          ).length;
          expect(target(targets, "migration.reboots").value).toBe(remedied);
          expect(remedied).toBe(section.remedies.cold + section.remedies.remediate);
          expect(section.remedies.exclude).toBe(
            blockers.filter((b) => b.startsWith("per-vm-limit")).length,
          );
        },
      ),
      { numRuns: 15, seed: 13 },
    );
  });
});
