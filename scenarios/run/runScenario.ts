import type { Host } from "../../models/Inventory.ts";
import type { HostSizing } from "../../models/sizing/hostSizing.ts";
import { inventoryReadFacts } from "../inventory/inventoryReadFacts.ts";
import { inventorySummary } from "../inventory/inventorySummary.ts";
import { inventoryWarningsSummary } from "../inventory/inventoryWarningsSummary.ts";
import { collectAssumptions } from "../result/collectAssumptions.ts";
import {
  type PlatformSummary,
  RESULT_SCHEMA_VERSION,
  type SimulationResult,
  type Target,
} from "../result/SimulationResult.ts";
import type { Platform, Scenario } from "../Scenario.ts";
import { calibrationSection } from "./calibrationSection.ts";
import { contentionDuringSection } from "./contentionDuringSection.ts";
import { type CostSection, costSavings, costSection } from "./costSection.ts";
import { type ForecastSection, forecastSection } from "./forecastSection.ts";
import {
  type LatencyDuringSection,
  latencyDuringPercentiles,
  latencyDuringSection,
} from "./latencyDuringSection.ts";
import { type MigrationSection, migrationSection } from "./migrationSection.ts";
import {
  assessedSource,
  type PlatformSection,
  platformSection,
  siteLatencyNotAssessed,
} from "./platformSection.ts";

/** What a run may skip, and which replication it is. */
export interface RunOptions {
  /** The cost sensitivity analysis (tornado, break-even); default true. */
  sensitivity?: boolean;
  /**
   * Monte Carlo replication number (default 0, a plain run): picks the random streams of
   * `RandomStreams(seed, replication)` for what the run itself draws — the forecast's new VMs.
   */
  replication?: number;
}

/**
 * The runner: the composition root that wires the models onto the engine for one scenario and
 * gathers what they produce into a {@link SimulationResult}. Deterministic: the same scenario
 * (and seed) gives the same result, byte for byte once serialised.
 */
export function runScenario(scenario: Scenario, options: RunOptions = {}): SimulationResult {
  const summary = inventorySummary(scenario.inventory, scenario.inventoryLeftOut);
  const platform = platformSection(scenario);
  const migration = migrationSection(scenario, platform.section);
  const cost = costSection(scenario, { sensitivity: options.sensitivity !== false });
  const during = latencyDuringSection(scenario, platform.section, migration.section, {
    tierCallsPerRequest: siteWeightedTierCalls(scenario),
  }).section;
  return {
    schemaVersion: RESULT_SCHEMA_VERSION,
    scenario: {
      name: scenario.name,
      title: scenario.title,
      description: scenario.description,
      file: scenario.file,
      seed: scenario.seed,
      currency: scenario.currency,
      horizonYears: scenario.horizonYears,
    },
    inventory: {
      ...summary,
      sites: scenario.inventory.vms.reduce((n, vm) => n + vm.sites, 0),
      source: scenario.inventorySource,
      warnings: inventoryWarningsSummary(scenario.inventoryWarnings ?? []),
      read: inventoryReadFacts(scenario.inventory),
    },
    platforms: {
      // an unlisted host's stand-in capacity is not part of the source's totals
      source: platformSummary(assessedSource(scenario.source)),
      target: { ...platformSummary(scenario.target), sizing: hostSizingOf(scenario.target) },
    },
    link: {
      bandwidthBytesPerSecond: scenario.link.bandwidthBytesPerSecond,
      rttSeconds: scenario.link.rttSeconds,
      l2Extension: scenario.link.l2Extension,
    },
    assumptions: [...collectAssumptions(scenario), ...migration.assumptions],
    latency: latencyOf(
      platform.section,
      during,
      siteLatencyNotAssessed(scenario, platform.section.after),
    ),
    platform: platform.section,
    calibration: calibrationSection(scenario, platform.section),
    contentionDuring: contentionDuringSection(
      scenario,
      platform.section,
      migration.section,
      during.startStep,
    ),
    migration: migration.section,
    cost: cost.section,
    forecast: forecastSection(scenario, scenario.horizonYears, options.replication),
    targets: [...migration.targets, ...platform.targets, ...cost.targets],
  };
}

/**
 * What a Monte Carlo replication reads of a run (see replicationMetrics): a {@link
 * SimulationResult} is one, and {@link runScenarioFigures} computes only this.
 */
export interface ScenarioFigures {
  migration: Pick<MigrationSection, "makespanSeconds" | "vms">;
  cost: Pick<CostSection, "savingsBaseline" | "savingsFraction">;
  /** The site p95s after cutover and during the move; null when not assessed. */
  latency: { after: { p95Ms: number } | null; during: { p95Ms: number } | null };
  forecast: Pick<ForecastSection, "months" | "timeRemainingMonths">;
  targets: Target[];
}

/**
 * The figures of {@link runScenario} that a Monte Carlo replication keeps, equal to the full
 * run's number for number, without what they do not read: the inventory summary and read facts,
 * the platform summaries, the assumptions, calibration, contention during the move, the cost
 * section's bills, TCO and sensitivity (the saving and its target come from the monthly bills
 * alone), the site latencies other than the p95 after cutover (platformSection's figuresOnly),
 * the inter-site link's series (migrationSection's figuresOnly: its first point alone) and of
 * the latency during the move all but its overall p95 (latencyDuringPercentiles). The
 * targets are the full run's: migration, platform and cost, none of which reads a skipped part.
 */
export function runScenarioFigures(
  scenario: Scenario,
  options: Pick<RunOptions, "replication"> = {},
): ScenarioFigures {
  // of the site latencies, the p95 after cutover only (figuresOnly: equal to the full section's)
  const platform = platformSection(scenario, undefined, { figuresOnly: true });
  // the link's series alone not recorded (figuresOnly: no replication figure reads it)
  const migration = migrationSection(scenario, platform.section, { figuresOnly: true });
  const cost = costSavings(scenario);
  const notAssessed = siteLatencyNotAssessed(scenario, platform.section.after);
  return {
    migration: migration.section,
    cost: cost.section,
    latency:
      notAssessed !== null
        ? { after: null, during: null }
        : {
            after: { p95Ms: platform.section.latency.after.p95Ms },
            during: {
              // the during section's overall p95 alone
              p95Ms: latencyDuringPercentiles(
                scenario,
                platform.section,
                migration.section,
                { tierCallsPerRequest: siteWeightedTierCalls(scenario) },
                [0.95],
              )[0]!,
            },
          },
    forecast: forecastSection(scenario, scenario.horizonYears, options.replication),
    targets: [...migration.targets, ...platform.targets, ...cost.targets],
  };
}

/**
 * The result's site latency: before and after at the weekly peak, during the move; null with
 * the reason when no VM hosts a site (the percentiles would weigh nothing and read 0).
 */
function latencyOf(
  platform: PlatformSection,
  during: LatencyDuringSection,
  notAssessed: string | null,
): SimulationResult["latency"] {
  if (notAssessed !== null) {
    return { before: null, during: null, after: null, duringMigration: during, notAssessed };
  }
  return {
    before: platform.latency.before,
    during: during.during,
    after: platform.latency.after,
    duringMigration: during,
  };
}

/**
 * Round trips to back-end tiers per request, averaged over the web VMs' profiles weighted by
 * the sites they host (the during-migration latency model takes one figure).
 */
function siteWeightedTierCalls(scenario: Scenario): number {
  let sites = 0;
  let calls = 0;
  for (const vm of scenario.inventory.vms) {
    const profile = scenario.profiles[vm.profile ?? scenario.defaultProfile];
    if (profile === undefined || vm.sites === 0) continue;
    sites += vm.sites;
    calls += vm.sites * profile.tierCallsPerRequest.value;
  }
  return sites === 0 ? 0 : calls / sites;
}

function platformSummary(platform: Platform): PlatformSummary {
  const cores = (h: Host) => h.sockets * h.coresPerSocket;
  return {
    name: platform.name,
    kind: platform.kind,
    site: platform.site,
    hostCount: platform.hosts.length,
    coreCount: sum(platform.hosts.map(cores)),
    threadCount: sum(platform.hosts.map((h) => cores(h) * h.threadsPerCore)),
    memoryBytes: sum(platform.hosts.map((h) => h.memoryBytes)),
    generations: [...new Set(platform.hosts.map((h) => h.generation))].sort(),
  };
}

/** The target's sizing as the result gives it (without the host model), or null when given. */
function hostSizingOf(platform: Platform): HostSizing | null {
  if (platform.sizing === undefined) return null;
  const { model: _model, ...sizing } = platform.sizing;
  return sizing;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
