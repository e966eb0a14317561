import { performance } from "node:perf_hooks";
import { HCX_LIMITS } from "../../models/migration/HCX_LIMITS.ts";
import { migrationMode } from "../../models/migration/migrationModes.ts";
import { planWaves, type WaveVm } from "../../models/orchestration/planWaves.ts";
import {
  type MigrationPlanInput,
  type MigrationVm,
  simulateMigration,
} from "../../models/orchestration/simulateMigration.ts";
import { migrationSettingsOf } from "../../scenarios/run/migrationSection.ts";
import type { Scenario } from "../../scenarios/Scenario.ts";
import type { MigrationProgramme } from "./MigrationProgramme.ts";
import { wavesSeconds } from "./wavesSeconds.ts";

/** Shape of a synthetic provider-scale programme (base units). */
export interface ProgrammeShape {
  /** VMs to move. */
  vms: number;
  /** Used disk per VM, bytes (all pre-seeded). */
  diskBytesPerVm: number;
  /** Inter-site line rate, bytes per second (× the scenario's link efficiency). */
  linkBytesPerSecond: number;
  /** Migrations (and seeds) in flight at once. */
  maxConcurrent: number;
  /** Most VMs in one wave: customers are packed into waves up to this. */
  maxVmsPerWave: number;
  /** VMs per source host (VM i is on host i mod hosts: customers spread by DRS). */
  vmsPerHost: number;
  /** VMs per source datastore (VM i on datastore i mod datastores). */
  vmsPerDatastore: number;
  /** Smallest and largest customer, VMs: sizes cycle from smallest to largest. */
  groupSizes: { min: number; max: number };
  /**
   * HCX interconnect appliances pooled for replication (1.6 Gbit/s each); omitted: the
   * scenario's. A provider scales them out with the line: a few appliances in front of a
   * 100 Gbit/s line make seeding, not the line, the bottleneck, and seeded replicas then
   * wait and re-sync for longer the bigger the programme.
   */
  hcxAppliances?: number;
}

/**
 * A provider-scale programme built like `migrationSection` builds the reference one, with the
 * scenario's migration settings (stun budget, rounds, resume and reboot times, minimum
 * bandwidth, tasks), its source hosts' vMotion NIC and its link efficiency, in
 * replication-assisted vMotion ("rav") with pre-seeding, and the sizes of `shape`: VM i copies
 * memory and profile (peak dirty rate, disk change rate) from the scenario's powered-on VMs in
 * turn; many customers of `groupSizes` VMs; waves by customer, packed up to `maxVmsPerWave`.
 * Inputs are built once, outside the timed run.
 * @throws RangeError when the scenario has no powered-on VM or a VM names an unknown profile
 * @example syntheticProgramme(reference, { vms: 20_000, diskBytesPerVm: 160 * GB, … }).run()
 */
export function syntheticProgramme(scenario: Scenario, shape: ProgrammeShape): MigrationProgramme {
  const templates = scenario.inventory.vms.filter((vm) => vm.powerState === "poweredOn");
  if (templates.length === 0) throw new RangeError("the scenario has no powered-on VM");
  const { link } = scenario;
  const hostCount = Math.max(1, Math.ceil(shape.vms / shape.vmsPerHost));
  const datastoreCount = Math.max(1, Math.ceil(shape.vms / shape.vmsPerDatastore));
  const vms: MigrationVm[] = [];
  const waveVms: WaveVm[] = [];
  let group = 0;
  let leftInGroup = shape.groupSizes.min;
  for (let i = 0; i < shape.vms; i++) {
    const template = templates[i % templates.length]!;
    const name = template.profile ?? scenario.defaultProfile;
    const profile = scenario.profiles[name];
    if (profile === undefined) throw new RangeError(`unknown profile "${name}"`);
    vms.push({
      name: `vm${i}`,
      memoryBytes: template.memoryBytes,
      diskBytes: shape.diskBytesPerVm,
      dirtyRateBytesPerSecond: profile.dirtyRatePeakBytesPerSecond.value,
      diskChangeRateBytesPerSecond: profile.diskChangeRateBytesPerSecond.value,
      host: `host${i % hostCount}`,
      datastore: `ds${i % datastoreCount}`,
    });
    waveVms.push({ name: `vm${i}`, group: `customer${group}` });
    if (--leftInGroup === 0) {
      group++;
      const span = shape.groupSizes.max - shape.groupSizes.min + 1;
      leftInGroup = shape.groupSizes.min + (group % span);
    }
  }
  const waves = planWaves(waveVms, {
    groupBy: "group",
    order: [],
    maxVmsPerWave: shape.maxVmsPerWave,
  });
  const input: MigrationPlanInput = {
    ...migrationSettingsOf(scenario),
    vms,
    waves,
    mode: migrationMode("rav"),
    linkBytesPerSecond: shape.linkBytesPerSecond * link.efficiencyFraction.value,
    maxConcurrent: shape.maxConcurrent,
    sharedDatastore: false,
    preseed: true,
    maintenanceWindows: [],
    ...(shape.hcxAppliances === undefined
      ? {}
      : {
          replicationApplianceBytesPerSecond:
            shape.hcxAppliances * HCX_LIMITS.perApplianceBytesPerSecond,
        }),
  };
  return {
    name: `synthetic ${shape.vms.toLocaleString("en-US")} VMs`,
    vms: shape.vms,
    groups: new Set(waveVms.map((vm) => vm.group)).size,
    waves: waves.length,
    preseedBytes: shape.vms * shape.diskBytesPerVm,
    run() {
      const started = performance.now();
      const result = simulateMigration(input);
      const wallSeconds = (performance.now() - started) / 1000;
      return {
        wallSeconds,
        makespanSeconds: result.makespanSeconds,
        wavesSeconds: wavesSeconds(result.phases),
        storageBytes: result.link.bytesByKind.storage ?? 0,
        migratedVms: result.vms.filter((vm) => vm !== undefined).length,
      };
    },
  };
}
