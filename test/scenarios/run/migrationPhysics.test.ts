import { describe, expect, it } from "vitest";
import { HCX_LIMITS } from "../../../models/migration/HCX_LIMITS.ts";
import { migrationStack, transportOf } from "../../../models/migration/MIGRATION_STACKS.ts";
import { migrationMode } from "../../../models/migration/migrationModes.ts";
import { precopyEstimate } from "../../../models/migration/precopyEstimate.ts";
import { simulateMigration } from "../../../models/orchestration/simulateMigration.ts";
import { GBIT_PER_SECOND, GIB, MIB } from "../../../models/units.ts";
import { loadScenario } from "../../../scenarios/load/loadScenario.ts";
import {
  migrationPlanOf,
  migrationSection,
  migrationSettingsOf,
  transportAssumptionsOf,
} from "../../../scenarios/run/migrationSection.ts";
import type { Scenario } from "../../../scenarios/Scenario.ts";
import { maxOf } from "../../../sim/stats/extremes.ts";

/** The scenario with one VM's fields replaced. */
function withVm(
  scenario: Scenario,
  index: number,
  patch: Partial<Scenario["inventory"]["vms"][number]>,
) {
  const vms = scenario.inventory.vms.slice();
  vms[index] = { ...vms[index]!, ...patch };
  return { ...scenario, inventory: { ...scenario.inventory, vms } };
}

describe("the scenario's VMs move with issue 14's pre-copy terms", () => {
  it("touched memory: the export's vMemory Consumed wins, then the profile, none when not running", async () => {
    const reference = await loadScenario("reference");
    const vm = reference.inventory.vms[0]!;
    const profile = reference.profiles[vm.profile ?? reference.defaultProfile]!;
    const fromProfile = migrationPlanOf(reference).input.vms[0]!;
    expect(fromProfile.touchedBytes).toBeCloseTo(
      profile.touchedMemoryFraction!.value * vm.memoryBytes,
      3,
    );
    expect(fromProfile.workingSetBytes).toBeCloseTo(
      profile.workingSetFraction!.value * vm.memoryBytes,
      3,
    );

    const measured = migrationPlanOf(withVm(reference, 0, { memoryConsumedBytes: 1 * GIB })).input
      .vms[0]!;
    expect(measured.touchedBytes).toBe(1 * GIB);
    // the working set never exceeds what was touched
    expect(measured.workingSetBytes).toBeLessThanOrEqual(1 * GIB);

    const off = migrationPlanOf(withVm(reference, 0, { powerState: "poweredOff" })).input.vms[0]!;
    expect(off.touchedBytes).toBe(0);
    const { section } = migrationSection(withVm(reference, 0, { powerState: "poweredOff" }));
    expect(section.vms.find((v) => v.id === vm.name)!.memoryBytesSent).toBe(0);
  });

  it("a VM that touched less memory moves less: Consumed of 1 GiB against all its memory", async () => {
    const reference = await loadScenario("reference");
    const name = reference.inventory.vms[0]!.name;
    const sent = (s: Scenario) =>
      migrationSection(s).section.vms.find((v) => v.id === name)!.memoryBytesSent;
    const all = await loadScenario("reference");
    const touchedAll = withVm(all, 0, { memoryConsumedBytes: all.inventory.vms[0]!.memoryBytes });
    expect(sent(withVm(reference, 0, { memoryConsumedBytes: 1 * GIB }))).toBeLessThan(
      sent(touchedAll) / 2,
    );
  });

  it("HCX vMotion is capped at 1.7 Gbit/s: the whole migration in mode vmotion, the memory in rav", async () => {
    const serial = migrationSettingsOf(await loadScenario("reference-serial-vmotion"));
    expect(serial.perMigrationCapBytesPerSecond).toBeCloseTo(1.7 * GBIT_PER_SECOND, 6);
    const rav = migrationSettingsOf(await loadScenario("reference"));
    expect(rav.perMigrationCapBytesPerSecond).toBe(Number.POSITIVE_INFINITY);
    expect(rav.vmotionCapBytesPerSecond).toBe(HCX_LIMITS.vmotionBytesPerSecond);
    const { section } = migrationSection(await loadScenario("reference-serial-vmotion"));
    for (const point of section.link.series) {
      // one VM at a time: its memory or disk never exceeds HCX vMotion's rate
      expect(point.usedBytesPerSecond).toBeLessThanOrEqual(1.7 * GBIT_PER_SECOND * (1 + 1e-9));
    }
  });

  it("the link's RTT reaches every live migration: set-up and switchover round trips", async () => {
    const reference = await loadScenario("reference");
    const far = { ...reference, link: { ...reference.link, rttSeconds: 0.1 } };
    const near = migrationSection(reference).section;
    const distant = migrationSection(far).section;
    // every stun holds 2 switchover round trips of 100 ms and the 50 ms resume; at 4 ms none
    // needed that much more than its stop-and-copy
    for (const v of distant.vms) expect(v.downtimeSeconds).toBeGreaterThanOrEqual(0.25);
    expect(maxOf(distant.vms.map((v) => v.downtimeSeconds))).toBeGreaterThan(
      maxOf(near.vms.map((v) => v.downtimeSeconds)),
    );
    expect(distant.makespanSeconds).toBeGreaterThan(near.makespanSeconds);
  });

  it("one VM alone through simulateMigration equals the closed form with the same terms", () => {
    const transport = transportOf(migrationStack("vsphere-7u2"), {
      nicBytesPerSecond: 25 * GBIT_PER_SECOND,
      nics: 1,
      rttSeconds: 0.004,
    });
    const link = 0.9 * 10 * GBIT_PER_SECOND;
    const vm = {
      name: "db01",
      memoryBytes: 16 * GIB,
      touchedBytes: 12 * GIB,
      workingSetBytes: 3 * GIB,
      diskBytes: 0,
      dirtyRateBytesPerSecond: 300 * MIB,
      diskChangeRateBytesPerSecond: 0,
      host: "h1",
      datastore: "d1",
    };
    const plan = simulateMigration({
      vms: [vm],
      waves: [["db01"]],
      mode: migrationMode("vmotion"),
      linkBytesPerSecond: link,
      hostNicBytesPerSecond: 10 * link,
      vmotionsPerHost: 8,
      maxConcurrent: 1,
      perMigrationCapBytesPerSecond: Number.POSITIVE_INFINITY,
      minBandwidthPerMigrationBytesPerSecond: 0,
      stunBudgetSeconds: 0.5,
      resumeSeconds: 0.05,
      maxRounds: 30,
      throttleDirtyFraction: 0.5,
      rebootSeconds: 60,
      sharedDatastore: true,
      preseed: false,
      deltaSyncIntervalSeconds: 7200,
      maintenanceWindows: [],
      linkSetupSeconds: 0,
      preflightSeconds: 0,
      contextCreationSeconds: 0,
      validationPerVmSeconds: 0,
      transport,
    }).vms[0]!;
    const estimate = precopyEstimate({
      memoryBytes: vm.memoryBytes,
      touchedBytes: vm.touchedBytes,
      workingSetBytes: vm.workingSetBytes,
      rateBytesPerSecond: link,
      dirtyRateBytesPerSecond: vm.dirtyRateBytesPerSecond,
      stunBudgetSeconds: 0.5,
      maxRounds: 30,
      resumeSeconds: 0.05,
      throttleDirtyFraction: 0.5,
      transport,
    });
    const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThan(1e-9 * b + 1e-9);
    close(plan.endSeconds - plan.startSeconds, estimate.totalSeconds + 0.05);
    close(plan.downtimeSeconds, estimate.downtimeSeconds);
    close(plan.memoryBytesSent, estimate.transferredBytes);
    expect(plan.rounds).toBe(estimate.rounds);
  });

  it("the stack's figures the run used are listed with their sources or assumptions", async () => {
    const reference = await loadScenario("reference");
    const listed = transportAssumptionsOf(reference);
    const ids = listed.map((a) => a.id);
    expect(ids).toContain("migration.stack.setupSeconds");
    expect(ids).toContain("migration.hcx.vmotionBytesPerSecond");
    for (const a of listed) expect((a.source === null) !== (a.assumption === null)).toBe(true);
    // a setup time given by the scenario is its own input, not the stack's
    const given = {
      ...reference,
      migration: {
        ...reference.migration,
        setupTimeSeconds: reference.migration.resumeTimeSeconds,
      },
    };
    expect(transportAssumptionsOf(given).map((a) => a.id)).not.toContain(
      "migration.stack.setupSeconds",
    );
    const bulk = { ...reference, migration: { ...reference.migration, mode: "bulk" as const } };
    expect(transportAssumptionsOf(bulk)).toEqual([]);
  });
});
