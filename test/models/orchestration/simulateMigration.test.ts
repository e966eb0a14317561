import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { migrationMode } from "../../../models/migration/migrationModes.ts";
import { precopyEstimate } from "../../../models/migration/precopyEstimate.ts";
import { planWaves } from "../../../models/orchestration/planWaves.ts";
import {
  type MigrationPlanInput,
  type MigrationVm,
  simulateMigration,
} from "../../../models/orchestration/simulateMigration.ts";
import { GBIT_PER_SECOND, GIB, MB } from "../../../models/units.ts";

function plan(vms: MigrationVm[], overrides: Partial<MigrationPlanInput> = {}): MigrationPlanInput {
  return {
    vms,
    waves: [vms.map((vm) => vm.name)],
    mode: migrationMode("rav"),
    linkBytesPerSecond: 0.9 * 10 * GBIT_PER_SECOND,
    hostNicBytesPerSecond: 0.9 * 25 * GBIT_PER_SECOND,
    vmotionsPerHost: 8,
    maxConcurrent: 8,
    perMigrationCapBytesPerSecond: Number.POSITIVE_INFINITY,
    minBandwidthPerMigrationBytesPerSecond: 250e6 / 8,
    stunBudgetSeconds: 0.5,
    resumeSeconds: 0.05,
    maxRounds: 30,
    throttleDirtyFraction: 0.5,
    rebootSeconds: 60,
    sharedDatastore: false,
    preseed: true,
    deltaSyncIntervalSeconds: 7200,
    maintenanceWindows: [],
    linkSetupSeconds: 100,
    preflightSeconds: 10,
    contextCreationSeconds: 20,
    validationPerVmSeconds: 5,
    ...overrides,
  };
}

const vm = (name: string, extra: Partial<MigrationVm> = {}): MigrationVm => ({
  name,
  memoryBytes: 8 * GIB,
  diskBytes: 0,
  dirtyRateBytesPerSecond: 100 * MB,
  diskChangeRateBytesPerSecond: 0,
  host: "esx01",
  datastore: "nfs-01",
  ...extra,
});

describe("simulateMigration(plan)", () => {
  it("one VM with a shared datastore: phases add up and the switchover is the closed form", () => {
    const r = simulateMigration(plan([vm("a")], { sharedDatastore: true }));
    const est = precopyEstimate({
      memoryBytes: 8 * GIB,
      rateBytesPerSecond: 0.9 * 10 * GBIT_PER_SECOND,
      dirtyRateBytesPerSecond: 100 * MB,
      stunBudgetSeconds: 0.5,
      maxRounds: 30,
      resumeSeconds: 0.05,
    });
    const v = r.vms[0]!;
    expect(v.rounds).toBe(est.rounds);
    expect(Math.abs(v.downtimeSeconds - est.downtimeSeconds) / est.downtimeSeconds).toBeLessThan(
      1e-9,
    );
    // 130 s of set-up tasks, the migration, its resume, then 5 s of validation
    expect(r.makespanSeconds).toBeCloseTo(130 + est.totalSeconds + 0.05 + 5, 6);
    expect(r.phases.map((p) => p.name)).toEqual([
      "link-setup",
      "preflight",
      "context-creation",
      "waves",
      "validation",
    ]);
    expect(v.rebooted).toBe(false);
  });

  it("bulk reboots each VM once; downtime is the final delta plus the boot time", () => {
    const r = simulateMigration(
      plan([vm("a", { diskBytes: 1e10, diskChangeRateBytesPerSecond: 0 })], {
        mode: migrationMode("bulk"),
      }),
    );
    expect(r.vms[0]!.rebooted).toBe(true);
    expect(r.vms[0]!.downtimeSeconds).toBeCloseTo(60, 9);
    expect(r.link.bytesByKind.storage).toBeCloseTo(1e10, 0);
  });

  it("bulk without pre-seeding copies the disk once while running, then a delta offline", () => {
    const r = simulateMigration(
      plan([vm("a", { diskBytes: 1e10, diskChangeRateBytesPerSecond: 0 })], {
        mode: migrationMode("bulk"),
        preseed: false,
      }),
    );
    expect(r.link.bytesByKind.storage).toBeCloseTo(1e10, 0);
    expect(r.vms[0]!.downtimeSeconds).toBeCloseTo(60, 9);
  });

  it("cold copies the whole disk while the VM is down", () => {
    const r = simulateMigration(
      plan([vm("a", { diskBytes: 1.125e10 })], { mode: migrationMode("cold") }),
    );
    // 1.125e10 B at 1.125e9 B/s = 10 s, then 60 s of boot
    expect(r.vms[0]!.downtimeSeconds).toBeCloseTo(70, 6);
    expect(r.vms[0]!.memoryBytesSent).toBe(0);
  });

  it("waits for a maintenance window before a switchover", () => {
    const r = simulateMigration(
      plan([vm("a")], {
        sharedDatastore: true,
        maintenanceWindows: [{ startSeconds: 1000, lengthSeconds: 100 }],
      }),
    );
    expect(r.vms[0]!.endSeconds).toBeGreaterThan(1000);
  });

  it("re-syncs changed blocks every interval until the switchover, then a final delta", () => {
    // seed 1e10 B at 1.125e9 B/s from t = 130 s (8.9 s); window at 130 + 5 h: syncs at
    // seed end + 2 h and + 4 h, each sending 1e5 B/s × the time since the previous sync began
    const r = simulateMigration(
      plan([vm("a", { diskBytes: 1e10, diskChangeRateBytesPerSecond: 1e5 })], {
        maintenanceWindows: [{ startSeconds: 130 + 5 * 3600, lengthSeconds: 3600 }],
      }),
    );
    const v = r.vms[0]!;
    const storage = r.link.bytesByKind.storage!;
    // everything changed since the seed began is sent once: 1e10 + 1e5 × (5 h)
    expect(storage).toBeCloseTo(1e10 + 1e5 * 5 * 3600, -4);
    expect(v.transferredBytes).toBeCloseTo(storage + v.memoryBytesSent, -1);
  });

  it("runs waves one after the other", () => {
    const vms = [vm("a"), vm("b")];
    const r = simulateMigration(plan(vms, { waves: [["a"], ["b"]], sharedDatastore: true }));
    expect(r.vms[1]!.startSeconds).toBeGreaterThanOrEqual(r.vms[0]!.endSeconds);
    expect(r.vms.map((v) => v.wave)).toEqual([0, 1]);
  });

  it("HCX limits: replication shares the appliance (1.6 Gbit/s) and each flow stays under 1 Gbit/s", () => {
    const limits = {
      replicationCapBytesPerSecond: GBIT_PER_SECOND,
      replicationApplianceBytesPerSecond: 1.6 * GBIT_PER_SECOND,
    };
    const prep = (r: ReturnType<typeof simulateMigration>) => {
      const p = r.phases.find((x) => x.name === "data-preparation")!;
      return p.endSeconds - p.startSeconds;
    };
    const disks = [vm("a", { diskBytes: 100e9 }), vm("b", { diskBytes: 100e9 })];
    // two seeds at once: 2 × 125 MB/s > 200 MB/s, so the appliance binds: 200e9 B ÷ 200e6 B/s
    expect(prep(simulateMigration(plan(disks, limits)))).toBeCloseTo(200e9 / 200e6, 6);
    // alone, the per-flow cap binds: 100e9 B ÷ 125e6 B/s
    expect(prep(simulateMigration(plan([disks[0]!], limits)))).toBeCloseTo(100e9 / 125e6, 6);
    // without the limits the 9 Gbit/s link is shared: 200e9 B ÷ 1.125e9 B/s
    expect(prep(simulateMigration(plan(disks)))).toBeCloseTo(200e9 / 1.125e9, 6);
  });

  it("HCX limits leave memory flows alone: a shared-datastore move is unchanged", () => {
    const limits = {
      replicationCapBytesPerSecond: GBIT_PER_SECOND,
      replicationApplianceBytesPerSecond: 1.6 * GBIT_PER_SECOND,
    };
    const vms = [vm("a"), vm("b")];
    const shared = { sharedDatastore: true };
    expect(simulateMigration(plan(vms, { ...shared, ...limits })).vms).toEqual(
      simulateMigration(plan(vms, shared)).vms,
    );
  });

  it("target NICs: memory crosses the target host's NIC, so a slower one sets the pre-copy rate", () => {
    const nic = GBIT_PER_SECOND; // slower than the 9 Gbit/s link and the 22.5 Gbit/s source NIC
    const r = simulateMigration(
      plan([vm("a", { targetHost: "t1" })], {
        sharedDatastore: true,
        targetHostNicBytesPerSecond: nic,
      }),
    );
    const est = precopyEstimate({
      memoryBytes: 8 * GIB,
      rateBytesPerSecond: nic,
      dirtyRateBytesPerSecond: 100 * MB,
      stunBudgetSeconds: 0.5,
      maxRounds: 30,
      resumeSeconds: 0.05,
    });
    expect(r.vms[0]!.rounds).toBe(est.rounds);
    expect(r.vms[0]!.downtimeSeconds).toBeCloseTo(est.downtimeSeconds, 9);
    // without a target host, or without the NIC rate, the target is not modelled
    const unmodelled = simulateMigration(plan([vm("a")], { sharedDatastore: true }));
    expect(
      simulateMigration(
        plan([vm("a", { targetHost: null })], {
          sharedDatastore: true,
          targetHostNicBytesPerSecond: nic,
        }),
      ).vms,
    ).toEqual(unmodelled.vms);
  });

  it("target NICs: two VMs into one target host share its NIC and finish later than on two hosts", () => {
    const settings = { sharedDatastore: true, targetHostNicBytesPerSecond: GBIT_PER_SECOND };
    const same = simulateMigration(
      plan(
        [vm("a", { host: "s1", targetHost: "t1" }), vm("b", { host: "s2", targetHost: "t1" })],
        settings,
      ),
    );
    const apart = simulateMigration(
      plan(
        [vm("a", { host: "s1", targetHost: "t1" }), vm("b", { host: "s2", targetHost: "t2" })],
        settings,
      ),
    );
    expect(same.makespanSeconds).toBeGreaterThan(apart.makespanSeconds);
  });

  it("is deterministic: the same plan gives the same JSON", () => {
    const vms = [vm("a", { diskBytes: 5e10 }), vm("b", { host: "esx02", diskBytes: 2e10 })];
    expect(JSON.stringify(simulateMigration(plan(vms)))).toBe(
      JSON.stringify(simulateMigration(plan(vms))),
    );
  });

  it("physical bounds hold over generated fleets (fast-check)", () => {
    const fleet = fc.array(
      fc.record({
        memoryGib: fc.integer({ min: 1, max: 16 }),
        diskGb: fc.integer({ min: 0, max: 200 }),
        dirtyMb: fc.integer({ min: 0, max: 300 }),
        host: fc.integer({ min: 0, max: 2 }),
        group: fc.integer({ min: 0, max: 3 }),
      }),
      { minLength: 1, maxLength: 14 },
    );
    fc.assert(
      fc.property(
        fleet,
        fc.constantFrom("vmotion", "rav", "bulk", "cold"),
        fc.constantFrom(1, 10),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 8 }),
        fc.boolean(),
        (specs, modeName, gbps, maxConcurrent, perHost, sharedDatastore) => {
          const vms = specs.map((s, i) =>
            vm(`vm${i}`, {
              memoryBytes: s.memoryGib * GIB,
              diskBytes: s.diskGb * 1e9,
              dirtyRateBytesPerSecond: s.dirtyMb * MB,
              diskChangeRateBytesPerSecond: 1e5,
              host: `esx${s.host}`,
            }),
          );
          const groups = specs.map((s, i) => ({ name: `vm${i}`, group: `g${s.group}` }));
          const input = plan(vms, {
            waves: planWaves(groups, { groupBy: "group", order: [], maxVmsPerWave: 5 }),
            mode: migrationMode(modeName),
            linkBytesPerSecond: 0.9 * gbps * GBIT_PER_SECOND,
            maxConcurrent,
            vmotionsPerHost: perHost,
            sharedDatastore,
          });
          const r = simulateMigration(input);
          // every VM migrated exactly once
          expect(r.vms.map((v) => v.id).sort()).toEqual(vms.map((v) => v.name).sort());
          // makespan ≥ bytes carried ÷ link capacity
          const carried = Object.values(r.link.bytesByKind).reduce((a, b) => a + b, 0);
          const sent = r.vms.reduce((a, v) => a + v.transferredBytes, 0);
          expect(Math.abs(carried - sent)).toBeLessThan(1e-6 * sent + 1);
          expect(r.makespanSeconds).toBeGreaterThanOrEqual(carried / input.linkBytesPerSecond);
          // concurrency never above a limit
          const limit = Math.min(r.limits.overall, r.limits.byBandwidth);
          for (const v of r.vms) {
            const t = v.startSeconds;
            const live = r.vms.filter((w) => w.startSeconds <= t && w.endSeconds > t);
            expect(live.length).toBeLessThanOrEqual(limit);
            const sameHost = live.filter(
              (w) =>
                vms.find((x) => x.name === w.id)!.host === vms.find((x) => x.name === v.id)!.host,
            );
            expect(sameHost.length).toBeLessThanOrEqual(Math.min(perHost, 8));
          }
          // a live migration sends at least the memory
          for (const v of r.vms) {
            const memory = vms.find((x) => x.name === v.id)!.memoryBytes;
            if (input.mode.switchover === "live")
              expect(v.memoryBytesSent).toBeGreaterThanOrEqual(memory);
            expect(v.endSeconds).toBeGreaterThanOrEqual(v.startSeconds);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
