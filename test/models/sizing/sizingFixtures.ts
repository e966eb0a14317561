import type { Host } from "../../../models/Inventory.ts";
import type { SizingInput, SizingVm } from "../../../models/sizing/SizingInput.ts";
import { GIB } from "../../../models/units.ts";
import type { WorkloadProfile } from "../../../models/workload/WorkloadProfile.ts";

/** A host model for sizing tests: `sockets × coresPerSocket` cores, hyper-threading on. */
export function hostModel(
  coresPerSocket: number,
  memoryGib: number,
  options: { sockets?: number; threadsPerCore?: number } = {},
): Host {
  return {
    name: "m",
    cluster: null,
    model: "",
    cpuModel: "",
    sockets: options.sockets ?? 2,
    coresPerSocket,
    clockHz: 2.1e9,
    threadsPerCore: options.threadsPerCore ?? 2,
    memoryBytes: memoryGib * GIB,
    generation: "Skylake",
    esxVersion: null,
  };
}

/** A profile busy `peak` of its vCPUs at the peak and a tenth of that at the trough. */
export function profileAt(peak: number): WorkloadProfile {
  return {
    cpuPeakFraction: peak,
    cpuTroughFraction: peak / 10,
    activeMemoryFraction: 0.5,
    dirtyRatePeakBytesPerSecond: 0,
    dirtyRateTroughBytesPerSecond: 0,
    requestsPerSitePeak: 0,
    serviceTimeSeconds: 0.01,
  };
}

/** `count` equal VMs named `${prefix}${i}`. */
export function sizingVms(
  count: number,
  vcpu: number,
  memoryGib: number,
  peak: number,
  prefix = "vm",
): SizingVm[] {
  return Array.from({ length: count }, (_, i) => ({
    name: `${prefix}${i}`,
    vcpu,
    memoryBytes: memoryGib * GIB,
    cpuDemandCores: vcpu * peak,
    host: null,
    profile: profileAt(peak),
  }));
}

/** A sizing input at the peak level (1) with no other tenants, 4:1, no memory overcommit, N+1. */
export function sizingInput(
  host: Host,
  vms: SizingVm[],
  over: Partial<SizingInput> = {},
): SizingInput {
  return {
    host,
    speedFactor: 1,
    vms,
    peakLevel: 1,
    otherTenantsPeakFraction: 0,
    othersScale: 1,
    policy: { maxVcpuPerCore: 4, maxMemoryOvercommit: 1 },
    rules: [],
    failuresTolerated: 1,
    ...over,
  };
}
