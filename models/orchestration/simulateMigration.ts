import { Environment } from "../../sim/Environment.ts";
import type { Event } from "../../sim/Event.ts";
import { FluidNetwork } from "../../sim/link/FluidNetwork.ts";
import type { Link } from "../../sim/link/Link.ts";
import type { ProcessGenerator } from "../../sim/Process.ts";
import { Resource } from "../../sim/resources/Resource.ts";
import { maxOf, minOf } from "../../sim/stats/extremes.ts";
import { mapped } from "../mapped.ts";
import type { MigrationMode } from "../migration/MigrationMode.ts";
import type { PrecopyTransport } from "../migration/PrecopyTransport.ts";
import { type PrecopyOutcome, precopy } from "../migration/precopy.ts";
import { VCENTER_COSTS } from "../migration/VCENTER_COSTS.ts";
import { deltaSync, replicateVolume, type VolumeInput } from "../storage/replicateVolume.ts";
import { type MaintenanceWindow, nextSwitchoverSeconds } from "./nextSwitchoverSeconds.ts";

/** A VM to migrate (base units). */
export interface MigrationVm {
  name: string;
  /** Configured memory, bytes. */
  memoryBytes: number;
  /** Touched memory: what the first pre-copy pass sends (see precopy); omitted: all memory. */
  touchedBytes?: number;
  /** Writable working set: the most a later pre-copy round re-sends; omitted: all memory. */
  workingSetBytes?: number;
  /** Used disk space to move, bytes. */
  diskBytes: number;
  /** Page-dirty rate while it runs, bytes per second. */
  dirtyRateBytesPerSecond: number;
  /** Disk change rate, bytes per second (delta syncs). */
  diskChangeRateBytesPerSecond: number;
  /** Source host, or null when unknown (then all unknown VMs share one host limit). */
  host: string | null;
  /** Source datastore, or null when unknown (then all unknown VMs share one limit). */
  datastore: string | null;
  /** Target host (its vMotion NIC carries the memory), or null/omitted when not modelled. */
  targetHost?: string | null;
  /**
   * Remedy of a preflight blocker (see vmRemedies): "cold" switches this VM over cold whatever
   * the plan's mode (not pre-seeded); "remediate" runs a task at the source before its
   * migration (a reboot); omitted: none.
   */
  remedy?: "cold" | "remediate";
  /**
   * Outage of the tasks run at the source when its wave starts, before its migration, seconds
   * (a remediation's power cycle and task; a cold VM's tasks while it is off); omitted: 0.
   */
  remediationSeconds?: number;
}

/** Inputs of {@link simulateMigration} (base units). */
export interface MigrationPlanInput {
  vms: readonly MigrationVm[];
  /** VM names per wave, first first (see planWaves); every VM exactly once. */
  waves: readonly (readonly string[])[];
  mode: MigrationMode;
  /** Effective inter-site link rate (line rate × efficiency), bytes per second. */
  linkBytesPerSecond: number;
  /**
   * Keep the inter-site link's step series in `link.series` (default true). False keeps its
   * first point alone, for a caller that reads none of it (a Monte Carlo replication); every
   * other figure of the result, `link.bytesByKind` included, is the same.
   */
  linkSeries?: boolean;
  /** Effective rate of each source host's vMotion NIC, bytes per second. */
  hostNicBytesPerSecond: number;
  /**
   * Effective rate of each target host's vMotion NIC, bytes per second; omitted: target NICs
   * not modelled. VMs with a `targetHost` then also cross that host's NIC with their memory.
   */
  targetHostNicBytesPerSecond?: number;
  /** Concurrent vMotions per source host. */
  vmotionsPerHost: number;
  /** Migrations in flight at once, in all. */
  maxConcurrent: number;
  /** Per-migration flow cap, bytes per second (Infinity: none). */
  perMigrationCapBytesPerSecond: number;
  /**
   * Per-flow cap on memory ("vmotion") flows, bytes per second, on top of the per-migration
   * cap (HCX vMotion: ≈ 1.7 Gbit/s); omitted: none.
   */
  vmotionCapBytesPerSecond?: number;
  /**
   * What each live migration pays besides its memory: set-up, round trips, streams, window,
   * compression, scan (see PrecopyTransport); omitted: none (the bare pre-copy).
   */
  transport?: PrecopyTransport;
  /**
   * Per-flow cap on replication ("storage") flows, bytes per second, on top of the
   * per-migration cap (HCX: 1 Gbit/s per migration); omitted: none.
   */
  replicationCapBytesPerSecond?: number;
  /**
   * Capacity of the interconnect appliance(s) every replication flow also crosses, bytes per
   * second (HCX: 1.6 Gbit/s per appliance, pooled over the appliances); omitted: none.
   */
  replicationApplianceBytesPerSecond?: number;
  /** Minimum link rate per migration, bytes per second: at most link ÷ this run at once. */
  minBandwidthPerMigrationBytesPerSecond: number;
  stunBudgetSeconds: number;
  resumeSeconds: number;
  maxRounds: number;
  /** Stun During Page Send target; omitted: no throttling (forced stop-and-copy at the cap). */
  throttleDirtyFraction?: number;
  /** Boot time of a rebooted VM (bulk, cold), seconds. */
  rebootSeconds: number;
  /** A datastore mounted at both sites: memory-only vMotion. */
  sharedDatastore: boolean;
  /** Pre-seed volumes in the data-preparation phase (modes that replicate ahead). */
  preseed: boolean;
  /** Interval of changed-block delta syncs between a volume's seed and its switchover, seconds. */
  deltaSyncIntervalSeconds: number;
  maintenanceWindows: readonly MaintenanceWindow[];
  linkSetupSeconds: number;
  preflightSeconds: number;
  contextCreationSeconds: number;
  validationPerVmSeconds: number;
}

/** One VM's migration as simulated. */
export interface VmMigration {
  id: string;
  /** Wave number, 0 first. */
  wave: number;
  mode: string;
  /** When it took its migration slot, seconds (pre-seeding, if any, ran before). */
  startSeconds: number;
  /** When it runs at the target, seconds. */
  endSeconds: number;
  /** Bytes sent for it over the link (disk and memory). */
  transferredBytes: number;
  /** Memory sent, bytes before compression (0 for bulk and cold). */
  memoryBytesSent: number;
  /** Pre-copy rounds (0 without a live switchover). */
  rounds: number;
  /** Stun, or outage for bulk and cold, seconds. */
  downtimeSeconds: number;
  converged: boolean;
  throttled: boolean;
  throttleSlowdownFraction: number;
  throttleSeconds: number;
  /** Rebooted: a bulk or cold switchover, or a remediation's power cycle. */
  rebooted: boolean;
  /** The remedy of its preflight blockers (see vmRemedies), "none" without any. */
  remedy: "none" | "cold" | "remediate";
  /** Outage of its tasks at the source before its migration, seconds (0 without any). */
  remediationSeconds: number;
}

/** A phase of the plan on the timeline. */
export interface PhaseSpan {
  name: string;
  startSeconds: number;
  endSeconds: number;
}

/** The link's use over time. */
export interface LinkTimeline {
  capacityBytesPerSecond: number;
  /** Step series: used rate from each time on, total and by kind ("vmotion", "storage"). */
  series: { timeSeconds: number; usedBytesPerSecond: number; usedByKind: Record<string, number> }[];
  /** Bytes carried by kind. */
  bytesByKind: Record<string, number>;
}

/** What {@link simulateMigration} returns. */
export interface MigrationPlanResult {
  /** From the start of link set-up to the end of validation, seconds. */
  makespanSeconds: number;
  phases: PhaseSpan[];
  /** In inventory order. */
  vms: VmMigration[];
  link: LinkTimeline;
  /** Concurrency limits applied: overall, per source host (NIC and cost), by minimum bandwidth. */
  limits: { overall: number; perHost: number; byBandwidth: number };
}

/**
 * Simulates the migration plan of DESIGN.md on the engine: (1) link set-up and preflight as
 * timed tasks; (2) context creation, then data preparation — volumes pre-seeded over the
 * inter-site link in wave order, `maxConcurrent` at a time, as "storage" flows; (3) waves,
 * one after the other; in a wave each VM waits for its seed, queues for a slot overall, on
 * its source host (vMotions per host by NIC and vCenter's host cost), on its datastore
 * (vCenter's datastore cost) and under the minimum bandwidth per migration, waits
 * for a maintenance window, sends a changed-block delta (or its whole disk when not
 * pre-seeded), then switches over: live pre-copy (see precopy), a reboot (bulk) or a cold
 * copy; (4) validation, `validationPerVmSeconds` per VM. Replication flows (seeds, delta
 * syncs, disk copies) also obey `replicationCapBytesPerSecond` and cross the replication
 * appliance link when given (HCX limits); memory flows cross the source host's vMotion NIC
 * and, when modelled, the target host's. A VM with a remedy (see vmRemedies) first runs its
 * remediation outage when its wave starts (the "remediation" phase spans them), or switches
 * over cold whatever the mode (not pre-seeded). Deterministic: no randomness.
 * @example simulateMigration({ vms, waves: planWaves(vms, …), mode: ravMode, … }).makespanSeconds
 */
export function simulateMigration(input: MigrationPlanInput): MigrationPlanResult {
  const env = new Environment();
  const network = new FluidNetwork(env);
  const wan = network.addLink({
    name: "inter-site",
    capacityBytesPerSecond: input.linkBytesPerSecond,
    series: input.linkSeries ?? true,
  });
  const mode = input.mode;
  const overall = mode.serial ? 1 : input.maxConcurrent;
  const byBandwidth = Math.max(
    1,
    input.minBandwidthPerMigrationBytesPerSecond > 0
      ? Math.floor(input.linkBytesPerSecond / input.minBandwidthPerMigrationBytesPerSecond)
      : overall,
  );
  const slots = new Resource(env, { capacity: overall, name: "migrations" });
  const bandwidth = new Resource(env, { capacity: byBandwidth, name: "bandwidth" });
  const seeding = new Resource(env, { capacity: input.maxConcurrent, name: "seeding" });
  // the NIC's limit, and the host's cost limit (8 ÷ 1 per vMotion)
  const perHost = Math.min(
    input.vmotionsPerHost,
    Math.floor(VCENTER_COSTS.host.maxCost / VCENTER_COSTS.host.vmotion),
  );
  const hosts = new Map<string, { slots: Resource; nic: Link }>();
  const hostOf = (name: string | null) => {
    const key = name ?? "(unknown host)";
    let host = hosts.get(key);
    if (host === undefined) {
      host = {
        slots: new Resource(env, { capacity: perHost, name: key }),
        // Only the inter-site link's series is reported: the NICs keep none (a point per
        // change of each of a provider's thousands of NICs is most of a large run's cost).
        nic: network.addLink({
          name: `${key} vmotion`,
          capacityBytesPerSecond: input.hostNicBytesPerSecond,
          series: false,
        }),
      };
      hosts.set(key, host);
    }
    return host;
  };
  const targetNics = new Map<string, Link>();
  const targetNicOf = (name: string | null | undefined): Link[] => {
    const rate = input.targetHostNicBytesPerSecond;
    if (rate === undefined || name === null || name === undefined) return [];
    let nic = targetNics.get(name);
    if (nic === undefined) {
      nic = network.addLink({
        name: `${name} vmotion (target)`,
        capacityBytesPerSecond: rate,
        series: false,
      });
      targetNics.set(name, nic);
    }
    return [nic];
  };
  const datastores = new Map<string, Resource>();
  const datastoreOf = (name: string | null) => {
    const key = name ?? "(unknown datastore)";
    let slots = datastores.get(key);
    if (slots === undefined) {
      const { maxCost, vmotion } = VCENTER_COSTS.datastore;
      slots = new Resource(env, { capacity: Math.floor(maxCost / vmotion), name: key });
      datastores.set(key, slots);
    }
    return slots;
  };
  const byName = new Map(input.vms.map((vm) => [vm.name, vm]));
  const results = new Map<string, VmMigration>();
  const cap = input.perMigrationCapBytesPerSecond;
  const replicationCap = Math.min(cap, input.replicationCapBytesPerSecond ?? cap);
  const vmotionCap = Math.min(cap, input.vmotionCapBytesPerSecond ?? cap);
  const appliance =
    input.replicationApplianceBytesPerSecond === undefined
      ? null
      : network.addLink({
          name: "replication appliance",
          capacityBytesPerSecond: input.replicationApplianceBytesPerSecond,
          series: false,
        });
  const replicateAhead = mode.replicatesAhead && !input.sharedDatastore && input.preseed;
  const moveDisk = !input.sharedDatastore;
  const phases: PhaseSpan[] = [];
  const remediations: { startSeconds: number; endSeconds: number }[] = [];
  const volumeOf = (vm: MigrationVm): VolumeInput => ({
    name: vm.name,
    diskBytes: vm.diskBytes,
    changeRateBytesPerSecond: vm.diskChangeRateBytesPerSecond,
    links: appliance === null ? [wan] : [wan, appliance],
    capBytesPerSecond: replicationCap,
  });

  /** A replicated volume: the seed, then delta syncs every interval until switchover. */
  interface Replica {
    /** Succeeds with the time the seed ended. */
    seeded: Event<number>;
    /** Succeeds when the VM's switchover begins: periodic syncs stop. */
    switchover: Event<undefined>;
    /** Start of the last copy or sync: later changes are not at the target yet. */
    syncedFromSeconds: number;
    /** Bytes sent by the seed and the periodic syncs. */
    bytes: number;
  }

  function* seed(vm: MigrationVm, replica: Replica): ProcessGenerator<void> {
    const request = seeding.request();
    yield request;
    const volume = volumeOf(vm);
    const seeded = yield* replicateVolume(env, network, volume);
    seeding.release(request);
    replica.syncedFromSeconds = seeded.startSeconds;
    replica.bytes += seeded.bytes;
    replica.seeded.succeed(seeded.endSeconds);
    for (;;) {
      yield env.anyOf([env.timeout(input.deltaSyncIntervalSeconds), replica.switchover]);
      if (replica.switchover.triggered) return;
      const delta = yield* deltaSync(env, network, volume, replica.syncedFromSeconds);
      replica.syncedFromSeconds = delta.startSeconds;
      replica.bytes += delta.bytes;
    }
  }

  function* migrate(
    vm: MigrationVm,
    wave: number,
    replica: Replica | null,
  ): ProcessGenerator<void> {
    const remediationSeconds = vm.remediationSeconds ?? 0;
    if (remediationSeconds > 0) {
      const from = env.now;
      yield env.timeout(remediationSeconds);
      remediations.push({ startSeconds: from, endSeconds: env.now });
    }
    if (replica !== null) yield replica.seeded;
    const host = hostOf(vm.host);
    const requests = [
      slots.request(),
      bandwidth.request(),
      host.slots.request(),
      datastoreOf(vm.datastore).request(),
    ];
    for (const request of requests) yield request;
    const startSeconds = env.now;
    const window = nextSwitchoverSeconds(env.now, input.maintenanceWindows);
    if (window > env.now) yield env.timeout(window - env.now);
    replica?.switchover.succeed(undefined);
    const switchover = vm.remedy === "cold" ? "cold" : mode.switchover;
    let seededAt = replica?.syncedFromSeconds ?? Number.NaN;
    let diskBytesSent = 0;
    const volume = volumeOf(vm);
    if (moveDisk && switchover !== "cold") {
      if (replica === null) {
        const copy = yield* replicateVolume(env, network, volume);
        diskBytesSent += copy.bytes;
        seededAt = copy.startSeconds;
      }
      if (switchover === "live") {
        diskBytesSent += (yield* deltaSync(env, network, volume, seededAt)).bytes;
      }
    }
    let outcome: PrecopyOutcome | null = null;
    let downtimeSeconds = 0;
    if (switchover === "live") {
      outcome = yield* precopy(env, network, {
        name: vm.name,
        memoryBytes: vm.memoryBytes,
        ...(vm.touchedBytes === undefined ? {} : { touchedBytes: vm.touchedBytes }),
        ...(vm.workingSetBytes === undefined ? {} : { workingSetBytes: vm.workingSetBytes }),
        dirtyRateBytesPerSecond: vm.dirtyRateBytesPerSecond,
        stunBudgetSeconds: input.stunBudgetSeconds,
        maxRounds: input.maxRounds,
        resumeSeconds: input.resumeSeconds,
        ...(input.throttleDirtyFraction === undefined
          ? {}
          : { throttleDirtyFraction: input.throttleDirtyFraction }),
        links: [wan, host.nic, ...targetNicOf(vm.targetHost)],
        capBytesPerSecond: vmotionCap,
        ...(input.transport === undefined ? {} : { transport: input.transport }),
      });
      downtimeSeconds = outcome.downtimeSeconds;
      yield env.timeout(input.resumeSeconds);
    } else {
      const downFrom = env.now;
      if (moveDisk) {
        const copy =
          switchover === "cold"
            ? yield* replicateVolume(env, network, volume)
            : yield* deltaSync(env, network, volume, seededAt);
        diskBytesSent += copy.bytes;
      }
      yield env.timeout(input.rebootSeconds);
      downtimeSeconds = env.now - downFrom;
    }
    for (const request of [...requests].reverse()) request.resource.release(request);
    const memoryBytesSent = outcome?.transferredBytes ?? 0;
    results.set(vm.name, {
      id: vm.name,
      wave,
      mode: vm.remedy === "cold" ? "cold" : mode.name,
      startSeconds,
      endSeconds: env.now,
      transferredBytes: diskBytesSent + (outcome?.wireBytes ?? 0) + (replica?.bytes ?? 0),
      memoryBytesSent,
      rounds: outcome?.rounds ?? 0,
      downtimeSeconds,
      converged: outcome?.converged ?? true,
      throttled: outcome?.throttled ?? false,
      throttleSlowdownFraction: outcome?.throttleSlowdownFraction ?? 0,
      throttleSeconds: outcome?.throttleSeconds ?? 0,
      rebooted: switchover !== "live" || vm.remedy === "remediate",
      remedy: vm.remedy ?? "none",
      remediationSeconds,
    });
  }

  function* plan(): ProcessGenerator<void> {
    const span = (name: string, startSeconds: number) =>
      phases.push({ name, startSeconds, endSeconds: env.now });
    yield env.timeout(input.linkSetupSeconds);
    span("link-setup", 0);
    const preflightFrom = env.now;
    yield env.timeout(input.preflightSeconds);
    span("preflight", preflightFrom);
    const contextFrom = env.now;
    yield env.timeout(input.contextCreationSeconds);
    span("context-creation", contextFrom);
    const migrationFrom = env.now;
    const seeds = new Map<string, Replica>();
    if (replicateAhead) {
      for (const names of input.waves) {
        for (const name of names) {
          if (byName.get(name)!.remedy === "cold") continue;
          const replica: Replica = {
            seeded: env.event<number>(),
            switchover: env.event<undefined>(),
            syncedFromSeconds: Number.NaN,
            bytes: 0,
          };
          seeds.set(name, replica);
          env.process(`seed ${name}`, seed(byName.get(name)!, replica));
        }
      }
    }
    for (let wave = 0; wave < input.waves.length; wave++) {
      const processes = input.waves[wave]!.map((name) =>
        env.process(`migrate ${name}`, migrate(byName.get(name)!, wave, seeds.get(name) ?? null)),
      );
      yield env.allOf(processes);
    }
    if (seeds.size > 0) {
      const lastSeed = maxOf([...seeds.values()].map((r) => r.seeded.value as number));
      phases.push({ name: "data-preparation", startSeconds: migrationFrom, endSeconds: lastSeed });
    }
    if (remediations.length > 0) {
      phases.push({
        name: "remediation",
        startSeconds: minOf(remediations.map((r) => r.startSeconds)),
        endSeconds: maxOf(remediations.map((r) => r.endSeconds)),
      });
    }
    span("waves", migrationFrom);
    const validationFrom = env.now;
    yield env.timeout(input.validationPerVmSeconds * input.vms.length);
    span("validation", validationFrom);
  }

  // Periodic-sync timers may outlive the plan: stop when the plan ends.
  env.run({ until: env.process("plan", plan()) });
  const usage = wan.usage();
  return {
    makespanSeconds: env.now,
    phases,
    // mapped, not .map: arrays passed on keep one V8 map (see mapped)
    vms: mapped(input.vms, (vm) => results.get(vm.name)!),
    link: {
      capacityBytesPerSecond: input.linkBytesPerSecond,
      series: wan.series.map((p) => ({
        timeSeconds: p.timeSeconds,
        usedBytesPerSecond: p.usedBytesPerSecond,
        usedByKind: { ...p.usedByKind },
      })),
      bytesByKind: { ...usage.carriedBytesByKind },
    },
    limits: { overall, perHost, byBandwidth },
  };
}
