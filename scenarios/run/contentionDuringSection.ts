import {
  contentionDuring,
  type HostDuring,
  type MovingVm,
} from "../../models/contention/contentionDuring.ts";
import { HOUR } from "../../models/units.ts";
import { maxOf } from "../../sim/stats/extremes.ts";
import type { Scenario } from "../Scenario.ts";
import { contentionHostsOf } from "./contentionInputsOf.ts";
import type { MigrationSection } from "./migrationSection.ts";
import type { PlatformSection } from "./platformSection.ts";
import { seriesVmOf } from "./platformSection.ts";
import { workloadProfileOf } from "./workloadProfileOf.ts";

/**
 * Host contention on both platforms while the VMs move: hour by hour for a move of up to
 * MAX_SERIES_POINTS hours, else at the coarser `stepSeconds`, each point then holding the
 * highest hourly values within it.
 */
export interface ContentionDuringSection {
  /** Hour of the week at which the migration starts (as the latency during the move). */
  startStep: number;
  /** Step of the series, seconds: an hour, or a whole number of hours for a long move. */
  stepSeconds: number;
  /** The source's hosts, then the target's, with their vCPUs, demand and ready per step. */
  hosts: HostDuring[];
  /** The highest CPU demand ÷ capacity of any host at any hour (exact at any step). */
  maxCpuDemandFraction: number;
  /** The highest CPU ready per vCPU of any host at any hour (exact at any step). */
  maxCpuReadyFraction: number;
}

/**
 * The contention "during" view: every moved VM on its source host (the placement before) until
 * its switchover and on its target host (the placement after) from then on, with the target's
 * other tenants as in the platform section.
 * @param startStep hour of the week at which the migration starts
 */
export function contentionDuringSection(
  scenario: Scenario,
  platform: PlatformSection,
  migration: MigrationSection,
  startStep: number,
): ContentionDuringSection {
  const byName = new Map(scenario.inventory.vms.map((vm) => [vm.name, vm]));
  const vms: MovingVm[] = [];
  for (const moved of migration.vms) {
    const vm = byName.get(moved.id);
    const sourceHost = platform.before.placement[moved.id];
    const targetHost = platform.after.placement[moved.id];
    if (vm === undefined || sourceHost === undefined || targetHost === undefined) continue;
    const series = seriesVmOf(vm, sourceHost, workloadProfileOf(scenario, vm));
    vms.push({
      name: series.name,
      vcpu: series.vcpu,
      memoryBytes: series.memoryBytes,
      activeMemoryBytes: series.activeMemoryBytes,
      profile: series.profile,
      sourceHost,
      targetHost,
      switchoverSeconds: moved.endSeconds,
    });
  }
  const others = scenario.target.otherTenantsLoadFraction?.value ?? 0;
  const { stepSeconds, hosts } = contentionDuring(
    contentionHostsOf(scenario, platform.before, 0),
    contentionHostsOf(scenario, platform.after, others),
    vms,
    startStep * HOUR,
    migration.makespanSeconds,
    HOUR,
    platform.trafficShape,
  );
  // a point holds the highest hourly demand within it: these maxima are those of the hours;
  // the hosts' values one after the other (as flatMap would list them) in one array each
  let points = 0;
  for (const h of hosts) points += h.cpuDemandCores.length;
  const fractions = new Array<number>(points);
  const ready = new Array<number>(points);
  let at = 0;
  for (const h of hosts) {
    for (let i = 0; i < h.cpuDemandCores.length; i++) {
      fractions[at] = (h.cpuDemandCores[i] as number) / h.capacityCores;
      ready[at++] = h.cpuReadyFraction[i] as number;
    }
  }
  return {
    startStep,
    stepSeconds,
    hosts,
    maxCpuDemandFraction: Math.max(0, maxOf(fractions)),
    maxCpuReadyFraction: Math.max(0, maxOf(ready)),
  };
}
