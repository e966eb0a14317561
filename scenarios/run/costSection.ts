import { breakEven } from "../../models/cost/breakEven.ts";
import type { CostInputs } from "../../models/cost/CostInputs.ts";
import type { Estate, EstateVm } from "../../models/cost/Estate.ts";
import type { MonthlyCost } from "../../models/cost/LineItem.ts";
import { type MonthlyCosts, monthlyCosts } from "../../models/cost/monthlyCosts.ts";
import type { SensitivityParameter } from "../../models/cost/SensitivityParameter.ts";
import { type TornadoBar, tornado } from "../../models/cost/tornado.ts";
import {
  type Tco,
  type TcoPlan,
  totalCostOfOwnership,
} from "../../models/cost/totalCostOfOwnership.ts";
import type { CapacityPolicy } from "../../models/forecast/allocationCheck.ts";
import type { Vm } from "../../models/Inventory.ts";
import { collectAssumptions } from "../result/collectAssumptions.ts";
import type { Target } from "../result/SimulationResult.ts";
import { assessedTarget, notAssessedTarget } from "../result/targetState.ts";
import type { Scenario } from "../Scenario.ts";
import type { Sourced } from "../schema/sourced.ts";
import { KeyedCache } from "./KeyedCache.ts";
import { assessedSource } from "./platformSection.ts";

/** Which dedicated bill a saving is measured against. */
export type SavingsBaseline = "beforeLicenceChange" | "afterLicenceChange";

/** The key of a saving against a baseline in the section. */
export type BaselineKey = "vsBeforeLicenceChange" | "vsAfterLicenceChange";

const BASELINE_KEYS: readonly BaselineKey[] = ["vsBeforeLicenceChange", "vsAfterLicenceChange"];

/** The break-even value of one price: where the saving against each baseline vanishes. */
export interface BreakEvenRow {
  /** Scenario path of the price, e.g. "costs.shared.perVcpuPerMonth". */
  id: string;
  /** Its value in the scenario. */
  value: number;
  /** The price at which the saving vs the old bill is 0, or null if none. */
  vsBeforeLicenceChange: number | null;
  /** The price at which the saving vs the new bill is 0, or null if none. */
  vsAfterLicenceChange: number | null;
}

/** The `cost` section of the result: monthly bills line by line, TCO, and sensitivity. */
export interface CostSection {
  /** Currency of every amount. */
  currency: string;
  /** (host price − licence share + new licence per host) ÷ host price − 1; null without hosts. */
  hostCostIncreaseFraction: number | null;
  /**
   * 1 − shared ÷ dedicated monthly bill, against each baseline; null when not assessed (a bill
   * of 0, see `notAssessed`).
   */
  savingsFraction: { vsBeforeLicenceChange: number | null; vsAfterLicenceChange: number | null };
  /** Figures not assessed because their inputs are missing, and why; absent when all are. */
  notAssessed?: CostNotAssessed;
  /** The baseline the `cost.savings` target uses (the scenario's `targets.savingsBaseline`). */
  savingsBaseline: SavingsBaseline;
  /** Monthly bills today; line items name the scenario field of their unit price. */
  monthly: {
    dedicatedBefore: MonthlyCost;
    dedicatedAfter: MonthlyCost;
    shared: MonthlyCost;
    licenceBeforeCheck: MonthlyCosts["licenceBeforeCheck"];
  };
  /** Cash flows over the horizon, NPV and payback against both baselines. */
  tco: Tco & {
    horizonYears: number;
    discountRateFraction: number;
    growth: { newVmsPerYear: number; newVm: EstateVm; sizedLike: string };
  };
  /**
   * One-at-a-time sensitivity of the saving to every sourced cost input (tornado bars sorted by
   * swing), for the monthly saving and the TCO (NPV) saving against each baseline, and the
   * break-even value of the main prices; null when the run skipped it (a Monte Carlo
   * replication, where the distribution of the saving takes its place).
   */
  sensitivity: CostSensitivity | null;
  /** How the inputs were read (units, what counts), for the report. */
  notes: string[];
}

/**
 * Why a cost figure is not assessed: a saving per baseline, the host cost increase, the hosts
 * the dedicated cluster would add as the estate grows (the TCO's dedicated flows then hold the
 * listed hosts only).
 */
export interface CostNotAssessed {
  vsBeforeLicenceChange?: string;
  vsAfterLicenceChange?: string;
  hostCostIncrease?: string;
  tcoGrowth?: string;
}

/**
 * Why the savings are not assessed when the source platform's hosts are all unlisted in vHost:
 * the dedicated bill would leave out every host, the bulk of what it costs. (With some hosts
 * listed, the bill covers those: an understated baseline, which keeps a pass conservative.)
 */
export const NO_DEDICATED_HOST_KNOWN =
  "no dedicated host is known (every host the VMs name is unlisted in vHost): the dedicated bill would leave out all the hosts, so there is no bill to measure a saving against";

/** True when the source platform has hosts and vHost listed none of them. */
function everyHostUnlisted(scenario: Scenario): boolean {
  const hosts = scenario.source.hosts;
  return hosts.length > 0 && hosts.every((h) => h.unlisted === true);
}

/** Why the dedicated cluster's growth is not modelled when no dedicated host is known. */
export const TCO_GROWTH_NOT_ASSESSED =
  "no dedicated host is known (every host the VMs name is unlisted in vHost, or the platform lists none): no host to model added ones on, so the TCO adds none as the estate grows and the dedicated flows cover no hosts";

/** The sensitivity part of the cost section. */
export interface CostSensitivity {
  monthlySaving: Record<BaselineKey, TornadoBar[]>;
  tcoSaving: Record<BaselineKey, TornadoBar[]>;
  breakEven: BreakEvenRow[];
  notVaried: { id: string; reason: string }[];
}

/** What a cost section computes beyond the bills, the TCO and the target. */
export interface CostSectionOptions {
  /** Tornado and break-even prices (default true; Monte Carlo replications skip them). */
  sensitivity?: boolean;
}

type Plain<T> = T extends Sourced
  ? number
  : T extends readonly (infer U)[]
    ? Plain<U>[]
    : T extends object
      ? { [K in keyof T]: Plain<T[K]> }
      : T;

const NOTES = [
  'Prices "per GB" are per GiB as vCenter displays it (a VM of 8 GiB is billed 8 GB).',
  "Shared storage and managed-backup storage are billed on provisioned disk; every VM of the inventory is billed, powered on or not.",
  "After the licence change the licence share of the host price is replaced by the new scheme's cost on the hosts (order minimum spread over them).",
  "No VM has a memory reservation in the inventory: the RAM-point cross-check counts the program's floor.",
  "Growth in the TCO is the expected value: (min + max) ÷ 2 VMs a year, the k-th arriving in the first month where the expected count reaches k.",
  "During dual running the baseline's bill is paid on top of the shared one.",
];

/**
 * The cost section of a run and its target `cost.savings`: maps the scenario's costs, hosts,
 * VMs, growth and capacity policy to the cost models (monthly bills, TCO, sensitivity).
 *
 * New VMs are sized like the median VM (median vCPU, memory and disk taken separately) of the
 * inventory, or of the VMs of `growth.profile` when one is named.
 *
 * @example
 * costSection(await loadScenario("reference")).targets[0]; // { id: "cost.savings", value ≈ 0.275, limit 0.27, … }
 */
export function costSection(
  scenario: Scenario,
  options: CostSectionOptions = {},
): { section: CostSection; targets: Target[] } {
  const inputs = costInputsOf(scenario);
  const estate = estateOf(scenario);
  const monthly = monthlyCosts(inputs, estate);
  const baseline = scenario.targets.savingsBaseline;
  const growth = growthOf(scenario);
  const plan: TcoPlan = {
    horizonYears: scenario.horizonYears,
    newVmsPerYear: growth.newVmsPerYear,
    newVm: growth.newVm,
    // no dedicated host known (every host unlisted in vHost): none to model added ones on
    templateHost: estate.hosts[0] ?? null,
    policy: capacityPolicyOf(scenario),
  };
  const monthlySaving = (i: CostInputs, k: BaselineKey) =>
    monthlyCosts(i, estate).savingsFraction[k];
  const section: CostSection = {
    currency: scenario.currency,
    hostCostIncreaseFraction: monthly.hostCostIncreaseFraction,
    savingsFraction: { ...monthly.savingsFraction },
    savingsBaseline: baseline,
    monthly: {
      dedicatedBefore: scenarioPaths(monthly.dedicatedBefore),
      dedicatedAfter: scenarioPaths(monthly.dedicatedAfter),
      shared: scenarioPaths(monthly.shared),
      licenceBeforeCheck: monthly.licenceBeforeCheck,
    },
    tco: {
      ...totalCostOfOwnership(inputs, estate, plan),
      horizonYears: scenario.horizonYears,
      discountRateFraction: inputs.discountRateFraction,
      growth,
    },
    sensitivity:
      options.sensitivity === false ? null : sensitivityOf(sensitivityParameters(scenario)),
    notes: NOTES,
  };
  const savings = savingsOf(scenario, monthly);
  section.savingsFraction = savings.savingsFraction;
  if (savings.notAssessed !== undefined) section.notAssessed = savings.notAssessed;
  const growthNotAssessed =
    plan.templateHost === null ? TCO_GROWTH_NOT_ASSESSED : section.tco.growthNotAssessed;
  if (growthNotAssessed !== undefined) {
    section.notAssessed = { ...section.notAssessed, tcoGrowth: growthNotAssessed };
  }
  return { section, targets: [savings.target] };

  // the one-at-a-time analysis, only when asked for (a replication skips it)
  function sensitivityOf(parameters: ReturnType<typeof sensitivityParameters>): CostSensitivity {
    return {
      monthlySaving: perBaseline((k) =>
        tornado(inputs, parameters.varied, (i) => monthlySaving(i, k)),
      ),
      tcoSaving: perBaseline((k) =>
        tornado(
          inputs,
          parameters.varied,
          (i) => totalCostOfOwnership(i, estate, plan)[k].savingsFraction,
        ),
      ),
      breakEven: parameters.varied
        .filter((p) => MAIN_PRICES.test(p.id))
        .map((p) => ({
          id: p.id,
          value: p.value,
          vsBeforeLicenceChange: breakEven(inputs, p, (i) =>
            monthlySaving(i, "vsBeforeLicenceChange"),
          ),
          vsAfterLicenceChange: breakEven(inputs, p, (i) =>
            monthlySaving(i, "vsAfterLicenceChange"),
          ),
        })),
      notVaried: parameters.notVaried,
    };
  }
}

/**
 * The saving against each baseline and the `cost.savings` target alone, as {@link costSection}
 * gives them (the monthly bills only: no TCO, growth or sensitivity), for a Monte Carlo
 * replication, which keeps nothing else of the cost section.
 */
export function costSavings(scenario: Scenario): {
  section: Pick<CostSection, "savingsBaseline" | "savingsFraction">;
  targets: Target[];
} {
  const monthly = monthlyCosts(costInputsOf(scenario), estateOf(scenario));
  const { savingsFraction, target } = savingsOf(scenario, monthly);
  return {
    section: { savingsBaseline: scenario.targets.savingsBaseline, savingsFraction },
    targets: [target],
  };
}

/**
 * The savings of the monthly bills (null where not assessed), why a figure is not assessed
 * (undefined when all are), and the `cost.savings` target against the scenario's baseline.
 */
function savingsOf(
  scenario: Scenario,
  monthly: MonthlyCosts,
): {
  savingsFraction: CostSection["savingsFraction"];
  notAssessed: CostNotAssessed | undefined;
  target: Target;
} {
  const savingsFraction: CostSection["savingsFraction"] = { ...monthly.savingsFraction };
  const notAssessed = costNotAssessed(monthly, everyHostUnlisted(scenario));
  const anyNotAssessed = Object.keys(notAssessed).length > 0;
  if (anyNotAssessed) {
    for (const k of BASELINE_KEYS) {
      if (notAssessed[k] !== undefined) savingsFraction[k] = null;
    }
  }
  const baseline = scenario.targets.savingsBaseline;
  const key = baselineKey(baseline);
  const value = monthly.savingsFraction[key];
  const limit = scenario.targets.savingsFraction;
  const saving = {
    id: "cost.savings",
    label: `Monthly saving vs the dedicated bill ${baseline === "beforeLicenceChange" ? "before" : "after"} the licence change`,
  };
  const why = notAssessed[key];
  const target: Target =
    why === undefined
      ? assessedTarget({ ...saving, limit, unit: "fraction" }, value, value >= limit)
      : notAssessedTarget({ ...saving, limit, unit: "fraction" }, why);
  return { savingsFraction, notAssessed: anyNotAssessed ? notAssessed : undefined, target };
}

/**
 * The cost figures that would be computed from nothing, and why: a saving against a dedicated
 * bill of 0 (no host, licence or other dedicated price: 1 − shared ÷ 0), or against a shared
 * bill of 0 (no shared price: a "saving" of 100 %); the host cost increase without a host or a
 * host price.
 */
function costNotAssessed(
  monthly: ReturnType<typeof monthlyCosts>,
  noHostKnown: boolean,
): CostNotAssessed {
  const out: CostNotAssessed = {};
  if (noHostKnown) {
    for (const k of BASELINE_KEYS) out[k] = NO_DEDICATED_HOST_KNOWN;
  }
  const shared = monthly.shared.totalPerMonth;
  const bills = {
    vsBeforeLicenceChange: ["before", monthly.dedicatedBefore.totalPerMonth],
    vsAfterLicenceChange: ["after", monthly.dedicatedAfter.totalPerMonth],
  } as const;
  for (const k of BASELINE_KEYS) {
    const [when, dedicated] = bills[k];
    if (out[k] !== undefined) continue;
    if (!(dedicated > 0)) {
      out[k] =
        `the dedicated bill ${when} the licence change is 0 (no host, licence or other dedicated price): no saving to measure against it`;
    } else if (!(shared > 0)) {
      out[k] =
        "the shared bill is 0 (no shared price in costs.shared): a saving against it would be 100 % from nothing";
    }
  }
  if (monthly.hostCostIncreaseFraction === null) {
    out.hostCostIncrease =
      "no dedicated host, or a host price of 0: no host price for the licence change to raise";
  }
  return out;
}

/** The main prices whose break-even is reported. */
const MAIN_PRICES =
  /^costs\.(shared\.(perVcpuPerMonth|perGbRamPerMonth|perGbStoragePerMonth)|dedicated\.hostPerMonth|dedicated\.licence(Before|After)\.price\w*)$/;

function perBaseline<T>(f: (key: BaselineKey) => T): Record<BaselineKey, T> {
  return Object.fromEntries(BASELINE_KEYS.map((k) => [k, f(k)])) as Record<BaselineKey, T>;
}

function baselineKey(b: SavingsBaseline): BaselineKey {
  return b === "beforeLicenceChange" ? "vsBeforeLicenceChange" : "vsAfterLicenceChange";
}

/** Cost inputs by costs object: a replication's cost and forecast sections read them both. */
const COST_INPUTS = new KeyedCache<CostInputs>();

/**
 * The scenario's costs as plain numbers (sourced values → their value). Computed once per costs
 * object: shared, not to be mutated (the sensitivity analysis varies copies).
 */
export function costInputsOf(scenario: Scenario): CostInputs {
  return COST_INPUTS.get([scenario.costs], () => {
    const { exchangeRates: _rates, ...costs } = plain(scenario.costs);
    return costs;
  });
}

function plain<T>(value: T): Plain<T> {
  if (Array.isArray(value)) return value.map(plain) as Plain<T>;
  if (typeof value !== "object" || value === null) return value as Plain<T>;
  const record = value as Record<string, unknown>;
  if (typeof record.value === "number" && "source" in record && "assumption" in record) {
    return record.value as Plain<T>;
  }
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, plain(v)])) as Plain<T>;
}

/** Estates by source hosts and inventory VMs (the same in every replication of a study). */
const ESTATES = new KeyedCache<Estate>();

/**
 * The dedicated (source) hosts and every VM of the inventory. A host the export's vHost tab does
 * not list (`unlisted`) has a stand-in size, so it is not billed; its VMs are (they run on the
 * dedicated platform somewhere, and they move). Computed once per hosts and VMs: shared, not to
 * be mutated.
 */
function estateOf(scenario: Scenario): Estate {
  return ESTATES.get([scenario.source.hosts, scenario.inventory.vms], () => ({
    hosts: assessedSource(scenario.source).hosts.map((h) => ({
      sockets: h.sockets,
      coresPerSocket: h.coresPerSocket,
      memoryBytes: h.memoryBytes,
    })),
    vms: scenario.inventory.vms.map(estateVm),
  }));
}

function estateVm(vm: {
  vcpu: number;
  memoryBytes: number;
  diskProvisionedBytes: number;
}): EstateVm {
  return {
    vcpu: vm.vcpu,
    memoryBytes: vm.memoryBytes,
    reservedMemoryBytes: 0,
    diskProvisionedBytes: vm.diskProvisionedBytes,
  };
}

/** The dedicated platform's capacity rules. */
export function capacityPolicyOf(scenario: Scenario): CapacityPolicy {
  return {
    maxVcpuPerCore: scenario.source.maxVcpuPerCore.value,
    maxMemoryOvercommit: scenario.source.maxMemoryOvercommit.value,
    failuresTolerated: scenario.source.hostFailuresTolerated,
  };
}

/**
 * The VMs new ones are modelled on: those of `growth.profile` when it names one that has VMs,
 * else the whole inventory; `ofProfile` says which.
 */
export function growthPool(scenario: Scenario): { pool: Vm[]; ofProfile: boolean } {
  const { profile } = scenario.growth;
  const all = scenario.inventory.vms;
  const mine =
    profile === undefined
      ? []
      : all.filter((vm) => (vm.profile ?? scenario.defaultProfile) === profile);
  return mine.length > 0 ? { pool: mine, ofProfile: true } : { pool: all, ofProfile: false };
}

/** Growth by what it is computed from (the same in every replication of a study). */
const GROWTH = new KeyedCache<CostSection["tco"]["growth"]>();

/**
 * Expected new VMs a year and the size of each (median VM of the inventory or of growth.profile).
 * Computed once per growth settings, inventory and default profile: shared, not to be mutated.
 */
export function growthOf(scenario: Scenario): CostSection["tco"]["growth"] {
  return GROWTH.get([scenario.growth, scenario.inventory, scenario.defaultProfile], () =>
    computedGrowthOf(scenario),
  );
}

function computedGrowthOf(scenario: Scenario): CostSection["tco"]["growth"] {
  const { vmsPerYearMin, vmsPerYearMax, profile } = scenario.growth;
  const { pool, ofProfile } = growthPool(scenario);
  return {
    newVmsPerYear: (vmsPerYearMin + vmsPerYearMax) / 2,
    newVm: {
      vcpu: median(pool.map((vm) => vm.vcpu)),
      memoryBytes: median(pool.map((vm) => vm.memoryBytes)),
      reservedMemoryBytes: 0,
      diskProvisionedBytes: median(pool.map((vm) => vm.diskProvisionedBytes)),
    },
    sizedLike: ofProfile
      ? `median VM of profile "${profile}" (${pool.length} VMs)`
      : `median VM of the inventory (${pool.length} VMs)${profile === undefined ? "" : `; no VM has profile "${profile}"`}`,
  };
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** Every sourced cost input as a sensitivity parameter on the plain inputs. */
function sensitivityParameters(scenario: Scenario) {
  const varied: SensitivityParameter<CostInputs>[] = [];
  const notVaried: { id: string; reason: string }[] = [];
  for (const a of collectAssumptions(scenario)) {
    if (!a.id.startsWith("costs.")) continue;
    if (a.id.startsWith("costs.exchangeRates.")) {
      notVaried.push({
        id: a.id,
        reason:
          "applied to prices when the scenario is loaded; the converted prices are varied through their own low and high",
      });
      continue;
    }
    const path = a.id.slice("costs.".length).split(".");
    varied.push({
      id: a.id,
      value: a.value,
      low: a.low,
      high: a.high,
      apply: (i, v) => setPath(i, path, v),
    });
  }
  return { varied, notVaried };
}

function setPath<T>(inputs: T, path: readonly string[], value: number): T {
  const copy = structuredClone(inputs) as Record<string, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[path[path.length - 1] as string] = value;
  return copy as T;
}

/** Line items name their unit price's field as a scenario path ("costs.shared.…"). */
function scenarioPaths(bill: MonthlyCost): MonthlyCost {
  return {
    ...bill,
    lineItems: bill.lineItems.map((l) => ({
      ...l,
      unitPriceFrom: l.unitPriceFrom.replace(/\b(dedicated|shared)\./g, "costs.$1."),
    })),
  };
}
