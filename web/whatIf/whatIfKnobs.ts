import { GBIT_PER_SECOND } from "../../models/units.ts";
import type { Scenario } from "../../scenarios/Scenario.ts";
import { PHYSICAL_RANGES, type PhysicalRange } from "../../scenarios/schema/physicalRanges.ts";
import type { Sourced } from "../../scenarios/schema/sourced.ts";

/** The names of the what-if knobs. */
export type WhatIfKnobId =
  | "linkBandwidth"
  | "maxConcurrent"
  | "pricePerCorePerYear"
  | "perVcpuPerMonth"
  | "growthVmsPerYearMin"
  | "growthVmsPerYearMax";

/**
 * One what-if control: a field of the loaded scenario, read and written in base units, shown in
 * a human unit (`scale` base units per shown unit).
 */
export interface WhatIfKnob {
  /** Its name, also the id of its input in the page. */
  id: WhatIfKnobId;
  /** The label shown, without the unit. */
  label: string;
  /** The scenario path it changes, as in the scenario file (for the page and messages). */
  path: string;
  /** The unit shown next to the input. */
  unit(scenario: Scenario): string;
  /** Base units per shown unit (e.g. bytes per second per Gbit/s). */
  scale: number;
  /**
   * The physical range of the scenario field (base units), the same bounds a scenario file is
   * checked against: a value outside it is refused in the page, not run.
   */
  range: PhysicalRange;
  /** The unit the range is written in within messages ("Gbit/s"; "" for counts and prices). */
  rangeUnit: string;
  /** Whole numbers only (the range's). */
  integer: boolean;
  /** Smallest valid value, in shown units (the range's). */
  min: number;
  /** Largest valid value, in shown units (the range's). */
  max: number;
  /** Whether the minimum itself is excluded (the range's). */
  exclusiveMin: boolean;
  /** Step of the input's arrows, in shown units. */
  step: number;
  /** The scenario's value in base units; null when the scenario has no such field (the knob is hidden). */
  get(scenario: Scenario): number | null;
  /** A copy of the scenario with the value (base units) set; the input scenario is not changed. */
  set(scenario: Scenario, value: number): Scenario;
}

/** Provenance of a sourced value changed in the page: an assumption, with the scenario's value. */
function whatIf(old: Sourced, value: number): Sourced {
  if (old.value === value) return old;
  return {
    ...old,
    value,
    low: Math.min(old.low, value),
    high: Math.max(old.high, value),
    source: null,
    assumption: `what-if set in the report (the scenario's value was ${old.value})`,
  };
}

/** A knob's bounds in shown units, from its physical range. */
function bounds(range: PhysicalRange, scale: number, rangeUnit = "") {
  return {
    range,
    rangeUnit,
    integer: range.integer === true,
    min: range.min / scale,
    max: range.max / scale,
    exclusiveMin: range.exclusiveMin === true,
  };
}

type Licence = Scenario["costs"]["shared"]["licence"];
type PerCore = Extract<Licence, { scheme: "per-core" }>;

function perCoreLicences(s: Scenario): PerCore[] {
  const all: Licence[] = [
    s.costs.dedicated.licenceBefore,
    s.costs.dedicated.licenceAfter,
    s.costs.shared.licence,
  ];
  return all.filter((l): l is PerCore => l.scheme === "per-core");
}

function withPerCore(licence: Licence, value: number): Licence {
  return licence.scheme === "per-core"
    ? { ...licence, pricePerCorePerYear: whatIf(licence.pricePerCorePerYear, value) }
    : licence;
}

/**
 * The what-if knobs, in the order shown: the link's line rate, migrations in flight, the
 * per-core licence price (every per-core licence of the scenario), the shared platform's price
 * per vCPU, and the estate's growth.
 *
 * @example
 * WHAT_IF_KNOBS[0].set(scenario, 1 * GBIT_PER_SECOND).link.bandwidthBytesPerSecond // 125e6
 */
export const WHAT_IF_KNOBS: readonly WhatIfKnob[] = [
  {
    id: "linkBandwidth",
    label: "Inter-site link speed",
    path: "link.bandwidth",
    unit: () => "Gbit/s",
    scale: GBIT_PER_SECOND,
    ...bounds(PHYSICAL_RANGES.lineRate, GBIT_PER_SECOND, "Gbit/s"),
    step: 0.1,
    get: (s) => s.link.bandwidthBytesPerSecond,
    set: (s, v) => ({ ...s, link: { ...s.link, bandwidthBytesPerSecond: v } }),
  },
  {
    id: "maxConcurrent",
    label: "Max concurrent migrations",
    path: "migration.maxConcurrent",
    unit: () => "in flight",
    scale: 1,
    ...bounds(PHYSICAL_RANGES.concurrentMigrations, 1),
    step: 1,
    get: (s) => s.migration.maxConcurrent,
    set: (s, v) => ({ ...s, migration: { ...s.migration, maxConcurrent: v } }),
  },
  {
    id: "pricePerCorePerYear",
    label: "Per-core licence price",
    path: "costs.*.licence*.pricePerCorePerYear",
    unit: (s) => `${s.currency} per core per year`,
    scale: 1,
    ...bounds(PHYSICAL_RANGES.price, 1),
    step: 1,
    get: (s) => perCoreLicences(s)[0]?.pricePerCorePerYear.value ?? null,
    set: (s, v) => ({
      ...s,
      costs: {
        ...s.costs,
        dedicated: {
          ...s.costs.dedicated,
          licenceBefore: withPerCore(s.costs.dedicated.licenceBefore, v),
          licenceAfter: withPerCore(s.costs.dedicated.licenceAfter, v),
        },
        shared: { ...s.costs.shared, licence: withPerCore(s.costs.shared.licence, v) },
      },
    }),
  },
  {
    id: "perVcpuPerMonth",
    label: "Shared platform price per vCPU",
    path: "costs.shared.perVcpuPerMonth",
    unit: (s) => `${s.currency} per vCPU per month`,
    scale: 1,
    ...bounds(PHYSICAL_RANGES.price, 1),
    step: 0.5,
    get: (s) => s.costs.shared.perVcpuPerMonth.value,
    set: (s, v) => ({
      ...s,
      costs: {
        ...s.costs,
        shared: { ...s.costs.shared, perVcpuPerMonth: whatIf(s.costs.shared.perVcpuPerMonth, v) },
      },
    }),
  },
  {
    id: "growthVmsPerYearMin",
    label: "Growth, fewest new VMs per year",
    path: "growth.vmsPerYearMin",
    unit: () => "VMs per year",
    scale: 1,
    ...bounds(PHYSICAL_RANGES.vmCount, 1),
    step: 1,
    get: (s) => s.growth.vmsPerYearMin,
    set: (s, v) => ({ ...s, growth: { ...s.growth, vmsPerYearMin: v } }),
  },
  {
    id: "growthVmsPerYearMax",
    label: "Growth, most new VMs per year",
    path: "growth.vmsPerYearMax",
    unit: () => "VMs per year",
    scale: 1,
    ...bounds(PHYSICAL_RANGES.vmCount, 1),
    step: 1,
    get: (s) => s.growth.vmsPerYearMax,
    set: (s, v) => ({ ...s, growth: { ...s.growth, vmsPerYearMax: v } }),
  },
];
