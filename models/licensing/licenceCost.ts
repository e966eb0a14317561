import type { LicenceCost, LicenceScheme, LicensedEstate } from "./LicenceScheme.ts";
import type { LicenceTerms } from "./LicenceTerms.ts";
import { licenceSchemes } from "./licenceSchemes.ts";

/**
 * Monthly licence cost of an estate under any scheme, looked up by `terms.scheme`.
 *
 * @throws {RangeError} when the scheme is unknown; the message lists the known ones.
 * @example
 * licenceCost({ scheme: "per-core", pricePerCorePerYear: 322, minCoresPerSocket: 16, minCoresPerOrder: 72 },
 *   referenceDedicated).costPerMonth; // 96 cores × 322 ÷ 12 = 2576
 */
export function licenceCost(terms: LicenceTerms, estate: LicensedEstate): LicenceCost {
  const scheme = (licenceSchemes as Record<string, LicenceScheme<LicenceTerms> | undefined>)[
    terms.scheme
  ];
  if (scheme === undefined) {
    throw new RangeError(
      `licenceCost: unknown licence scheme "${String(terms.scheme)}", expected one of ${Object.keys(licenceSchemes).join(", ")}`,
    );
  }
  return scheme.cost(terms, estate);
}
