import { z } from "zod";
import { PHYSICAL_RANGES as R } from "./physicalRanges.ts";
import { numberIn, quantity } from "./quantity.ts";
import { sourcedQuantityOr } from "./sourced.ts";
import { unitObject } from "./unitObject.ts";

/** The promises to check, before and after cutover. */
export const targetsSchema = unitObject({
  makespan: quantity("seconds", R.migrationSecondsPositive).meta({
    description: "The migration must end within",
  }),
  maxDowntime: quantity("seconds", R.migrationSeconds).meta({
    description: "Longest switchover (stun) allowed",
  }),
  maxReboots: numberIn(R.vmCount),
  latencyP95After: quantity("seconds", R.requestSecondsPositive),
  savings: quantity("fraction", R.savingsFraction).meta({
    description: "Saving promised against the baseline",
  }),
  savingsBaseline: z.enum(["beforeLicenceChange", "afterLicenceChange"]),
  n1: z.boolean().meta({ description: "The target must keep HA N+1 headroom" }),
  maxMissProbability: sourcedQuantityOr(
    "fraction",
    {
      value: 0.1,
      assumption:
        "a target counts as met only when a Monte Carlo study misses it in under 10 % of replications (a one-in-ten risk a steering committee accepts); set it to the risk the business accepts",
    },
    R.fraction,
  ).meta({
    description:
      "Largest probability of missing a target, across a Monte Carlo study, for the report's verdict to call it met",
  }),
});

/** Growth of the estate. */
export const growthSchema = z.strictObject({
  vmsPerYearMin: numberIn(R.vmCount),
  vmsPerYearMax: numberIn(R.vmCount),
  profile: z
    .string()
    .optional()
    .meta({ description: "Profile of new VMs; default: drawn from the inventory" }),
});
