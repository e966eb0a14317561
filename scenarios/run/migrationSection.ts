import type { Vm } from "../../models/Inventory.ts";
import { keptMapped, mapped } from "../../models/mapped.ts";
import { HCX_LIMITS } from "../../models/migration/HCX_LIMITS.ts";
import { migrationStack, transportOf } from "../../models/migration/MIGRATION_STACKS.ts";
import { migrationMode } from "../../models/migration/migrationModes.ts";
import { vmotionsPerHost } from "../../models/migration/vmotionsPerHost.ts";
import { BLOCKER_REMEDIES, type Remedy } from "../../models/orchestration/BLOCKER_REMEDIES.ts";
import { evcModeGeneration } from "../../models/orchestration/cpuGenerationRank.ts";
import { type FrozenVm, freezeList } from "../../models/orchestration/freezeList.ts";
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
import {
  type ValidationCheck,
  validationChecks,
} from "../../models/orchestration/validationChecks.ts";
import {
  type RemedyChoices,
  type VmRemedy,
  vmRemedies,
} from "../../models/orchestration/vmRemedies.ts";
import { DELTA_SYNC_INTERVAL_SECONDS } from "../../models/storage/deltaSyncIntervalSeconds.ts";
import { MBIT_PER_SECOND, MILLISECOND } from "../../models/units.ts";
import { maxOf } from "../../sim/stats/extremes.ts";
import type { Assumption, Target } from "../result/SimulationResult.ts";
import { notAssessedTarget } from "../result/targetState.ts";
import type { Scenario } from "../Scenario.ts";
import { KeyedCache } from "./KeyedCache.ts";
import { type PlatformSection, platformSection } from "./platformSection.ts";

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
  /** One entry per migrated VM (frozen ones excluded), inventory order. */
  vms: VmMigration[];
  /** VMs frozen during the move (DESIGN.md phase 1, see freezeList): not migrated. */
  frozen: FrozenVm[];
  /**
   * VMs left at the source because of a preflight blocker whose remedy is "exclude" (see
   * BLOCKER_REMEDIES), inventory order: their blocker codes and why.
   */
  excluded: { vm: string; blockers: string[]; reason: string }[];
  /**
   * VMs by the remedy they took: "none" (no blocker), "remediate" (a task and a reboot before
   * their migration), "cold" (a cold move, a reboot), "exclude" (not migrated). Frozen VMs are
   * counted in `frozen`, not here.
   */
  remedies: Record<"none" | Remedy, number>;
  /** Phases on the timeline. */
  phases: PhaseSpan[];
  /** Preflight findings (DESIGN.md phase 1). */
  preflight: PreflightFinding[];
  /**
   * Groups whose tiers ran on both sites during the move, with the inter-site round trip
   * every call between them pays meanwhile (seconds).
   */
  splitGroups: (SplitGroup & { extraRoundTripSeconds: number })[];
  /**
   * Phase 4: IPs kept (Layer-2 extension), VMs rebooted, validation time per VM, and the
   * checks after the move (see validationChecks): ips-kept, placement-rules (on the target
   * placement), networks, no-reboot, n1-target.
   */
  validation: {
    ipsKept: boolean;
    rebootedVms: string[];
    secondsPerVm: number;
    checks: ValidationCheck[];
  };
}

/**
 * The scenario's migration settings as the simulation takes them: everything but the VMs and
 * the waves (mode, effective link and NIC rates, limits, stun budget, throttling, phases).
 * Modes that replicate through HCX (rav, bulk) get HCX's replication limits: 1 Gbit/s per
 * migration and 1.6 Gbit/s × `migration.hcxAppliances` for all replication (FACTS.md); the
 * appliances are pooled as one link (an approximation: HCX pins a migration to one appliance),
 * and these rates are taken as goodput (no link efficiency applied).
 */
export function migrationSettingsOf(scenario: Scenario): Omit<MigrationPlanInput, "vms" | "waves"> {
  const { migration, link, source } = scenario;
  const efficiency = link.efficiencyFraction.value;
  const mode = migrationMode(migration.mode);
  const perMigrationCap = migration.perMigrationCapBytesPerSecond ?? Number.POSITIVE_INFINITY;
  return {
    mode,
    linkBytesPerSecond: link.bandwidthBytesPerSecond * efficiency,
    hostNicBytesPerSecond: source.vmotionNicBytesPerSecond * efficiency,
    targetHostNicBytesPerSecond: scenario.target.vmotionNicBytesPerSecond * efficiency,
    vmotionsPerHost:
      migration.perHostConcurrency === "auto"
        ? vmotionsPerHost(source.vmotionNicBytesPerSecond)
        : migration.perHostConcurrency,
    maxConcurrent: migration.maxConcurrent,
    // HCX vMotion carries the whole migration (memory and disks) at ≈ 1.7 Gbit/s; in RAV only
    // its last step, the memory, goes through HCX vMotion (FACTS.md, VMware HCX)
    perMigrationCapBytesPerSecond:
      mode.name === "vmotion"
        ? Math.min(perMigrationCap, HCX_LIMITS.vmotionBytesPerSecond)
        : perMigrationCap,
    vmotionCapBytesPerSecond: HCX_LIMITS.vmotionBytesPerSecond,
    transport: transportOf(migrationStack(migration.stack), {
      nicBytesPerSecond: source.vmotionNicBytesPerSecond,
      nics: 1,
      rttSeconds: link.rttSeconds,
      ...(migration.setupTimeSeconds === undefined
        ? {}
        : { setupSeconds: migration.setupTimeSeconds.value }),
      ...(migration.streams === undefined ? {} : { streams: migration.streams }),
      ...(migration.streamRateBytesPerSecond === undefined
        ? {}
        : { streamBytesPerSecond: migration.streamRateBytesPerSecond.value }),
      ...(migration.streamWindowBytes === undefined
        ? {}
        : { windowBytes: migration.streamWindowBytes.value }),
      ...(migration.compression === undefined
        ? {}
        : {
            compressionRatio: migration.compression.ratio.value,
            compressBytesPerSecondPerCore: migration.compression.coreRateBytesPerSecond.value,
          }),
    }),
    minBandwidthPerMigrationBytesPerSecond: migration.minBandwidthPerMigrationBytesPerSecond,
    ...(mode.replicatesAhead
      ? {
          replicationCapBytesPerSecond: HCX_LIMITS.perMigrationBytesPerSecond,
          replicationApplianceBytesPerSecond:
            migration.hcxAppliances * HCX_LIMITS.perApplianceBytesPerSecond,
        }
      : {}),
    stunBudgetSeconds: migration.stunBudgetSeconds,
    resumeSeconds: migration.resumeTimeSeconds.value,
    maxRounds: migration.maxRounds,
    throttleDirtyFraction: migration.throttleDirtyRateFraction.value,
    rebootSeconds: migration.rebootTimeSeconds.value,
    sharedDatastore: migration.sharedDatastore,
    preseed: migration.preseed,
    deltaSyncIntervalSeconds: DELTA_SYNC_INTERVAL_SECONDS,
    // mapped, not .map: arrays passed on keep one V8 map (see mapped)
    maintenanceWindows: mapped(migration.maintenanceWindows, (w) => ({
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
 * The simulation input of a scenario: the VMs to move (frozen ones left out, see freezeList),
 * their waves (planWaves) and the settings (migrationSettingsOf). Each VM dirties memory at
 * its profile's peak dirty rate and changes disk blocks at the profile's rate; powered-off
 * VMs dirty nothing. Each VM's memory also crosses its target host's vMotion NIC (bandwidth ×
 * link efficiency, as the source's): the host of `targetPlacement` (the platform section's
 * target placement), else — VMs it does not place (powered off, unplaced) or no placement
 * given — round-robin over the target hosts in inventory order.
 * @param targetPlacement VM name → target host name
 * @returns the plan input, the moved inventory VMs (inventory order) and the frozen VMs
 * @example simulateMigration(migrationPlanOf(scenario).input).makespanSeconds
 */
export function migrationPlanOf(
  scenario: Scenario,
  targetPlacement: Readonly<Record<string, string>> = {},
): {
  input: MigrationPlanInput;
  moved: Vm[];
  frozen: FrozenVm[];
  remedies: VmRemedy[];
  preflight: PreflightFinding[];
} {
  const { migration } = scenario;
  const frozen = FROZEN.get([scenario.inventory.vms, migration.freeze], () =>
    freezeList(scenario.inventory.vms, migration.freeze),
  );
  const frozenNames = new Set(frozen.map((f) => f.vm));
  const preflight = preflightOf(scenario);
  const remedies = vmRemedies(
    preflight.filter((f) => f.vm === null || !frozenNames.has(f.vm)),
    remedyChoicesOf(scenario),
  );
  const remedyOf = new Map(remedies.map((r) => [r.vm, r]));
  const moved = scenario.inventory.vms.filter(
    (vm) => !frozenNames.has(vm.name) && remedyOf.get(vm.name)?.remedy !== "exclude",
  );
  const rebootSeconds = migration.rebootTimeSeconds.value;
  const targetHosts = scenario.target.hosts.map((h) => h.name);
  let roundRobin = 0;
  const targetHostOf = (name: string): string | null =>
    targetPlacement[name] ??
    (targetHosts.length === 0 ? null : targetHosts[roundRobin++ % targetHosts.length]!);
  const vms: MigrationVm[] = mapped(moved, (vm) => {
    const profile = scenario.profiles[vm.profile ?? scenario.defaultProfile];
    const running = vm.powerState === "poweredOn";
    return {
      name: vm.name,
      memoryBytes: vm.memoryBytes,
      ...precopyMemoryOf(vm, running, profile),
      diskBytes: vm.diskUsedBytes,
      dirtyRateBytesPerSecond: running ? (profile?.dirtyRatePeakBytesPerSecond.value ?? 0) : 0,
      diskChangeRateBytesPerSecond: running
        ? (profile?.diskChangeRateBytesPerSecond.value ?? 0)
        : 0,
      host: vm.host,
      datastore: vm.datastore,
      targetHost: targetHostOf(vm.name),
      ...remedyInputOf(remedyOf.get(vm.name), rebootSeconds),
    };
  });
  const waves = planWaves(moved, {
    groupBy: migration.waves.groupBy,
    order: migration.waves.order,
    ...(migration.waves.maxVmsPerWave === undefined
      ? {}
      : { maxVmsPerWave: migration.waves.maxVmsPerWave }),
  });
  return {
    input: { vms, waves, ...migrationSettingsOf(scenario) },
    moved,
    frozen,
    remedies,
    preflight,
  };
}

/**
 * What a VM's live migration sends (see precopy): its touched memory — the export's
 * `Consumed` (vMemory; what the host has backed) when measured, else the profile's
 * `touchedMemory` fraction, else all configured memory; none for a VM that is not running —
 * and its writable working set, the profile's `workingSet` fraction of configured memory
 * (omitted: the touched memory), never more than the touched memory.
 */
export function precopyMemoryOf(
  vm: Vm,
  running: boolean,
  profile: Scenario["profiles"][string] | undefined,
): { touchedBytes: number; workingSetBytes: number } {
  const V = vm.memoryBytes;
  const consumed = vm.memoryConsumedBytes ?? 0;
  const touchedBytes = !running
    ? 0
    : Math.min(V, consumed > 0 ? consumed : (profile?.touchedMemoryFraction?.value ?? 1) * V);
  const workingSet = profile?.workingSetFraction?.value;
  return {
    touchedBytes,
    workingSetBytes:
      workingSet === undefined ? touchedBytes : Math.min(touchedBytes, workingSet * V),
  };
}

/**
 * A blocked VM's remedy as the simulation takes it: a remediation's outage is its power
 * cycle (`rebootSeconds`) plus its tasks; a cold VM runs its tasks while it is off.
 */
function remedyInputOf(
  remedy: VmRemedy | undefined,
  rebootSeconds: number,
): Pick<MigrationVm, "remedy" | "remediationSeconds"> {
  if (remedy === undefined || remedy.remedy === "exclude") return {};
  return remedy.remedy === "cold"
    ? { remedy: "cold", remediationSeconds: remedy.taskSeconds }
    : { remedy: "remediate", remediationSeconds: rebootSeconds + remedy.taskSeconds };
}

/** The scenario's `migration.remedies` as vmRemedies takes them. */
function remedyChoicesOf(scenario: Scenario): RemedyChoices {
  const { evcChangeSeconds, hardwareVersionUpgradeSeconds, ...remedies } =
    scenario.migration.remedies ?? {};
  return {
    remedies,
    taskSeconds: {
      ...(evcChangeSeconds === undefined ? {} : { evcChange: evcChangeSeconds.value }),
      ...(hardwareVersionUpgradeSeconds === undefined
        ? {}
        : { hardwareVersionUpgrade: hardwareVersionUpgradeSeconds.value }),
    },
  };
}

/**
 * The remediation tasks' default durations that a VM took (the scenario gave none): listed
 * among the assumptions only then, so that a plan without blockers lists none.
 */
export function remedyAssumptionsOf(
  scenario: Scenario,
  remedies: readonly VmRemedy[],
): Assumption[] {
  const given = scenario.migration.remedies ?? {};
  const used = new Set(remedies.flatMap((r) => r.tasks));
  return Object.values(BLOCKER_REMEDIES).flatMap(({ task }) =>
    task === null || !used.has(task.name) || `${task.name}Seconds` in given
      ? []
      : [
          {
            id: `migration.remedies.${task.name}Seconds`,
            value: task.seconds,
            low: task.seconds,
            high: task.seconds,
            unit: "s",
            source: null,
            assumption: task.assumption,
          },
        ],
  );
}

/**
 * Frozen VMs by inventory VMs and freeze list (the same in every replication of a study): shared,
 * not to be mutated.
 */
const FROZEN = new KeyedCache<FrozenVm[]>();

/** The VMs as preflightFindings takes them, by inventory VMs and source hosts (as FROZEN). */
const PREFLIGHT_VMS = new KeyedCache<Parameters<typeof preflightFindings>[0]["vms"]>();

/** The preflight findings of a scenario's inventory against its target and link. */
function preflightOf(scenario: Scenario): PreflightFinding[] {
  const { migration, link, source, target } = scenario;
  const mode = migrationMode(migration.mode);
  const linkBytesPerSecond = link.bandwidthBytesPerSecond * link.efficiencyFraction.value;
  const overall = mode.serial ? 1 : migration.maxConcurrent;
  const vms = PREFLIGHT_VMS.get([scenario.inventory.vms, source.hosts], () => {
    const generationOf = new Map(source.hosts.map((h) => [h.name, h.generation]));
    return scenario.inventory.vms.map((vm) => ({
      name: vm.name,
      vcpu: vm.vcpu,
      memoryBytes: vm.memoryBytes,
      diskProvisionedBytes: vm.diskProvisionedBytes,
      hardwareVersion: vm.hardwareVersion,
      snapshotCount: vm.snapshotCount,
      connectedMedia: vm.connectedMedia,
      // The EVC mode the VM needs (vInfo `min Required EVC Mode Key`) when the export gives it,
      // else its host's generation (issue 13, item 3).
      hostGeneration:
        evcModeGeneration(vm.minRequiredEvc) ??
        (vm.host === null ? null : (generationOf.get(vm.host) ?? null)),
    }));
  });
  return preflightFindings({
    vms,
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
}

/** Options of {@link migrationSection}. */
export interface MigrationSectionOptions {
  /**
   * Only what a Monte Carlo replication reads (runScenarioFigures): the section number for
   * number as the full one, but for `link.series`, which keeps its first point alone (the
   * link's series is not recorded). Not for a full result.
   */
  figuresOnly?: boolean;
}

/**
 * Maps a scenario onto the migration models (preflight, data preparation, waves, validation)
 * and their result onto the `migration` section and its targets. The link's effective rate is
 * bandwidth × efficiency; each VM dirties memory at its profile's peak dirty rate (the
 * workload model's `dirtyRateAt` will replace it) and changes disk blocks at the profile's
 * rate; powered-off VMs dirty nothing. Frozen VMs (`migration.freeze`, snapshots, connected
 * media: see freezeList) are left at the source and reported in `frozen`.
 * Targets: `migration.makespan` (s), `migration.maxDowntime` (s), `migration.reboots` (count).
 * Validation (phase 4) checks the target placement, the placement rules and N+1 of the
 * platform section: pass the one the runner already computed, or it is computed here.
 * Deterministic: the same scenario gives the same section.
 * @param platform the scenario's platform section (default: `platformSection(scenario).section`)
 * @param options see {@link MigrationSectionOptions}
 * @throws RangeError for an unknown migration mode (validated scenarios have none)
 * @example migrationSection(await loadScenario("reference")).section.makespanSeconds
 */
export function migrationSection(
  scenario: Scenario,
  platform: PlatformSection = platformSection(scenario).section,
  options: MigrationSectionOptions = {},
): {
  section: MigrationSection;
  targets: Target[];
  /** The remediation tasks' default durations a VM took (see remedyAssumptionsOf). */
  assumptions: Assumption[];
} {
  const { migration, link } = scenario;
  const mode = migrationMode(migration.mode);
  const { input, moved, frozen, remedies, preflight } = migrationPlanOf(
    scenario,
    platform.after.placement,
  );
  const result = simulateMigration(
    options.figuresOnly === true ? { ...input, linkSeries: false } : input,
  );
  const maxDowntime = Math.max(0, maxOf(result.vms.map((v) => v.downtimeSeconds)));
  // counted, not filter().length: an empty filter result has another V8 map (deopts when rare)
  let reboots = 0;
  for (const v of result.vms) if (v.rebooted) reboots++;
  const checks = validationChecks({
    l2Extension: link.l2Extension,
    vms: moved.map((vm, i) => ({
      name: vm.name,
      networks: vm.networks,
      rebooted: result.vms[i]!.rebooted,
    })),
    sourceNetworks: scenario.inventory.networks.map((n) => n.name),
    placement: platform.after.placement,
    rules: platform.rules,
    n1: platform.n1,
  });
  return {
    section: {
      makespanSeconds: result.makespanSeconds,
      mode: mode.name,
      link: result.link,
      vms: result.vms,
      phases: result.phases,
      preflight,
      frozen,
      // keptMapped and mapped, not filter/map: arrays of one V8 map (see mapped)
      excluded: keptMapped(
        remedies,
        (r) => r.remedy === "exclude",
        (r) => ({ vm: r.vm, blockers: r.blockers, reason: r.reason }),
      ),
      remedies: remedyCounts(result.vms, remedies),
      splitGroups: splitGroups(
        mapped(result.vms, (v, i) => ({
          group: moved[i]!.group,
          endSeconds: v.endSeconds,
        })),
      ).map((g) => ({ ...g, extraRoundTripSeconds: link.rttSeconds })),
      validation: {
        ipsKept: link.l2Extension,
        rebootedVms: keptMapped(
          result.vms,
          (v) => v.rebooted,
          (v) => v.id,
        ),
        secondsPerVm: migration.tasks.validationPerVmSeconds.value,
        checks,
      },
    },
    targets: migrationTargets(
      scenario,
      moved.length,
      result.makespanSeconds,
      maxDowntime,
      reboots,
      result.vms.some((v) => v.remedy === "cold"),
    ),
    assumptions: [...remedyAssumptionsOf(scenario, remedies), ...transportAssumptionsOf(scenario)],
  };
}

/**
 * The figures of the scenario's migration stack (MIGRATION_STACKS) that its live migrations
 * used because the scenario gave none, and HCX vMotion's rate: each with its source, or its
 * assumption (a stack figure whose source starts "assumption:"). Listed only for plans with a
 * live switchover.
 */
export function transportAssumptionsOf(scenario: Scenario): Assumption[] {
  const { migration } = scenario;
  if (migrationMode(migration.mode).switchover !== "live") return [];
  const stack = migrationStack(migration.stack);
  const figure = (name: string, unit: string, f: { value: number; source: string }): Assumption => {
    const assumed = f.source.startsWith("assumption:");
    return {
      id: `migration.stack.${name}`,
      value: f.value,
      low: f.value,
      high: f.value,
      unit,
      source: assumed ? null : f.source,
      assumption: assumed ? f.source.slice("assumption:".length).trim() : null,
    };
  };
  return [
    ...(migration.setupTimeSeconds === undefined
      ? [figure("setupSeconds", "s", stack.setupSeconds)]
      : []),
    figure("handshakeRoundTrips", "", stack.handshakeRoundTrips),
    figure("switchoverRoundTrips", "", stack.switchoverRoundTrips),
    ...(migration.streamRateBytesPerSecond === undefined
      ? [figure("streamBytesPerSecond", "B/s", stack.streamBytesPerSecond)]
      : []),
    ...(migration.streams !== undefined || !Number.isFinite(stack.nicBytesPerStream.value)
      ? []
      : [figure("nicBytesPerStream", "B/s", stack.nicBytesPerStream)]),
    ...(migration.streamWindowBytes === undefined
      ? [figure("windowBytes", "B", stack.windowBytes)]
      : []),
    figure("scanBytesPerSecond", "B/s", stack.scanBytesPerSecond),
    {
      id: "migration.hcx.vmotionBytesPerSecond",
      value: HCX_LIMITS.vmotionBytesPerSecond,
      low: HCX_LIMITS.vmotionBytesPerSecond,
      high: HCX_LIMITS.vmotionBytesPerSecond,
      unit: "B/s",
      source: "FACTS.md, VMware HCX: HCX vMotion measured ≈ 1.7 Gbit/s on a LAN",
      assumption: null,
    },
  ];
}

/** VMs by remedy: the migrated ones by their record, the excluded ones by their remedy. */
function remedyCounts(
  vms: readonly VmMigration[],
  remedies: readonly VmRemedy[],
): Record<"none" | Remedy, number> {
  const counts = { none: 0, remediate: 0, cold: 0, exclude: 0 };
  for (const v of vms) counts[v.remedy]++;
  // counted, not filter().length: an empty filter result has another V8 map (deopts when rare)
  counts.exclude = 0;
  for (const r of remedies) if (r.remedy === "exclude") counts.exclude++;
  return counts;
}

/**
 * The migration's targets: `migration.makespan` (s), `migration.maxDowntime` (s) and
 * `migration.reboots` (count) — not assessed when no VM is migrated (every VM frozen, or none
 * in the inventory): a plan that moves nothing has no makespan, stun or reboot to promise.
 */
function migrationTargets(
  scenario: Scenario,
  movedCount: number,
  makespanSeconds: number,
  maxDowntimeSeconds: number,
  reboots: number,
  coldMoves: boolean,
): Target[] {
  const limits = scenario.targets;
  const checks = [
    ["migration.makespan", "Migration makespan", makespanSeconds, limits.makespanSeconds, "s"],
    [
      "migration.maxDowntime",
      coldMoves ? "Longest switchover (stun or cold move)" : "Longest switchover (stun)",
      maxDowntimeSeconds,
      limits.maxDowntimeSeconds,
      "s",
    ],
    ["migration.reboots", "VMs rebooted", reboots, limits.maxReboots, "count"],
  ] as const;
  return checks.map(([id, label, value, limit, unit]) =>
    movedCount === 0
      ? notAssessedTarget(
          { id, label, limit, unit },
          `no VM is migrated (${scenario.inventory.vms.length === 0 ? "the inventory has none" : "every VM is frozen or excluded"}): nothing to time or count`,
        )
      : { id, label, value, limit, unit, pass: value <= limit },
  );
}
