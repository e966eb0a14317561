import type { CostInputs } from "../../../models/cost/CostInputs.ts";
import type { Estate, EstateVm } from "../../../models/cost/Estate.ts";
import { GIB } from "../../../models/units.ts";

/**
 * The FACTS.md "Costs" calibration, by hand: 3 hosts of 2×10 cores and 192 GiB at €1,500 with a
 * 12 % licence share; per-core $350 × 0.92 = €322 per core per year; 50 VMs totalling 120 vCPU,
 * 320 GiB and 4,500 GiB provisioned (40 VMs of 2 vCPU/6 GiB/90 GiB and 10 of 4/8/90).
 */
export const FACTS_INPUTS: CostInputs = {
  dedicated: {
    hostPerMonth: 1500,
    licenceShareOfHostPriceFraction: 0.12,
    datastorePerMonth: 300,
    datastoreCount: 2,
    backupPerMonth: 450,
    networkPerMonth: 150,
    licenceBefore: {
      scheme: "ram-points",
      pointsPerGbPerMonth: 7,
      pricePerPoint: 0.45,
      minReservedFraction: 0.5,
      maxGbPerVm: 24,
    },
    licenceAfter: {
      scheme: "per-core",
      pricePerCorePerYear: 350 * 0.92,
      minCoresPerSocket: 16,
      minCoresPerOrder: 72,
    },
  },
  shared: {
    perVcpuPerMonth: 9,
    perGbRamPerMonth: 6,
    perGbStoragePerMonth: 0.12,
    backupPerVmPerMonth: 9,
    backupPerGbPerMonth: 0.02,
    networkPerMonth: 50,
    licence: { scheme: "included" },
  },
  migrationOneOff: 2500,
  dualRunningMonths: 1,
  discountRateFraction: 0.07,
};

const vm = (vcpu: number, memGib: number, diskGib: number): EstateVm => ({
  vcpu,
  memoryBytes: memGib * GIB,
  reservedMemoryBytes: 0,
  diskProvisionedBytes: diskGib * GIB,
});

/** 50 VMs: 120 vCPU, 320 GiB, 4,500 GiB provisioned; 3 hosts of 2×10 cores, 192 GiB. */
export const FACTS_ESTATE: Estate = {
  hosts: Array.from({ length: 3 }, () => ({
    sockets: 2,
    coresPerSocket: 10,
    memoryBytes: 192 * GIB,
  })),
  vms: [
    ...Array.from({ length: 40 }, () => vm(2, 6, 90)),
    ...Array.from({ length: 10 }, () => vm(4, 8, 90)),
  ],
};
