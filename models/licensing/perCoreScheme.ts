import type { LicenceScheme, LicensedHost } from "./LicenceScheme.ts";

/** Terms of the per-core subscription (VMware since 2024: VCF, VVF). */
export interface PerCoreTerms {
  scheme: "per-core";
  /** Price of one core per year. */
  pricePerCorePerYear: number;
  /** Each CPU socket counts at least this many cores (16). */
  minCoresPerSocket: number;
  /** An order covers at least this many cores (72 from 10 April 2025). */
  minCoresPerOrder: number;
}

/**
 * Cores licensed on hosts under the per-core rules: each socket counts
 * max(physical cores, minCoresPerSocket). Always ≥ the physical cores.
 *
 * Reference: FACTS.md "Licensing" (each CPU socket counts at least 16 cores).
 *
 * @example
 * licensedCores([{ sockets: 2, coresPerSocket: 10 }], 16); // => 32
 */
export function licensedCores(hosts: readonly LicensedHost[], minCoresPerSocket: number): number {
  return hosts.reduce(
    (sum, h) => sum + h.sockets * Math.max(h.coresPerSocket, minCoresPerSocket),
    0,
  );
}

/**
 * Per-core subscription: licensed cores (per-socket floor), billed at least the order minimum,
 * at the yearly price ÷ 12 per month.
 *
 * Reference: FACTS.md "Licensing" (16 cores per socket; 72-core order minimum; VCF $350,
 * VVF $135 per core per year).
 *
 * @example
 * perCoreScheme.cost({ scheme: "per-core", pricePerCorePerYear: 120, minCoresPerSocket: 16, minCoresPerOrder: 72 },
 *   { hosts: [{ sockets: 1, coresPerSocket: 8 }, { sockets: 1, coresPerSocket: 8 }], vms: [] });
 * // => licensedQuantity 32, billedQuantity 72, costPerMonth 720
 */
export const perCoreScheme: LicenceScheme<PerCoreTerms> = {
  name: "per-core",
  cost(terms, estate) {
    const cores = licensedCores(estate.hosts, terms.minCoresPerSocket);
    const billed = Math.max(cores, terms.minCoresPerOrder);
    const unitPricePerMonth = terms.pricePerCorePerYear / 12;
    return {
      scheme: "per-core",
      unit: "core",
      licensedQuantity: cores,
      billedQuantity: billed,
      unitPricePerMonth,
      unitPriceFrom: "pricePerCorePerYear ÷ 12",
      costPerMonth: billed * unitPricePerMonth,
    };
  },
};
