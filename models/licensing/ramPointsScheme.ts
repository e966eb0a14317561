import { GIB } from "../units.ts";
import type { LicenceScheme, LicensedVm } from "./LicenceScheme.ts";

/** Terms of the RAM-based provider program (VSPP/VCPP). */
export interface RamPointsTerms {
  scheme: "ram-points";
  /** Points per GB of reserved vRAM per month (e.g. 7 for the Premier bundle). */
  pointsPerGbPerMonth: number;
  /** Money value of one point. */
  pricePerPoint: number;
  /** Share of configured vRAM counted at least, 0–1 (0.5 in the program). */
  minReservedFraction: number;
  /** At most this many GB counted per VM (24 in the program). */
  maxGbPerVm: number;
}

/**
 * GB of vRAM one VM counts for in a month under the provider program: its reservation, but at
 * least `minReservedFraction` of its configured vRAM and at most `maxGbPerVm`, times the share
 * of the month's hours it ran (the program meters hourly and bills the month's sum). "GB" is
 * the GiB vCenter displays.
 *
 * Reference: FACTS.md "Licensing" (VSPP/VCPP: points per GB of reserved vRAM, 50 % floor,
 * 24 GB cap, hourly metering).
 *
 * @example
 * ramPointsCountedGb(terms, { memoryBytes: 2 * GIB, reservedMemoryBytes: 0, runningFraction: 1 }); // => 1
 */
export function ramPointsCountedGb(terms: RamPointsTerms, vm: LicensedVm): number {
  const configuredGb = vm.memoryBytes / GIB;
  const reservedGb = Math.max(
    vm.reservedMemoryBytes / GIB,
    terms.minReservedFraction * configuredGb,
  );
  return Math.min(reservedGb, terms.maxGbPerVm) * vm.runningFraction;
}

/**
 * RAM-based provider points: Σ counted GB × points per GB × price per point, per month.
 *
 * @example
 * ramPointsScheme.cost(terms, estate).costPerMonth; // 160 GB × 7 × 0.45 = 504 for the reference
 */
export const ramPointsScheme: LicenceScheme<RamPointsTerms> = {
  name: "ram-points",
  cost(terms, estate) {
    const countedGb = estate.vms.reduce((sum, vm) => sum + ramPointsCountedGb(terms, vm), 0);
    const unitPricePerMonth = terms.pointsPerGbPerMonth * terms.pricePerPoint;
    return {
      scheme: "ram-points",
      unit: "GB vRAM",
      licensedQuantity: countedGb,
      billedQuantity: countedGb,
      unitPricePerMonth,
      unitPriceFrom: "pointsPerGbPerMonth × pricePerPoint",
      costPerMonth: countedGb * unitPricePerMonth,
    };
  },
};
