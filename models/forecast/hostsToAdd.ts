import type { EstateHost, EstateVm } from "../cost/Estate.ts";
import { allocationCheckOfTotals, type CapacityPolicy } from "./allocationCheck.ts";

/**
 * The fewest hosts like `template` to add so that the VMs fit by allocation and with the
 * failures tolerated (see {@link allocationCheck}).
 *
 * @throws {RangeError} when even `maxAdded` more hosts are not enough (e.g. a VM larger than
 *   any host could ever carry, or a template with no cores).
 * @example
 * hostsToAdd(threeHosts, host, vms, { maxVcpuPerCore: 4, maxMemoryOvercommit: 1, failuresTolerated: 1 }); // => 0
 */
export function hostsToAdd(
  hosts: readonly EstateHost[],
  template: EstateHost,
  vms: readonly EstateVm[],
  policy: CapacityPolicy,
  maxAdded = 1000,
): number {
  const vcpu = vms.reduce((s, vm) => s + vm.vcpu, 0);
  const granted = vms.reduce((s, vm) => s + vm.memoryBytes, 0);
  return hostsToAddForTotals(hosts, template, vcpu, granted, policy, maxAdded);
}

/**
 * {@link hostsToAdd} for VMs given by their totals (allocated vCPUs, granted memory in bytes,
 * summed in the VMs' order: the same result, bit for bit; see allocationCheckOfTotals).
 * @throws {RangeError} as hostsToAdd
 */
export function hostsToAddForTotals(
  hosts: readonly EstateHost[],
  template: EstateHost,
  vcpu: number,
  granted: number,
  policy: CapacityPolicy,
  maxAdded = 1000,
): number {
  const cluster = [...hosts];
  for (let added = 0; added <= maxAdded; added++) {
    if (allocationCheckOfTotals(cluster, vcpu, granted, policy).pass) return added;
    cluster.push(template);
  }
  throw new RangeError(`hostsToAdd: the VMs do not fit even with ${maxAdded} more hosts`);
}
