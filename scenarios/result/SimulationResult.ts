import type { InventorySummary } from "../inventory/inventorySummary.ts";
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
  // Capacity that does not run out within the horizon.
  "forecast.exhaustedMonth.*",
  "forecast.timeRemainingMonths.withoutFailure",
  "forecast.timeRemainingMonths.withHostFailed",
];

/** A promise checked by the run: `pass` is whether `value` meets `limit`. */
export interface Target {
  /** Stable id, e.g. "migration.makespan". */
  id: string;
  /** Human label. */
  label: string;
  /** What the run found, in `unit`. */
  value: number;
  /** The promise, in `unit`. */
  limit: number;
  /** "s", "ms", "count", "fraction" or "boolean" (0/1). */
  unit: string;
  /** True when the promise holds. */
  pass: boolean;
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
  inventory: InventorySummary & { sites: number; source: InventorySource };
  platforms: {
    source: PlatformSummary;
    target: PlatformSummary;
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
    before: LatencyPercentiles;
    during: LatencyPercentiles;
    after: LatencyPercentiles;
    duringMigration: LatencyDuringSection;
  };
  /** Hosts hour by hour before and after (CPU demand, ready, RAM), site latency, N+1. */
  platform: PlatformSection;
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
