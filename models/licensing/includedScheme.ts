import type { LicenceScheme } from "./LicenceScheme.ts";

/** Terms of a licence included in the platform's price (nothing billed separately). */
export interface IncludedTerms {
  scheme: "included";
}

/**
 * A licence included in the platform's price: costs nothing on top of it.
 *
 * @example
 * includedScheme.cost({ scheme: "included" }, estate).costPerMonth; // => 0
 */
export const includedScheme: LicenceScheme<IncludedTerms> = {
  name: "included",
  cost() {
    return {
      scheme: "included",
      unit: "none",
      licensedQuantity: 0,
      billedQuantity: 0,
      unitPricePerMonth: 0,
      unitPriceFrom: "",
      costPerMonth: 0,
    };
  },
};
