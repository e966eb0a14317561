import { licenceCost } from "../licensing/licenceCost.ts";
import type { CostInputs } from "./CostInputs.ts";
import type { Estate } from "./Estate.ts";
import { lineItem, type MonthlyCost, monthlyCost } from "./LineItem.ts";
import { licenceLineItem } from "./licenceLineItem.ts";
import { licensedEstate } from "./licensedEstate.ts";

/**
 * Monthly cost of the dedicated platform, before or after the licence change.
 *
 * Before: hosts × host price (licence embedded) + datastores + own backup + network.
 * After: the licence share of the host price is replaced by the new scheme's cost on the
 * hosts: hosts × host price × (1 − licence share) + licenceAfter(hosts) + the same rest.
 *
 * Reference: FACTS.md "Costs" (dedicated: whole hosts, licence embedded in the host price;
 * calibration 3 × €1,500 + 2 × €300 + €450 + €150 = €5,700 before, ≈ €7,736 after).
 *
 * @example
 * dedicatedMonthlyCost(prices, referenceEstate, "before").totalPerMonth; // => 5700
 */
export function dedicatedMonthlyCost(
  inputs: CostInputs,
  estate: Estate,
  licensing: "before" | "after",
): MonthlyCost {
  const d = inputs.dedicated;
  const hosts = estate.hosts.length;
  const hostLine =
    licensing === "before"
      ? lineItem(
          "hosts (licence included)",
          hosts,
          "host",
          d.hostPerMonth,
          "dedicated.hostPerMonth",
        )
      : lineItem(
          "hosts (licence share removed)",
          hosts,
          "host",
          d.hostPerMonth * (1 - d.licenceShareOfHostPriceFraction),
          "dedicated.hostPerMonth × (1 − dedicated.licenceShareOfHostPriceFraction)",
        );
  const items = [hostLine];
  if (licensing === "after") {
    const licence = licenceCost(d.licenceAfter, licensedEstate(estate));
    items.push(licenceLineItem(licence, "dedicated.licenceAfter"));
  }
  items.push(
    lineItem(
      "datastores",
      d.datastoreCount,
      "datastore",
      d.datastorePerMonth,
      "dedicated.datastorePerMonth",
    ),
    lineItem("own backup", 1, "month", d.backupPerMonth, "dedicated.backupPerMonth"),
    lineItem("network", 1, "month", d.networkPerMonth, "dedicated.networkPerMonth"),
  );
  return monthlyCost(items);
}
