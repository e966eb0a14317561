import { maxOf } from "../../sim/stats/extremes.ts";
import { hostCapacity } from "../platform/hostCapacity.ts";
import { n1Check } from "../platform/n1Check.ts";
import { hostAllowance } from "../platform/overcommitPolicy.ts";
import { placeVms } from "../platform/placeVms.ts";
import { cpuLoadAt } from "../workload/cpuLoadAt.ts";
import { candidateHosts } from "./candidateHosts.ts";
import { largestAntiAffinityGroup } from "./largestAntiAffinityGroup.ts";
import type { SizingInput } from "./SizingInput.ts";
import { SIZING_RESOURCES, type SizingResource } from "./SizingResource.ts";
import { sizedPlatformCheck } from "./sizedPlatformCheck.ts";
import { smallestCount } from "./smallestCount.ts";

/** How many hosts of one model an estate needs, and what decided it. */
export interface HostSizing {
  /** The smallest host count that meets every constraint. */
  hostCount: number;
  /** The resource whose own need equals the count (the first in SIZING_RESOURCES on a tie). */
  binding: SizingResource;
  /** Hosts each resource needs on its own. */
  perResource: Record<SizingResource, number>;
  /** Hosts that may fail (N+k) the count allows for. */
  failuresTolerated: number;
}

/**
 * The smallest number of hosts of one model that holds an estate at its weekly peak with k
 * hosts failed, under the overcommit policy, beside other tenants, with every VM placed and
 * every rule kept — and which resource decided it.
 *
 * Each resource's need is found on its own, from a closed form checked against the same model
 * the run uses (n equal hosts of E effective cores and M bytes, k failures, HA percentage policy
 * reserving k/n: FACTS.md "Capacity rules of thumb"):
 * - cpu: D + n·f·σ·E ≤ (n − k)·E, so n ≥ (D/E + k) ÷ (1 − f·σ), where D is the tenant's peak
 *   demand in the model's cores (vCPU × cpuLoadAt at the peak level ÷ speed), f other tenants'
 *   peak share of each host and σ their load at the peak step (they grow with the platform:
 *   every added host brings its share of other tenants);
 * - memory: Σ granted ÷ overcommit ≤ (n − k)·M;
 * - vcpu: Σ vCPU ≤ n·⌊cores × maxVcpuPerCore⌋ (a placement limit on the hosts that run: after a
 *   failure HA restarts VMs beyond the ratio, FACTS.md: "after a host failure a 4-host cluster at
 *   4:1 vCPU:core runs at about 5.3:1");
 * - placement: the fewest hosts on which first-fit decreasing places every VM ({@link placeVms};
 *   FFD on hosts added at the end never unplaces a VM, so the need is monotone);
 * - antiAffinity: the largest anti-affinity group + k; ha: k + 1.
 * The count is the largest need, verified with {@link sizedPlatformCheck} (the run's checks).
 *
 * ASSUMPTION: the target is one HA cluster (vSphere 8 allows 96 hosts per cluster; a larger
 * count stands for several clusters, each of which would keep its own reserve).
 *
 * @throws RangeError when other tenants leave no CPU (f·σ ≥ 1 with demand), or when some VMs
 *   can be placed on no number of hosts (a VM over one host's allowance, or rules that conflict);
 *   the message names them
 * @example
 * hostSizing(referenceInput).hostCount // 4 (binding "cpu")
 */
export function hostSizing(input: SizingInput): HostSizing {
  const k = input.failuresTolerated;
  const perResource: Record<SizingResource, number> = {
    cpu: cpuNeed(input),
    memory: memoryNeed(input),
    vcpu: vcpuNeed(input),
    placement: 0,
    antiAffinity: antiAffinityNeed(input),
    ha: k + 1,
  };
  perResource.placement = placementNeed(input, Math.max(perResource.vcpu, 1));
  const need = maxOf(SIZING_RESOURCES.map((r) => perResource[r]));
  const hostCount = smallestCount(need, (n) => sizedPlatformCheck(input, n).pass, need, need + 64);
  if (hostCount === null) throw new RangeError(`no host count from ${need} holds the estate`);
  const binding =
    hostCount > need
      ? "placement"
      : (SIZING_RESOURCES.find((r) => perResource[r] === need) ?? "ha");
  if (hostCount > need) perResource.placement = hostCount;
  return { hostCount, binding, perResource, failuresTolerated: k };
}

function cpuNeed(input: SizingInput): number {
  const capacity = hostCapacity(input.host);
  const e = capacity.effectiveCores;
  const k = input.failuresTolerated;
  let tenant = 0;
  for (const vm of input.vms) tenant += vm.vcpu * cpuLoadAt(vm.profile, input.peakLevel);
  const tenantCores = tenant / input.speedFactor;
  const others = input.otherTenantsPeakFraction * input.othersScale;
  if (others >= 1 && (tenantCores > 0 || k > 0)) {
    throw new RangeError(
      `other tenants use ${(others * 100).toFixed(0)} % of every host at the peak: no number of hosts leaves CPU for this estate`,
    );
  }
  const holds = (n: number) =>
    n1Check(
      candidateHosts(input.host, n).map(() => ({ cpuCores: e, memoryBytes: 0 })),
      { cpuCores: tenantCores + n * others * e, memoryBytes: 0 },
      k,
    ).cpuUsedFraction <= 1;
  if (tenantCores === 0 && others === 0) return 0;
  const guess = (tenantCores / e + k) / (1 - Math.min(others, 0.999));
  return withinReach(smallestCount(guess, holds, 1, Math.ceil(guess) + 64), "CPU");
}

function memoryNeed(input: SizingInput): number {
  const k = input.failuresTolerated;
  const m = input.host.memoryBytes;
  const backed =
    input.vms.reduce((s, vm) => s + vm.memoryBytes, 0) / input.policy.maxMemoryOvercommit;
  const holds = (n: number) =>
    n1Check(
      candidateHosts(input.host, n).map(() => ({ cpuCores: 0, memoryBytes: m })),
      { cpuCores: 0, memoryBytes: backed },
      k,
    ).memoryUsedFraction <= 1;
  if (backed === 0) return 0;
  const guess = backed / m + k;
  return withinReach(smallestCount(guess, holds, 1, Math.ceil(guess) + 64), "memory");
}

/** The closed forms are exact up to rounding: a search that finds nothing is a bug, not input. */
function withinReach(count: number | null, what: string): number {
  if (count === null)
    throw new Error(`sizing: the ${what} need was not found near its closed form`);
  return count;
}

function vcpuNeed(input: SizingInput): number {
  const cores = hostCapacity(input.host).cores;
  const allowed = hostAllowance(cores, input.host.memoryBytes, input.policy).vcpu;
  const vcpus = input.vms.reduce((s, vm) => s + vm.vcpu, 0);
  if (vcpus === 0) return 0;
  if (allowed <= 0)
    throw new RangeError("the overcommit policy allows no vCPU on a host of this model");
  return Math.ceil(vcpus / allowed);
}

function antiAffinityNeed(input: SizingInput): number {
  const largest = largestAntiAffinityGroup(input.rules);
  return largest > 0 ? largest + input.failuresTolerated : 0;
}

function placementNeed(input: SizingInput, from: number): number {
  const cores = hostCapacity(input.host).cores;
  const place = (n: number) =>
    placeVms(
      input.vms,
      candidateHosts(input.host, n).map((h) => ({
        name: h.name,
        cores,
        memoryBytes: h.memoryBytes,
      })),
      input.policy,
      input.rules,
      { keepOwnHost: false },
    );
  const atMost = Math.max(from, input.vms.length);
  const need = smallestCount(from, (n) => place(n).unplaced.length === 0, 1, atMost);
  if (need !== null) return need;
  const unplaced = place(atMost).unplaced;
  throw new RangeError(
    `${unplaced.length} VM(s) fit on no number of hosts (over one host's allowance, or rules that conflict): ${unplaced.slice(0, 5).join(", ")}${unplaced.length > 5 ? ", …" : ""}`,
  );
}
