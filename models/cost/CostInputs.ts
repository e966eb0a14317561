import type { LicenceTerms } from "../licensing/LicenceTerms.ts";

/**
 * Prices of the dedicated platform, per month in one currency: whole hosts with the licence
 * embedded in their price. Field names mirror the scenario's `costs.dedicated` so that a line
 * item's `unitPriceFrom` names the scenario field it reads.
 */
export interface DedicatedPrices {
  /** Price of one host per month, licence included (before the licence change). */
  hostPerMonth: number;
  /** Share of the host price that is the VMware licence before the change, 0–1. */
  licenceShareOfHostPriceFraction: number;
  /** Price of one datastore per month. */
  datastorePerMonth: number;
  /** Datastores rented. */
  datastoreCount: number;
  /** The customer's own backup per month. */
  backupPerMonth: number;
  /** Network (public IPs, firewall, bandwidth) per month. */
  networkPerMonth: number;
  /** The licence embedded in the host price before the change (shown as a cross-check). */
  licenceBefore: LicenceTerms;
  /** The licence that replaces the embedded share after the change. */
  licenceAfter: LicenceTerms;
}

/**
 * Prices of the shared platform: consumption of allocated resources, per month. "GB" is the
 * GiB vCenter displays (a 8 GiB VM is billed 8 GB), so storage and RAM are counted in GiB.
 */
export interface SharedPrices {
  /** Per allocated vCPU. */
  perVcpuPerMonth: number;
  /** Per GB (GiB) of configured RAM. */
  perGbRamPerMonth: number;
  /** Per GB of provisioned (allocated) storage. */
  perGbStoragePerMonth: number;
  /** Managed backup per VM. */
  backupPerVmPerMonth: number;
  /** Managed backup per GB of provisioned storage protected. */
  backupPerGbPerMonth: number;
  /** Public IPs and bandwidth. */
  networkPerMonth: number;
  /** Licence billed on top of consumption ("included" when it is in the prices). */
  licence: LicenceTerms;
}

/** Every price and business-case parameter of the cost model (mirrors the scenario's `costs`). */
export interface CostInputs {
  dedicated: DedicatedPrices;
  shared: SharedPrices;
  /** One-off cost of the move (service and own hours), paid at month 0. */
  migrationOneOff: number;
  /** Months during which both platforms are billed (may be fractional). */
  dualRunningMonths: number;
  /** Yearly discount rate for NPV, 0–1. */
  discountRateFraction: number;
}
