import type { Vm } from "../../models/Inventory.ts";
import {
  type DuringMigrationInput,
  type DuringWebVm,
  duringMigrationLatency,
  duringMigrationOverallMs,
  type GroupSplitLatency,
} from "../../models/latency/duringMigrationLatency.ts";
import type { MovingVm } from "../../models/latency/duringMigrationSegments.ts";
import type { MmcQueue } from "../../models/latency/mmcResponseSurvival.ts";
import { siteQueue } from "../../models/latency/siteQueue.ts";
import { TIER_CALLS_PER_REQUEST } from "../../models/latency/tierCallsPerRequest.ts";
import type { LatencyPercentiles } from "../../models/latency/webLatency.ts";
import { WEEK } from "../../models/units.ts";
import { requestRateAt } from "../../models/workload/requestRateAt.ts";
import { type TrafficShape, trafficLevel } from "../../models/workload/TrafficShape.ts";
import type { WorkloadProfile } from "../../models/workload/WorkloadProfile.ts";
import { minOf } from "../../sim/stats/extremes.ts";
import type { Target } from "../result/SimulationResult.ts";
import type { Scenario } from "../Scenario.ts";
import type { MigrationSection } from "./migrationSection.ts";
import type { PlatformSection, PlatformView } from "./platformSection.ts";
import { workloadProfileOf } from "./workloadProfileOf.ts";

/** Latency the hosted sites see during the migration (`latency.during` of the result). */
export interface LatencyDuringSection {
  /** Hour of the platform's week (0 = Monday 00:00) at which the migration starts. */
  startStep: number;
  /**
   * Step of `p95MsByHour`, seconds: one hour for a move of up to MAX_SERIES_POINTS hours, else
   * a whole number of hours (the series keeps at most that many points).
   */
  stepSeconds: number;
  /** The window: from the start of the migration to its end (makespan), seconds. */
  windowSeconds: number;
  /** Round trips per request from web to back-end tiers (ASSUMPTION, see tierCallsPerRequest). */
  tierCallsPerRequest: number;
  /** Inter-site round trip paid by each call that crosses the link, seconds. */
  interSiteRttSeconds: number;
  /** Client traffic of a moved web VM trombones through the source gateway (L2 extension). */
  tromboning: boolean;
  /** All sites, site- and time-weighted, over the whole window, ms. */
  during: LatencyPercentiles;
  /**
   * p95 per hour of the window (hour 0 = start of the migration), ms; for a longer move, per
   * `stepSeconds`, each point the highest hourly p95 within it (the name is kept for readers).
   */
  p95MsByHour: number[];
  /** The hour with the highest p95 (from the start of the migration) and that p95, ms: exact at any step. */
  worstHour: { hour: number; p95Ms: number };
  /** The same hours had every VM stayed at the source, or already run at the target, ms. */
  sameHours: { source: LatencyPercentiles; target: LatencyPercentiles };
  /** Per group whose tiers were split: when, and the extra ms per request it paid. */
  splitGroups: GroupSplitLatency[];
}

/** Options of {@link latencyDuringSection}. */
export interface LatencyDuringOptions {
  /** Hour of the week the migration starts at; default: the weekly trough of traffic. */
  startStep?: number;
  /** Round trips per request between tiers; default TIER_CALLS_PER_REQUEST. */
  tierCallsPerRequest?: number;
}

/**
 * Maps a scenario, its platform section and its migration section onto the during-migration
 * latency model ({@link duringMigrationLatency}) and back into the `latency.during` section.
 *
 * - Web VMs are the powered-on VMs of a "web" profile with sites; back-ends the powered-on
 *   "database" and "cache" VMs. A web VM calls the back-ends of its own group (shared-hosting
 *   web VMs call the shared database and cache, which share their group); a VM without a group
 *   calls none. Calls per request: TIER_CALLS_PER_REQUEST (ASSUMPTION).
 * - Each VM is at the source before its switchover (migration.vms[].endSeconds) and at the
 *   target after; its stun is its downtimeSeconds.
 * - Base latency per hour: the platform section's model (an M/M/c queue at the VM's vCPUs, the
 *   host's core speed and CPU stretch at that hour of the week, plus the platform's client RTT)
 *   on the platform the VM is on, using that platform's placement and host series.
 *   Simplification: host contention is that of each platform's own view (all VMs at the source,
 *   or all at the target), not of the half-moved state.
 * - Time: migration t = 0 is placed at `startStep` of the platform's week; by default at the
 *   weekly trough of the traffic shape (the first hour of lowest level), a documented choice:
 *   a planner starts a cutover when traffic is lowest.
 * - Tromboning when the link has a Layer-2 extension (FACTS.md, VMware HCX).
 * Web VMs not placed on one of the platforms are left out.
 *
 * Targets: none (DESIGN.md names no target for latency during the move).
 *
 * @example latencyDuringSection(scenario, platformSection(scenario).section, migrationSection(scenario).section).section.during.p95Ms
 */
export function latencyDuringSection(
  scenario: Scenario,
  platform: PlatformSection,
  migration: MigrationSection,
  options: LatencyDuringOptions = {},
): { section: LatencyDuringSection; targets: Target[] } {
  const { input, startStep, callsPerRequest } = duringInputOf(
    scenario,
    platform,
    migration,
    options,
  );
  const result = duringMigrationLatency(input);
  return {
    section: {
      startStep,
      stepSeconds: input.stepSeconds * result.stepsPerPoint,
      windowSeconds: input.windowSeconds,
      tierCallsPerRequest: callsPerRequest,
      interSiteRttSeconds: scenario.link.rttSeconds,
      tromboning: scenario.link.l2Extension,
      during: result.overall,
      p95MsByHour: result.p95MsByStep,
      worstHour: { hour: result.worstStep.step, p95Ms: result.worstStep.p95Ms },
      sameHours: { source: result.sourceOnly, target: result.targetOnly },
      splitGroups: result.groups,
    },
    targets: [],
  };
}

/**
 * Quantiles of `during` of {@link latencyDuringSection} alone, number for number (the same
 * inputs and mixture: duringMigrationOverallMs), for a caller that reads nothing else of the
 * section: a Monte Carlo replication keeps the site p95 during the move only, and the p95 per
 * hour, the stay-put comparisons and the split groups are most of the section's cost.
 *
 * @param quantiles e.g. [0.95] for `during.p95Ms`
 * @returns ms, one per quantile (Infinity when a queue is unstable)
 * @example latencyDuringPercentiles(scenario, platform, migration, {}, [0.95])[0] // === latencyDuringSection(…).section.during.p95Ms
 */
export function latencyDuringPercentiles(
  scenario: Scenario,
  platform: PlatformSection,
  migration: MigrationSection,
  options: LatencyDuringOptions,
  quantiles: readonly number[],
): number[] {
  return duringMigrationOverallMs(
    duringInputOf(scenario, platform, migration, options).input,
    quantiles,
  );
}

/** What the during-migration model takes from the scenario and its sections. */
function duringInputOf(
  scenario: Scenario,
  platform: PlatformSection,
  migration: MigrationSection,
  options: LatencyDuringOptions,
): { input: DuringMigrationInput; startStep: number; callsPerRequest: number } {
  const stepSeconds = platform.stepSeconds;
  const startStep =
    options.startStep ?? troughStep(platform.trafficShape, platform.steps, stepSeconds);
  const callsPerRequest = options.tierCallsPerRequest ?? TIER_CALLS_PER_REQUEST;
  const windowSeconds = migration.makespanSeconds;
  const windowSteps = windowSeconds > 0 ? Math.ceil(windowSeconds / stepSeconds) : 0;
  // queues repeat when both the platform's series and the traffic shape do
  const periodSteps = leastCommonMultiple(platform.steps, WEEK / stepSeconds);
  const steps = Math.min(windowSteps, periodSteps);
  const moves = new Map(migration.vms.map((m) => [m.id, m]));
  const roleOf = (vm: Vm) => scenario.profiles[vm.profile ?? scenario.defaultProfile]?.role;
  const moving = (vm: Vm): MovingVm | undefined => {
    const m = moves.get(vm.name);
    return m === undefined
      ? undefined
      : {
          name: vm.name,
          group: vm.group,
          switchoverSeconds: m.endSeconds,
          downtimeSeconds: m.downtimeSeconds,
        };
  };
  const running = scenario.inventory.vms.filter((vm) => vm.powerState === "poweredOn");
  const shared = new Map<string, MmcQueue[] | undefined>();
  // the traffic level of each step of the window (or period), once for all VMs
  const levels = Array.from({ length: steps }, (_, k) =>
    trafficLevel((startStep + k) * stepSeconds, platform.trafficShape),
  );
  const webVms: DuringWebVm[] = [];
  for (const vm of running) {
    const move = moving(vm);
    if (roleOf(vm) !== "web" || vm.sites <= 0 || move === undefined) continue;
    const profile = workloadProfileOf(scenario, vm);
    const context = {
      vm,
      profile,
      startStep,
      steps,
      levels,
      platform,
      key: queueKeyOf(vm, profile),
    };
    const sourceQueues = sharedQueuesOn("source", platform.before, context, shared);
    const targetQueues = sharedQueuesOn("target", platform.after, context, shared);
    if (sourceQueues === undefined || targetQueues === undefined) continue;
    webVms.push({
      name: move.name,
      group: move.group,
      switchoverSeconds: move.switchoverSeconds,
      downtimeSeconds: move.downtimeSeconds,
      sites: vm.sites,
      sourceQueues,
      targetQueues,
      sourceNetworkRttSeconds: scenario.source.networkRttSeconds,
      targetNetworkRttSeconds: scenario.target.networkRttSeconds,
    });
  }
  const backendVms = running.flatMap((vm) => {
    const move = moving(vm);
    const role = roleOf(vm);
    return (role === "database" || role === "cache") && move !== undefined ? [move] : [];
  });
  return {
    input: {
      webVms,
      backendVms,
      windowSeconds,
      stepSeconds,
      interSiteRttSeconds: scenario.link.rttSeconds,
      callsPerRequest,
      trombone: scenario.link.l2Extension,
      periodSteps,
    },
    startStep,
    callsPerRequest,
  };
}

/** The least common multiple of two whole numbers of steps (Infinity unless both are). */
function leastCommonMultiple(a: number, b: number): number {
  if (!(Number.isInteger(a) && Number.isInteger(b) && a > 0 && b > 0)) {
    return Number.POSITIVE_INFINITY;
  }
  let [x, y] = [a, b];
  while (y !== 0) [x, y] = [y, x % y];
  return (a / x) * b;
}

/**
 * The first step of the week with the lowest traffic level; kept per exact shape and steps
 * (every replication asks it of the same shape).
 */
function troughStep(shape: TrafficShape, steps: number, stepSeconds: number): number {
  const key = [shape.troughHour, shape.peakHour, shape.weekendFactor, steps, stepSeconds]
    .map((x) => (Object.is(x, -0) ? "-0" : String(x)))
    .join(" ");
  let step = TROUGH_STEPS.get(key);
  if (step === undefined) {
    const levels = Array.from({ length: steps }, (_, i) => trafficLevel(i * stepSeconds, shape));
    step = Math.max(0, levels.indexOf(minOf(levels)));
    if (TROUGH_STEPS.size >= 64) TROUGH_STEPS.clear();
    TROUGH_STEPS.set(key, step);
  }
  return step;
}

/** {@link troughStep} by its exact inputs (a few shapes in a program: bounded all the same). */
const TROUGH_STEPS = new Map<string, number>();

interface QueueContext {
  vm: Vm;
  profile: WorkloadProfile;
  startStep: number;
  steps: number;
  /** Traffic level at each step of the window (or period). */
  levels: readonly number[];
  platform: PlatformSection;
  /** What the VM's queues depend on besides the platform and host: {@link queueKeyOf}. */
  key: string;
}

/**
 * The VM's profile values, sites and vCPUs as a key, once per VM (both platforms use it).
 * String keeps NaN and ±Infinity apart (JSON would write null for all three).
 */
function queueKeyOf(vm: Vm, profile: WorkloadProfile): string {
  return JSON.stringify([...Object.values(profile), vm.sites, vm.vcpu].map(String));
}

/**
 * {@link queuesOn}, one array per platform, host, profile, sites and vCPUs (what the queues
 * depend on): VMs alike on one host share their queue objects, so memory is bounded by hosts ×
 * sizes × hours rather than VMs × hours, and the during-migration mixture merges their
 * components (mergedMixture).
 */
function sharedQueuesOn(
  side: string,
  view: PlatformView,
  ctx: QueueContext,
  shared: Map<string, MmcQueue[] | undefined>,
): MmcQueue[] | undefined {
  // the platform and host, then the VM's key: the same VMs share as with one array of all
  const key = JSON.stringify([side, view.placement[ctx.vm.name] ?? null]) + ctx.key;
  if (!shared.has(key)) shared.set(key, queuesOn(view, ctx));
  return shared.get(key);
}

/**
 * The VM's queue at each hour of the window (or of the period after which they repeat) on one
 * platform; undefined when it is not placed.
 */
function queuesOn(view: PlatformView, ctx: QueueContext): MmcQueue[] | undefined {
  const hostName = view.placement[ctx.vm.name];
  const index = view.hosts.findIndex((h) => h.host === hostName);
  const host = view.hosts[index];
  if (host === undefined) return undefined;
  // a figures-only section computes a host's stretch when asked (the same number)
  const stretchAt = view.stretchAt;
  return Array.from({ length: ctx.steps }, (_, k) => {
    const weekStep = (ctx.startStep + k) % ctx.platform.steps;
    return siteQueue({
      requestRatePerSecond: requestRateAt(ctx.profile, ctx.vm.sites, ctx.levels[k] as number),
      vcpus: ctx.vm.vcpu,
      serviceTimeSeconds: ctx.profile.serviceTimeSeconds,
      speedFactor: host.speedFactor,
      stretchFraction:
        stretchAt === undefined
          ? (host.cpuStretchFraction[weekStep] ?? 0)
          : stretchAt(index, weekStep),
    });
  });
}
