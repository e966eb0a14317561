import type { LicenceScheme, LicensedHost } from "./LicenceScheme.ts";

/** Terms of per-CPU licences (VMware before 2024: one licence covers at most 32 cores). */
export interface PerCpuTerms {
  scheme: "per-cpu";
  /** Price of one CPU licence per year. */
  pricePerCpuPerYear: number;
  /** Cores one licence covers at most (32). */
  maxCoresPerCpu: number;
}

/**
 * CPU licences needed: ceil(cores per socket ÷ maxCoresPerCpu) per socket (a 48-core CPU needs
 * two under the 32-core rule).
 *
 * Reference: FACTS.md "Licensing" (before 2024, one per-CPU licence covered at most 32 cores).
 *
 * @example
 * cpuLicences([{ sockets: 2, coresPerSocket: 48 }], 32); // => 4
 */
export function cpuLicences(hosts: readonly LicensedHost[], maxCoresPerCpu: number): number {
  return hosts.reduce(
    (sum, h) => sum + h.sockets * Math.ceil(h.coresPerSocket / maxCoresPerCpu),
    0,
  );
}

/**
 * Per-CPU licences at the yearly price ÷ 12 per month. The cores covered,
 * licences × maxCoresPerCpu, are ≥ the physical cores.
 *
 * @example
 * perCpuScheme.cost({ scheme: "per-cpu", pricePerCpuPerYear: 1200, maxCoresPerCpu: 32 },
 *   { hosts: [{ sockets: 2, coresPerSocket: 10 }], vms: [] }).costPerMonth; // => 200
 */
export const perCpuScheme: LicenceScheme<PerCpuTerms> = {
  name: "per-cpu",
  cost(terms, estate) {
    const licences = cpuLicences(estate.hosts, terms.maxCoresPerCpu);
    const unitPricePerMonth = terms.pricePerCpuPerYear / 12;
    return {
      scheme: "per-cpu",
      unit: "CPU licence",
      licensedQuantity: licences,
      billedQuantity: licences,
      unitPricePerMonth,
      unitPriceFrom: "pricePerCpuPerYear ÷ 12",
      costPerMonth: licences * unitPricePerMonth,
    };
  },
};
