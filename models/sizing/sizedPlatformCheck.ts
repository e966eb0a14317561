import { hostStepContention } from "../contention/contentionSeries.ts";
import { groupBy } from "../groupBy.ts";
import { hostCapacity } from "../platform/hostCapacity.ts";
import { type N1CheckResult, n1Check } from "../platform/n1Check.ts";
import { hostAllowance } from "../platform/overcommitPolicy.ts";
import { placeVms } from "../platform/placeVms.ts";
import { candidateHosts } from "./candidateHosts.ts";
import { largestAntiAffinityGroup } from "./largestAntiAffinityGroup.ts";
import type { SizingInput } from "./SizingInput.ts";

/** What a target of a given host count does with the estate. */
export interface SizedPlatformCheck {
  /** Every VM placed, N+k holds at the peak and every anti-affinity group survives k failures. */
  pass: boolean;
  /** VMs first-fit decreasing placement could not place. */
  unplaced: string[];
  /** The HA check at the peak step with the failures tolerated. */
  n1: N1CheckResult;
  /** Hosts left after k failures ≥ the largest anti-affinity group. */
  antiAffinityHolds: boolean;
}

/**
 * The run's own checks on `hostCount` hosts of the model: the VMs placed first-fit decreasing
 * under the overcommit policy and rules ({@link placeVms}), the CPU demand of every host at the
 * peak step — the tenant's VMs on it plus other tenants' share, through the contention model's
 * {@link hostStepContention} — and {@link n1Check} with the failures tolerated on that demand
 * and on granted memory ÷ the allowed memory overcommit. This is what
 * scenarios/run/platformSection.ts computes for `capacity.n1` (DRS-like balancing moves VMs
 * between hosts of one model, which leaves the total demand unchanged), plus the rule that an
 * anti-affinity group of g VMs keeps g hosts after k failures.
 *
 * @param hostCount hosts of the model, ≥ 1
 * @example
 * sizedPlatformCheck(input, 4).pass // true when 4 hosts hold the estate with N+1
 */
export function sizedPlatformCheck(input: SizingInput, hostCount: number): SizedPlatformCheck {
  const hosts = candidateHosts(input.host, hostCount);
  const capacity = hostCapacity(input.host);
  const placement = placeVms(
    input.vms,
    hosts.map((h) => ({ name: h.name, cores: capacity.cores, memoryBytes: h.memoryBytes })),
    input.policy,
    input.rules,
    { keepOwnHost: false },
  );
  const allowedVcpus = hostAllowance(capacity.cores, input.host.memoryBytes, input.policy).vcpu;
  const onHost = groupBy(
    input.vms.filter((vm) => placement.hostOf[vm.name] !== undefined),
    (vm) => placement.hostOf[vm.name] ?? "",
  );
  let cpuDemandCores = 0;
  for (const h of hosts) {
    const on = onHost.get(h.name) ?? [];
    const tenantVcpus = on.reduce((s, vm) => s + vm.vcpu, 0);
    const f = input.otherTenantsPeakFraction;
    const otherVcpus = f > 0 ? Math.max(0, allowedVcpus - tenantVcpus) : 0;
    const seriesHost = {
      name: h.name,
      effectiveCores: capacity.effectiveCores,
      speedFactor: input.speedFactor,
      memoryBytes: h.memoryBytes,
      otherVcpus,
      otherPeakFraction: f,
    };
    cpuDemandCores += hostStepContention(
      seriesHost,
      on,
      tenantVcpus + otherVcpus,
      input.peakLevel,
      input.othersScale,
    ).demandCores;
  }
  const grantedBytes = input.vms.reduce((s, vm) => s + vm.memoryBytes, 0);
  const n1 = n1Check(
    hosts.map(() => ({ cpuCores: capacity.effectiveCores, memoryBytes: input.host.memoryBytes })),
    { cpuCores: cpuDemandCores, memoryBytes: grantedBytes / input.policy.maxMemoryOvercommit },
    input.failuresTolerated,
  );
  const antiAffinityHolds =
    hostCount - input.failuresTolerated >= largestAntiAffinityGroup(input.rules);
  return {
    pass: placement.unplaced.length === 0 && n1.pass && antiAffinityHolds,
    unplaced: placement.unplaced,
    n1,
    antiAffinityHolds,
  };
}
