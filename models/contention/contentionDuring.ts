import { groupBy } from "../groupBy.ts";
import { HOUR } from "../units.ts";
import {
  DEFAULT_TRAFFIC_SHAPE,
  type TrafficShape,
  trafficLevel,
} from "../workload/TrafficShape.ts";
import {
  hostStepContention,
  othersScaleAt,
  type SeriesHost,
  type SeriesVm,
} from "./contentionSeries.ts";

/** A VM that moves: on its source host until its switchover, on its target host after it. */
export interface MovingVm extends Omit<SeriesVm, "host"> {
  sourceHost: string;
  targetHost: string;
  /** Switchover time, seconds from the start of the migration. */
  switchoverSeconds: number;
}

/** A host's CPU, step by step, during the migration. */
export interface HostDuring {
  host: string;
  site: "source" | "target";
  capacityCores: number;
  /** Per step: vCPUs on the host (all tenants). */
  vcpus: number[];
  /** Per step: CPU demand, this host's cores. */
  cpuDemandCores: number[];
  /** Per step: mean CPU ready per vCPU, fraction of the step. */
  cpuReadyFraction: number[];
}

/**
 * CPU contention on both platforms while VMs move between them: at each step a VM counts on
 * its source host until its switchover and on its target host from then on (a step counts the
 * VM where it is at the step's middle). Demand follows the traffic shape from the hour of the
 * week the migration starts; other tenants of the target keep their own share, scaled by the
 * traffic level like the tenant's (as in contentionSeries); CPU ready from hostCpuContention
 * (the finite-source queue). The memory a moving VM holds on both sides during its copy is not
 * counted twice.
 *
 * @param startSeconds time of the week at which the migration starts (for the traffic shape)
 * @param windowSeconds length of the migration
 * @example contentionDuring(sourceHosts, targetHosts, vms, 4 * HOUR, 18 * HOUR)
 */
export function contentionDuring(
  sourceHosts: readonly SeriesHost[],
  targetHosts: readonly SeriesHost[],
  vms: readonly MovingVm[],
  startSeconds: number,
  windowSeconds: number,
  stepSeconds = HOUR,
  shape: TrafficShape = DEFAULT_TRAFFIC_SHAPE,
): HostDuring[] {
  const steps = Math.max(1, Math.ceil(windowSeconds / stepSeconds));
  const levels = Array.from({ length: steps }, (_, k) =>
    trafficLevel(startSeconds + k * stepSeconds, shape),
  );
  // the tenant's aggregate curve, once per step (not per host)
  const othersScale = othersScaleAt(vms, levels);
  const bySource = groupBy(vms, (vm) => vm.sourceHost);
  const byTarget = groupBy(vms, (vm) => vm.targetHost);
  const hosts = [
    ...sourceHosts.map((host) => ({ host, site: "source" as const })),
    ...targetHosts.map((host) => ({ host, site: "target" as const })),
  ];
  return hosts.map(({ host, site }) => {
    const out: HostDuring = {
      host: host.name,
      site,
      capacityCores: host.effectiveCores,
      vcpus: [],
      cpuDemandCores: [],
      cpuReadyFraction: [],
    };
    levels.forEach((level, k) => {
      const middle = (k + 0.5) * stepSeconds;
      const here =
        (site === "source" ? bySource : byTarget)
          .get(host.name)
          ?.filter((vm) =>
            site === "source" ? middle < vm.switchoverSeconds : middle >= vm.switchoverSeconds,
          ) ?? [];
      const vcpus = here.reduce((s, vm) => s + vm.vcpu, 0) + host.otherVcpus;
      const c = hostStepContention(host, here, vcpus, level, othersScale[k] ?? 0);
      out.vcpus.push(vcpus);
      out.cpuDemandCores.push(c.demandCores);
      out.cpuReadyFraction.push(c.readyFraction);
    });
    return out;
  });
}
