import { licenceCost } from "../licensing/licenceCost.ts";
import type { DedicatedPrices } from "./CostInputs.ts";
import type { Estate } from "./Estate.ts";
import { licensedEstate } from "./licensedEstate.ts";

/**
 * How much dearer one dedicated host became with the licence change:
 * (host price − licence share + new licence cost per host) ÷ host price − 1, where the new
 * licence cost per host is the scheme's cost on all the hosts (order minimum included)
 * divided by the number of hosts.
 *
 * Reference: FACTS.md "Costs" (€1,500 host, 12 % licence, 32 cores × $350 × 0.92 ÷ 12 ≈ €26.8
 * per core per month → +45 %).
 *
 * @throws {RangeError} when the estate has no host or the host price is 0.
 * @example
 * hostCostIncreaseFraction(referenceDedicated, referenceEstate); // ≈ 0.4524
 */
export function hostCostIncreaseFraction(prices: DedicatedPrices, estate: Estate): number {
  const hosts = estate.hosts.length;
  if (hosts === 0 || prices.hostPerMonth <= 0) {
    throw new RangeError(
      "hostCostIncreaseFraction: expected at least one host and a host price > 0",
    );
  }
  const licencePerHost =
    licenceCost(prices.licenceAfter, licensedEstate(estate)).costPerMonth / hosts;
  const after = prices.hostPerMonth * (1 - prices.licenceShareOfHostPriceFraction) + licencePerHost;
  return after / prices.hostPerMonth - 1;
}
