import type { LicenceCost } from "../licensing/LicenceScheme.ts";
import { type LineItem, lineItem } from "./LineItem.ts";

/**
 * A licence cost as a bill line, its unit price traced to the terms' fields under `termsPath`.
 *
 * @example
 * licenceLineItem(perCoreCost, "dedicated.licenceAfter").unitPriceFrom;
 * // => "dedicated.licenceAfter.pricePerCorePerYear ÷ 12"
 */
export function licenceLineItem(licence: LicenceCost, termsPath: string): LineItem {
  return lineItem(
    `licence (${licence.scheme})`,
    licence.billedQuantity,
    licence.unit,
    licence.unitPricePerMonth,
    licence.unitPriceFrom.replace(/\b([a-z][A-Za-z]*)\b/g, `${termsPath}.$1`),
  );
}
