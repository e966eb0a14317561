import type { HostSizing } from "../../models/sizing/hostSizing.ts";
import type { InventoryReadFacts } from "../inventory/inventoryReadFacts.ts";
import type { InventorySummary } from "../inventory/inventorySummary.ts";
import type { InventoryWarningsSummary } from "../inventory/inventoryWarningsSummary.ts";
import type { CalibrationSection } from "../run/calibrationSection.ts";
import type { ContentionDuringSection } from "../run/contentionDuringSection.ts";
import type { CostSection } from "../run/costSection.ts";
import type { ForecastSection } from "../run/forecastSection.ts";
import type { LatencyDuringSection } from "../run/latencyDuringSection.ts";
import type { MigrationSection } from "../run/migrationSection.ts";
import type { PlatformSection } from "../run/platformSection.ts";
import type { InventorySource } from "../Scenario.ts";

/** The version of the result contract. Readers check it before reading anything else. */
export const RESULT_SCHEMA_VERSION = 1;

/**
 * The fields of a {@link SimulationResult} that may be null, and why (`[]`: any list item, `*`:
 * any key). Every other field holds a value, and every number is finite: a test walks each
 * built-in scenario's result with nonFiniteNumbers(result, NULLABLE_RESULT_FIELDS).
 */
export const NULLABLE_RESULT_FIELDS: readonly string[] = [
  // An inline inventory that is not made up, or any imported one, has no "synthetic" note.
  "inventory.source.synthetic",
  // An inline inventory was not read from an export: nothing for it to say of itself.
  "inventory.source.export",
  // A warning about a file or tab as a whole has no row or column; one outside an RVTools tab, no tab.
  "inventory.warnings.first[].tab",
  "inventory.warnings.first[].row",
  "inventory.warnings.first[].column",
  // Each assumption has exactly one of a source (a citation) and an assumption (why).
  "assumptions[].source",
  "assumptions[].assumption",
  // A finding about the plan as a whole names no VM.
  "migration.preflight[].vm",
  // No dedicated hosts: no host price to raise.
  "cost.hostCostIncreaseFraction",
  // Skipped by a Monte Carlo replication (only the main run computes it).
  "cost.sensitivity",
  // No price at which the saving is zero within the search.
  "cost.sensitivity.breakEven[].vsBeforeLicenceChange",
  "cost.sensitivity.breakEven[].vsAfterLicenceChange",
  // No host added, or no payback, within the horizon.
  "cost.tco.firstHostAddedMonth",
  "cost.tco.vsBeforeLicenceChange.paybackMonth",
  "cost.tco.vsAfterLicenceChange.paybackMonth",
  // No datastore capacity in the inventory: storage is not assessed (`forecast.notAssessed.storage`).
  "forecast.now.storage",
  // Capacity that does not run out within the horizon.
  "forecast.exhaustedMonth.*",
  "forecast.timeRemainingMonths.withoutFailure",
  "forecast.timeRemainingMonths.withHostFailed",
  // A target whose inputs are missing is not assessed: no value, no verdict, and `notAssessed`
  // says why (no site in the inventory, no VM migrated, no dedicated or shared bill…).
  "targets[].value",
  "targets[].pass",
  // No VM hosts a site (the inventory's sites are 0 or missing): no site latency to give;
  // `latency.notAssessed` says why.
  "latency.before",
  "latency.during",
  "latency.after",
  // A site's queue that is saturated (its VMs' CPU demand at or above their host's capacity, an
  // overloaded or wrongly modelled platform) has no bounded response time: Infinity in the
  // result, which JSON writes as null; the summary says "unbounded". The target then fails.
  // An inventory with no measurement at all (inline, or an export without vCPU/vMemory/vHost
  // figures) has no calibration: its profiles are its only source.
  "calibration",
  // A host the export gave no `CPU usage %` / `Memory usage %` for, or none of whose VMs reports
  // `Overall Cpu Readiness`: nothing measured to set beside the model.
  "calibration.hosts[].cpuMeasuredFraction",
  "calibration.hosts[].memoryMeasuredFraction",
  "calibration.hosts[].readyMeasuredFraction",
  "latency.before.*",
  "latency.during.*",
  "latency.after.*",
  "latency.duringMigration.during.*",
  "latency.duringMigration.p95MsByHour[]",
  "latency.duringMigration.worstHour.p95Ms",
  "latency.duringMigration.sameHours.*.*",
  "platform.*.siteLatency[].*",
  "platform.*.latency.*",
  "platform.latency.*.*",
  // A platform with no more hosts than it tolerates failing (a single host) has no capacity left
  // with them failed: the used fraction is unbounded (Infinity, JSON null) and N+1 fails; the
  // forecast's capacity remaining is then −Infinity (null), printed "−∞ %".
  "platform.n1.cpuUsedFraction",
  "platform.n1.memoryUsedFraction",
  "platform.n1Before.cpuUsedFraction",
  "platform.n1Before.memoryUsedFraction",
  "forecast.now.n1Cpu",
  "forecast.now.n1Memory",
  "forecast.capacityRemainingFraction",
  // The target's host count was given, not sized ("count": "auto").
  "platforms.target.sizing",
  // A saving against a bill of 0 (no dedicated or no shared price): `cost.notAssessed` says why.
  "cost.savingsFraction.vsBeforeLicenceChange",
  "cost.savingsFraction.vsAfterLicenceChange",
];

/**
 * A promise checked by the run: `pass` is whether `value` meets `limit`. A target whose inputs
 * are missing (no site in the inventory, no VM migrated, a bill of 0…) is "not assessed":
 * `value` and `pass` are null and `notAssessed` says why — its own state everywhere (summary,
 * report, comparison, Monte Carlo, exit code 3), never a pass.
 */
export interface Target {
  /** Stable id, e.g. "migration.makespan". */
  id: string;
  /** Human label. */
  label: string;
  /** What the run found, in `unit`; null when not assessed. */
  value: number | null;
  /** The promise, in `unit`. */
  limit: number;
  /** "s", "ms", "count", "fraction" or "boolean" (0/1). */
  unit: string;
  /** True when the promise holds; null when not assessed. */
  pass: boolean | null;
  /** Why the target could not be assessed (its inputs are missing); absent when assessed. */
  notAssessed?: string;
}

/** A sourced value or assumption the run used, for the assumptions table. */
export interface Assumption {
  /** Where it sits in the scenario, e.g. "costs.shared.perVcpuPerMonth". */
  id: string;
  /** The value in `unit`. */
  value: number;
  /** Low end for sensitivity, in `unit`. */
  low: number;
  /** High end for sensitivity, in `unit`. */
  high: number;
  /** Base unit of the value ("B", "B/s", "s", "fraction", "EUR/month", …; "" for a count). */
  unit: string;
  /** Citation, or null when assumed. */
  source: string | null;
  /** Why assumed, or null when sourced. */
  assumption: string | null;
}

/**
 * What a run produces: the one JSON document the report reads. Every number in it is finite,
 * and only the fields listed in {@link NULLABLE_RESULT_FIELDS} may be null. Later models add
 * sections
 * (migration, hosts, latency, cost, forecast, monteCarlo); readers ignore what they do not know.
 */
export interface SimulationResult {
  schemaVersion: typeof RESULT_SCHEMA_VERSION;
  scenario: {
    name: string;
    title: string;
    description: string;
    file: string;
    seed: number;
    currency: string;
    horizonYears: number;
  };
  /**
   * The estate's totals, where it came from, and what its import warned about: counts by code
   * and the first few in full (`cutover import --json` lists them all; see
   * scenarios/inventory/inventoryWarningsSummary.ts). `read`: what the model took from it
   * besides the totals — datastores, networks, each CPU model with the generation inferred from
   * its name, and how many VMs and hosts carry the export's measurements
   * (scenarios/inventory/inventoryReadFacts.ts).
   */
  inventory: InventorySummary & {
    sites: number;
    source: InventorySource;
    warnings: InventoryWarningsSummary;
    read: InventoryReadFacts;
  };
  platforms: {
    source: PlatformSummary;
    target: PlatformSummary & {
      /**
       * How the host count was found when the scenario said `"count": "auto"`: the count, the
       * resource that decided it (`binding`), the hosts each resource needs on its own
       * (`perResource`: cpu, memory, vcpu, placement, antiAffinity, ha) and the failures
       * tolerated (models/sizing/hostSizing.ts); null when the scenario gave the count.
       */
      sizing: HostSizing | null;
    };
  };
  link: {
    bandwidthBytesPerSecond: number;
    rttSeconds: number;
    l2Extension: boolean;
  };
  assumptions: Assumption[];
  /**
   * Site response-time percentiles (ms, site-weighted): before and after at the weekly peak
   * hour; during, over the whole migration window, with its hour-by-hour detail.
   */
  latency: {
    /** Null when not assessed (see `notAssessed`). */
    before: LatencyPercentiles | null;
    /** Null when not assessed (see `notAssessed`). */
    during: LatencyPercentiles | null;
    /** Null when not assessed (see `notAssessed`). */
    after: LatencyPercentiles | null;
    duringMigration: LatencyDuringSection;
    /**
     * Why there is no site latency (no VM hosts a site); absent when assessed. The hour-by-hour
     * detail (`duringMigration`, `platform.*.latency`) then weighs no site and reads 0.
     */
    notAssessed?: string;
  };
  /** Hosts hour by hour before and after (CPU demand, ready, RAM), site latency, N+1. */
  platform: PlatformSection;
  /**
   * The before-state set beside the export's own measurements at its snapshot hour (how many
   * VMs are calibrated, host by host measured vs modelled); null when the inventory measured
   * nothing (see scenarios/run/calibrationSection.ts).
   */
  calibration: CalibrationSection | null;
  /** Hosts of both platforms hour by hour while the VMs move (CPU demand, ready). */
  contentionDuring: ContentionDuringSection;
  /** The migration plan: phases, per-VM moves, link use, preflight findings. */
  migration: MigrationSection;
  /** Monthly bills line by line, TCO, savings against both baselines, sensitivity. */
  cost: CostSection;
  /** How long capacity lasts as VMs are added, over the scenario's horizon. */
  forecast: ForecastSection;
  targets: Target[];
}

/** Response-time percentiles, milliseconds. */
export interface LatencyPercentiles {
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
}

/** A platform at a glance. */
export interface PlatformSummary {
  name: string;
  kind: "dedicated" | "shared";
  site: string;
  hostCount: number;
  coreCount: number;
  threadCount: number;
  memoryBytes: number;
  generations: string[];
}
