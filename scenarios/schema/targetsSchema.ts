import { z } from "zod";
import { quantity } from "./quantity.ts";
import { unitObject } from "./unitObject.ts";

/** The promises to check, before and after cutover. */
export const targetsSchema = unitObject({
  makespan: quantity("seconds", { min: 0, exclusiveMin: true }).meta({
    description: "The migration must end within",
  }),
  maxDowntime: quantity("seconds", { min: 0 }).meta({
    description: "Longest switchover (stun) allowed",
  }),
  maxReboots: z.number().int().min(0),
  latencyP95After: quantity("seconds", { min: 0, exclusiveMin: true }),
  savings: quantity("fraction", { min: -10, max: 1 }).meta({
    description: "Saving promised against the baseline",
  }),
  savingsBaseline: z.enum(["beforeLicenceChange", "afterLicenceChange"]),
  n1: z.boolean().meta({ description: "The target must keep HA N+1 headroom" }),
});

/** Growth of the estate. */
export const growthSchema = z.strictObject({
  vmsPerYearMin: z.number().int().min(0),
  vmsPerYearMax: z.number().int().min(0),
  profile: z
    .string()
    .optional()
    .meta({ description: "Profile of new VMs; default: drawn from the inventory" }),
});
