import type { LicenceCost } from "../licensing/LicenceScheme.ts";
import { licenceCost } from "../licensing/licenceCost.ts";
import type { CostInputs } from "./CostInputs.ts";
import { dedicatedMonthlyCost } from "./dedicatedMonthlyCost.ts";
import type { Estate } from "./Estate.ts";
import { hostCostIncreaseFraction } from "./hostCostIncreaseFraction.ts";
import type { MonthlyCost } from "./LineItem.ts";
import { licensedEstate } from "./licensedEstate.ts";
import { sharedMonthlyCost } from "./sharedMonthlyCost.ts";

/** The three monthly bills of the business case and the savings between them. */
export interface MonthlyCosts {
  dedicatedBefore: MonthlyCost;
  dedicatedAfter: MonthlyCost;
  shared: MonthlyCost;
  /** See {@link hostCostIncreaseFraction}; null when there is no host or the host price is 0. */
  hostCostIncreaseFraction: number | null;
  /** 1 − shared ÷ baseline, for each baseline (negative when the shared platform is dearer). */
  savingsFraction: { vsBeforeLicenceChange: number; vsAfterLicenceChange: number };
  /**
   * Cross-check, not billed: the old licence (e.g. RAM points) computed from its own rules,
   * against the licence share embedded in the host prices.
   */
  licenceBeforeCheck: { computed: LicenceCost; embeddedPerMonth: number };
}

/**
 * The monthly bills of staying dedicated (before and after the licence change) and of moving
 * to the shared platform, for one estate, with the host cost increase and the savings.
 *
 * @example
 * monthlyCosts(referenceInputs, referenceEstate).savingsFraction.vsBeforeLicenceChange; // ≈ 0.275
 */
export function monthlyCosts(inputs: CostInputs, estate: Estate): MonthlyCosts {
  const dedicatedBefore = dedicatedMonthlyCost(inputs, estate, "before");
  const dedicatedAfter = dedicatedMonthlyCost(inputs, estate, "after");
  const shared = sharedMonthlyCost(inputs, estate);
  const d = inputs.dedicated;
  return {
    dedicatedBefore,
    dedicatedAfter,
    shared,
    hostCostIncreaseFraction:
      estate.hosts.length > 0 && d.hostPerMonth > 0 ? hostCostIncreaseFraction(d, estate) : null,
    savingsFraction: {
      vsBeforeLicenceChange: 1 - shared.totalPerMonth / dedicatedBefore.totalPerMonth,
      vsAfterLicenceChange: 1 - shared.totalPerMonth / dedicatedAfter.totalPerMonth,
    },
    licenceBeforeCheck: {
      computed: licenceCost(d.licenceBefore, licensedEstate(estate)),
      embeddedPerMonth: estate.hosts.length * d.hostPerMonth * d.licenceShareOfHostPriceFraction,
    },
  };
}
