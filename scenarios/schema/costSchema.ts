import { z } from "zod";
import { PHYSICAL_RANGES as R } from "./physicalRanges.ts";
import { numberIn } from "./quantity.ts";
import { sourcedNumber, sourcedQuantity } from "./sourced.ts";
import { unitObject } from "./unitObject.ts";

const price = () => sourcedNumber(R.price);

/** RAM-based provider points (VSPP/VCPP): points per GB of reserved vRAM per month. */
const ramPoints = unitObject({
  scheme: z.literal("ram-points"),
  pointsPerGbPerMonth: sourcedNumber(R.pointsPerGb),
  pricePerPoint: price(),
  minReserved: sourcedQuantity("fraction", R.fraction).meta({
    description: "Share of configured vRAM counted at least",
  }),
  maxGbPerVm: sourcedNumber(R.gbPerVm),
});

/** Per-core subscription: a floor of cores per socket and a minimum order. */
const perCore = z.strictObject({
  scheme: z.literal("per-core"),
  pricePerCorePerYear: price(),
  minCoresPerSocket: sourcedNumber(R.coresPerSocketLicence),
  minCoresPerOrder: sourcedNumber(R.coresPerOrder),
});

/** Per-CPU licences, one covering at most a number of cores. */
const perCpu = z.strictObject({
  scheme: z.literal("per-cpu"),
  pricePerCpuPerYear: price(),
  maxCoresPerCpu: sourcedNumber(R.coresPerSocketLicence),
});

/** Per-VM licences (backup agents, Windows). */
const perVm = z.strictObject({
  scheme: z.literal("per-vm"),
  pricePerVmPerMonth: price(),
});

/** Licence included in the platform's price. */
const included = z.strictObject({ scheme: z.literal("included") });

/** A licence scheme, interchangeable by name. */
export const licenceSchema = z.discriminatedUnion("scheme", [
  ramPoints,
  perCore,
  perCpu,
  perVm,
  included,
]);

/** Prices of the dedicated platform: whole hosts with the licence embedded. */
export const dedicatedPricesSchema = unitObject({
  hostPerMonth: price().meta({ description: "Price of one host per month, licence included" }),
  licenceShareOfHostPrice: sourcedQuantity("fraction", R.fraction).meta({
    description: "Fraction of the host price that is the VMware licence (before the change)",
  }),
  datastorePerMonth: price(),
  datastoreCount: numberIn(R.datastoreCount),
  backupPerMonth: price().meta({ description: "The customer's own backup (e.g. Veeam) per month" }),
  networkPerMonth: price(),
  licenceBefore: licenceSchema,
  licenceAfter: licenceSchema,
});

/** Prices of the shared platform: consumption of allocated resources. */
export const sharedPricesSchema = z.strictObject({
  perVcpuPerMonth: price(),
  perGbRamPerMonth: price(),
  perGbStoragePerMonth: price(),
  backupPerVmPerMonth: price(),
  backupPerGbPerMonth: price(),
  networkPerMonth: price(),
  licence: licenceSchema,
});

/** Costs: prices of both platforms, exchange rates, and the business-case parameters. */
export const costSchema = unitObject({
  exchangeRates: z
    .record(z.string().regex(/^[A-Z]{3}$/), sourcedNumber(R.exchangeRate))
    .default({})
    .meta({ description: "Value of one unit of each other currency in the scenario's currency" }),
  dedicated: dedicatedPricesSchema,
  shared: sharedPricesSchema,
  migrationOneOff: price(),
  dualRunningMonths: sourcedNumber(R.dualRunningMonths),
  discountRate: sourcedQuantity("fraction", R.fraction).meta({
    description: "Yearly discount rate for NPV",
  }),
});
