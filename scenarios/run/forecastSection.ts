import type { EstateHost, EstateVm } from "../../models/cost/Estate.ts";
import { type CapacityForecast, capacityForecast } from "../../models/forecast/capacityForecast.ts";
import type { Vm } from "../../models/Inventory.ts";
import { RandomStreams } from "../../sim/random/RandomStreams.ts";
import type { Scenario } from "../Scenario.ts";
import { capacityPolicyOf, costInputsOf, growthOf, growthPool } from "./costSection.ts";
import { KeyedCache } from "./KeyedCache.ts";

/** The forecast section: the capacity forecast with what it was computed from. */
export interface ForecastSection extends CapacityForecast {
  scenario: string;
  seed: number;
  years: number;
  currency: string;
  vmsPerYear: { min: number; max: number };
  /** Where new VMs are drawn from, and the VM used for "VMs remaining". */
  newVms: { drawnFrom: string; poolSize: number; profileVm: EstateVm; profileVmSizedLike: string };
}

/**
 * The capacity forecast of a scenario over `years`: new VMs (1–2 a year in the reference) drawn
 * from the stream "growth" of `RandomStreams(scenario.seed, replication)`, each a copy of a VM drawn
 * uniformly from the inventory (or from the VMs of `growth.profile`); the dedicated (source)
 * hosts with their datastores and capacity policy; the scenario's prices.
 *
 * @param replication Monte Carlo replication (0: a plain run): each draws its own arrivals
 * @example
 * forecastSection(await loadScenario("reference"), 5).timeRemainingMonths;
 */
export function forecastSection(
  scenario: Scenario,
  years: number,
  replication = 0,
): ForecastSection {
  const { vmsPerYearMin, vmsPerYearMax, profile } = scenario.growth;
  const { hosts, vms, pool, ofProfile, datastoreCapacityBytes } = estateInputsOf(scenario);
  const growth = growthOf(scenario);
  const forecast = capacityForecast({
    hosts,
    vms,
    datastoreCapacityBytes,
    policy: capacityPolicyOf(scenario),
    templateHost: hosts[0] ?? { sockets: 1, coresPerSocket: 1, memoryBytes: 0 },
    horizonYears: years,
    vmsPerYearMin,
    vmsPerYearMax,
    newVmPool: pool,
    profileVm: growth.newVm,
    prices: costInputsOf(scenario),
    rng: new RandomStreams(scenario.seed, replication).stream("growth"),
  });
  return {
    scenario: scenario.name,
    seed: scenario.seed,
    years,
    currency: scenario.currency,
    vmsPerYear: { min: vmsPerYearMin, max: vmsPerYearMax },
    newVms: {
      drawnFrom: ofProfile ? `VMs of profile "${profile}"` : "the inventory's VMs",
      poolSize: pool.length,
      profileVm: growth.newVm,
      profileVmSizedLike: growth.sizedLike,
    },
    ...forecast,
  };
}

/** The forecast's estate: the dedicated hosts, the VMs, the new VMs' pool and the datastores. */
interface EstateInputs {
  hosts: EstateHost[];
  vms: EstateVm[];
  pool: EstateVm[];
  ofProfile: boolean;
  datastoreCapacityBytes: number;
}

/** Estate inputs by what they are computed from (the same in every replication of a study). */
const ESTATE_INPUTS = new KeyedCache<EstateInputs>();

/**
 * The scenario's estate as the forecast takes it; computed once per inventory, source hosts,
 * growth settings and default profile (shared, not to be mutated: capacityForecast reads it).
 */
function estateInputsOf(scenario: Scenario): EstateInputs {
  const keys = [
    scenario.inventory,
    scenario.source.hosts,
    scenario.growth,
    scenario.defaultProfile,
  ];
  return ESTATE_INPUTS.get(keys, () => {
    const estateVm = (vm: Vm): EstateVm => ({
      vcpu: vm.vcpu,
      memoryBytes: vm.memoryBytes,
      reservedMemoryBytes: 0,
      diskProvisionedBytes: vm.diskProvisionedBytes,
    });
    const { pool, ofProfile } = growthPool(scenario);
    return {
      hosts: scenario.source.hosts.map((h) => ({
        sockets: h.sockets,
        coresPerSocket: h.coresPerSocket,
        memoryBytes: h.memoryBytes,
      })),
      vms: scenario.inventory.vms.map(estateVm),
      pool: pool.map(estateVm),
      ofProfile,
      datastoreCapacityBytes: scenario.inventory.datastores.reduce(
        (s, d) => s + d.capacityBytes,
        0,
      ),
    };
  });
}
