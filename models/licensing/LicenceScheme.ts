import type { LicenceTerms } from "./LicenceTerms.ts";

/** A host as licensing sees it: its CPU sockets and physical cores per socket. */
export interface LicensedHost {
  /** CPU sockets. */
  sockets: number;
  /** Physical cores per socket. */
  coresPerSocket: number;
}

/** A VM as licensing sees it. */
export interface LicensedVm {
  /** Configured memory, bytes. */
  memoryBytes: number;
  /** Memory reservation, bytes (0 when none). */
  reservedMemoryBytes: number;
  /**
   * Share of the month's hours the VM was powered on, 0–1 (hourly metering bills only those
   * hours; 1 for a VM that ran all month).
   */
  runningFraction: number;
}

/** What a licence covers: the hosts and the VMs of one platform. */
export interface LicensedEstate {
  hosts: readonly LicensedHost[];
  vms: readonly LicensedVm[];
}

/**
 * The monthly cost of one licence scheme on one estate, with its quantities so that it can be
 * checked by hand: `costPerMonth = billedQuantity × unitPricePerMonth`.
 */
export interface LicenceCost {
  /** Name of the scheme, e.g. "per-core". */
  scheme: LicenceTerms["scheme"];
  /** What is counted: "core", "GB vRAM", "CPU licence", "VM" or "none". */
  unit: string;
  /** Units the rules count (licensed cores after the per-socket floor, counted GB, …). */
  licensedQuantity: number;
  /** Units billed (after an order minimum), ≥ licensedQuantity. */
  billedQuantity: number;
  /** Price of one unit per month, in the prices' currency. */
  unitPricePerMonth: number;
  /**
   * How the unit price follows from the terms' fields, e.g. "pricePerCorePerYear ÷ 12"
   * (field names of the terms; "" when nothing is billed).
   */
  unitPriceFrom: string;
  /** billedQuantity × unitPricePerMonth. */
  costPerMonth: number;
}

/**
 * A licence scheme: the rules that turn an estate into a monthly licence cost. Schemes are
 * interchangeable by name (see `licenceSchemes`); a new scheme is a new file.
 */
export interface LicenceScheme<T extends LicenceTerms> {
  /** The scheme's name, the `scheme` field of its terms. */
  readonly name: T["scheme"];
  /** Monthly cost of the estate under the terms. Never negative. */
  cost(terms: T, estate: LicensedEstate): LicenceCost;
}
