import type { LicenceScheme } from "./LicenceScheme.ts";

/** Terms of per-VM licences (backup agents, Windows). */
export interface PerVmTerms {
  scheme: "per-vm";
  /** Price of one VM's licence per month. */
  pricePerVmPerMonth: number;
}

/**
 * Per-VM licences: one per VM of the estate, each billed for the share of the month it ran.
 *
 * @example
 * perVmScheme.cost({ scheme: "per-vm", pricePerVmPerMonth: 9 }, { hosts: [], vms: fiftyVms }).costPerMonth; // => 450
 */
export const perVmScheme: LicenceScheme<PerVmTerms> = {
  name: "per-vm",
  cost(terms, estate) {
    const vms = estate.vms.reduce((sum, vm) => sum + vm.runningFraction, 0);
    return {
      scheme: "per-vm",
      unit: "VM",
      licensedQuantity: vms,
      billedQuantity: vms,
      unitPricePerMonth: terms.pricePerVmPerMonth,
      unitPriceFrom: "pricePerVmPerMonth",
      costPerMonth: vms * terms.pricePerVmPerMonth,
    };
  },
};
