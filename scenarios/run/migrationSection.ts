import { migrationMode } from "../../models/migration/migrationModes.ts";
import { vmotionsPerHost } from "../../models/migration/vmotionsPerHost.ts";
import { planWaves } from "../../models/orchestration/planWaves.ts";
import {
  type PreflightFinding,
  preflightFindings,
} from "../../models/orchestration/preflightFindings.ts";
import {
  type LinkTimeline,
  type MigrationPlanInput,
  type MigrationVm,
  type PhaseSpan,
  simulateMigration,
  type VmMigration,
} from "../../models/orchestration/simulateMigration.ts";
import { type SplitGroup, splitGroups } from "../../models/orchestration/splitGroups.ts";
import { DELTA_SYNC_INTERVAL_SECONDS } from "../../models/storage/deltaSyncIntervalSeconds.ts";
import { MBIT_PER_SECOND, MILLISECOND } from "../../models/units.ts";
import type { Target } from "../result/SimulationResult.ts";
import type { Scenario } from "../Scenario.ts";

/** The round trip vMotion supports, seconds: 150 ms in vSphere 6+ (FACTS.md, vSphere limits). */
const MAX_VMOTION_RTT_SECONDS = 150 * MILLISECOND;
/** At least 250 Mbit/s per concurrent vMotion (FACTS.md, vSphere limits). */
const MIN_PER_VMOTION_BYTES_PER_SECOND = 250 * MBIT_PER_SECOND;

/** The migration part of a SimulationResult. */
export interface MigrationSection {
  /** From the start of link set-up to the end of validation, seconds. */
  makespanSeconds: number;
  /** The migration mode the plan used. */
  mode: string;
  /** The inter-site link: effective capacity, used rate over time by kind, bytes by kind. */
  link: LinkTimeline;
  /** One entry per VM, inventory order. */
  vms: VmMigration[];
  /** Phases on the timeline. */
  phases: PhaseSpan[];
  /** Preflight findings (DESIGN.md phase 1). */
  preflight: PreflightFinding[];
  /**
   * Groups whose tiers ran on both sites during the move, with the inter-site round trip
   * every call between them pays meanwhile (seconds).
   */
  splitGroups: (SplitGroup & { extraRoundTripSeconds: number })[];
  /** Phase 4 checks: IPs kept (Layer-2 extension), VMs rebooted, validation time per VM. */
  validation: { ipsKept: boolean; rebootedVms: string[]; secondsPerVm: number };
}

/**
 * The scenario's migration settings as the simulation takes them: everything but the VMs and
 * the waves (mode, effective link and NIC rates, limits, stun budget, throttling, phases).
 */
export function migrationSettingsOf(scenario: Scenario): Omit<MigrationPlanInput, "vms" | "waves"> {
  const { migration, link, source } = scenario;
  const efficiency = link.efficiencyFraction.value;
  return {
    mode: migrationMode(migration.mode),
    linkBytesPerSecond: link.bandwidthBytesPerSecond * efficiency,
    hostNicBytesPerSecond: source.vmotionNicBytesPerSecond * efficiency,
    vmotionsPerHost:
      migration.perHostConcurrency === "auto"
        ? vmotionsPerHost(source.vmotionNicBytesPerSecond)
        : migration.perHostConcurrency,
    maxConcurrent: migration.maxConcurrent,
    perMigrationCapBytesPerSecond:
      migration.perMigrationCapBytesPerSecond ?? Number.POSITIVE_INFINITY,
    minBandwidthPerMigrationBytesPerSecond: migration.minBandwidthPerMigrationBytesPerSecond,
    stunBudgetSeconds: migration.stunBudgetSeconds,
    resumeSeconds: migration.resumeTimeSeconds.value,
    maxRounds: migration.maxRounds,
    throttleDirtyFraction: migration.throttleDirtyRateFraction.value,
    rebootSeconds: migration.rebootTimeSeconds.value,
    sharedDatastore: migration.sharedDatastore,
    preseed: migration.preseed,
    deltaSyncIntervalSeconds: DELTA_SYNC_INTERVAL_SECONDS,
    maintenanceWindows: migration.maintenanceWindows.map((w) => ({
      startSeconds: w.startSeconds,
      lengthSeconds: w.lengthSeconds,
    })),
    linkSetupSeconds: migration.tasks.linkSetupSeconds.value,
    preflightSeconds: migration.tasks.preflightSeconds.value,
    contextCreationSeconds: migration.tasks.contextCreationSeconds.value,
    validationPerVmSeconds: migration.tasks.validationPerVmSeconds.value,
  };
}

/**
 * Maps a scenario onto the migration models (preflight, data preparation, waves, validation)
 * and their result onto the `migration` section and its targets. The link's effective rate is
 * bandwidth × efficiency; each VM dirties memory at its profile's peak dirty rate (the
 * workload model's `dirtyRateAt` will replace it) and changes disk blocks at the profile's
 * rate; powered-off VMs dirty nothing.
 * Targets: `migration.makespan` (s), `migration.maxDowntime` (s), `migration.reboots` (count).
 * Deterministic: the same scenario gives the same section.
 * @throws RangeError for an unknown migration mode (validated scenarios have none)
 * @example migrationSection(await loadScenario("reference")).section.makespanSeconds
 */
export function migrationSection(scenario: Scenario): {
  section: MigrationSection;
  targets: Target[];
} {
  const { migration, link, source, target } = scenario;
  const mode = migrationMode(migration.mode);
  const linkBytesPerSecond = link.bandwidthBytesPerSecond * link.efficiencyFraction.value;
  const generationOf = new Map(source.hosts.map((h) => [h.name, h.generation]));
  const vms: MigrationVm[] = scenario.inventory.vms.map((vm) => {
    const profile = scenario.profiles[vm.profile ?? scenario.defaultProfile];
    const running = vm.powerState === "poweredOn";
    return {
      name: vm.name,
      memoryBytes: vm.memoryBytes,
      diskBytes: vm.diskUsedBytes,
      dirtyRateBytesPerSecond: running ? (profile?.dirtyRatePeakBytesPerSecond.value ?? 0) : 0,
      diskChangeRateBytesPerSecond: running
        ? (profile?.diskChangeRateBytesPerSecond.value ?? 0)
        : 0,
      host: vm.host,
      datastore: vm.datastore,
    };
  });
  const overall = mode.serial ? 1 : migration.maxConcurrent;
  const result = simulateMigration({
    vms,
    waves: planWaves(scenario.inventory.vms, {
      groupBy: migration.waves.groupBy,
      order: migration.waves.order,
      ...(migration.waves.maxVmsPerWave === undefined
        ? {}
        : { maxVmsPerWave: migration.waves.maxVmsPerWave }),
    }),
    ...migrationSettingsOf(scenario),
  });
  const preflight = preflightFindings({
    vms: scenario.inventory.vms.map((vm) => ({
      name: vm.name,
      vcpu: vm.vcpu,
      memoryBytes: vm.memoryBytes,
      diskProvisionedBytes: vm.diskProvisionedBytes,
      hardwareVersion: vm.hardwareVersion,
      snapshotCount: vm.snapshotCount,
      connectedMedia: vm.connectedMedia,
      hostGeneration: vm.host === null ? null : (generationOf.get(vm.host) ?? null),
    })),
    ...(target.perVmLimits === undefined ? {} : { perVmLimits: target.perVmLimits }),
    ...(target.evcBaseline === undefined ? {} : { targetEvcBaseline: target.evcBaseline }),
    ...(target.minHardwareVersion === undefined
      ? {}
      : { minHardwareVersion: target.minHardwareVersion }),
    rttSeconds: link.rttSeconds,
    maxRttSeconds: MAX_VMOTION_RTT_SECONDS,
    perVmotionBytesPerSecond: linkBytesPerSecond / overall,
    minPerVmotionBytesPerSecond: MIN_PER_VMOTION_BYTES_PER_SECOND,
  });
  const maxDowntime = Math.max(0, ...result.vms.map((v) => v.downtimeSeconds));
  const reboots = result.vms.filter((v) => v.rebooted).length;
  const { targets: limits } = scenario;
  return {
    section: {
      makespanSeconds: result.makespanSeconds,
      mode: mode.name,
      link: result.link,
      vms: result.vms,
      phases: result.phases,
      preflight,
      splitGroups: splitGroups(
        result.vms.map((v, i) => ({
          group: scenario.inventory.vms[i]!.group,
          endSeconds: v.endSeconds,
        })),
      ).map((g) => ({ ...g, extraRoundTripSeconds: link.rttSeconds })),
      validation: {
        ipsKept: link.l2Extension,
        rebootedVms: result.vms.filter((v) => v.rebooted).map((v) => v.id),
        secondsPerVm: migration.tasks.validationPerVmSeconds.value,
      },
    },
    targets: [
      {
        id: "migration.makespan",
        label: "Migration makespan",
        value: result.makespanSeconds,
        limit: limits.makespanSeconds,
        unit: "s",
        pass: result.makespanSeconds <= limits.makespanSeconds,
      },
      {
        id: "migration.maxDowntime",
        label: "Longest switchover (stun)",
        value: maxDowntime,
        limit: limits.maxDowntimeSeconds,
        unit: "s",
        pass: maxDowntime <= limits.maxDowntimeSeconds,
      },
      {
        id: "migration.reboots",
        label: "VMs rebooted",
        value: reboots,
        limit: limits.maxReboots,
        unit: "count",
        pass: reboots <= limits.maxReboots,
      },
    ],
  };
}
