import type { EstateHost, EstateVm } from "../cost/Estate.ts";
import { allocationCheckOfTotals, type CapacityPolicy } from "./allocationCheck.ts";

/**
 * The fewest hosts like `template` to add so that the VMs fit by allocation and with the
 * failures tolerated (see {@link allocationCheck}).
 *
 * @returns the count, or null when even `maxAdded` more hosts are not enough (a template with
 *   no cores or next to no memory, as a corrupted or hand-edited export can give): the caller
 *   says the growth is not assessed rather than guess.
 * @example
 * hostsToAdd(threeHosts, host, vms, { maxVcpuPerCore: 4, maxMemoryOvercommit: 1, failuresTolerated: 1 }); // => 0
 */
export function hostsToAdd(
  hosts: readonly EstateHost[],
  template: EstateHost,
  vms: readonly EstateVm[],
  policy: CapacityPolicy,
  maxAdded = 1000,
): number | null {
  const vcpu = vms.reduce((s, vm) => s + vm.vcpu, 0);
  const granted = vms.reduce((s, vm) => s + vm.memoryBytes, 0);
  return hostsToAddForTotals(hosts, template, vcpu, granted, policy, maxAdded);
}

/**
 * {@link hostsToAdd} for VMs given by their totals (allocated vCPUs, granted memory in bytes,
 * summed in the VMs' order: the same result, bit for bit; see allocationCheckOfTotals).
 * @returns as hostsToAdd: null when `maxAdded` more hosts are not enough
 */
export function hostsToAddForTotals(
  hosts: readonly EstateHost[],
  template: EstateHost,
  vcpu: number,
  granted: number,
  policy: CapacityPolicy,
  maxAdded = 1000,
): number | null {
  const cluster = [...hosts];
  for (let added = 0; added <= maxAdded; added++) {
    if (allocationCheckOfTotals(cluster, vcpu, granted, policy).pass) return added;
    cluster.push(template);
  }
  return null;
}

/** Why hosts to add are not assessed when {@link hostsToAdd} finds none enough. */
export const HOSTS_TO_ADD_NOT_ASSESSED =
  "the VMs do not fit the dedicated platform even with 1,000 more hosts like its first one (its cores or memory in the inventory are too small to be real?): hosts added as the estate grows are not assessed";
