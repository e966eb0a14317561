import { z } from "zod";
import { hostSchema } from "./inventorySchema.ts";
import { quantity, quantityOr } from "./quantity.ts";
import { optionalSourcedQuantity, sourcedNumber } from "./sourced.ts";
import { unitObject } from "./unitObject.ts";

/** Per-VM limits of a platform (the shared target caps VM size). */
export const perVmLimitsSchema = unitObject({
  vcpu: z.number().int().min(1),
  memory: quantity("bytes", { min: 0, exclusiveMin: true }),
  disk: quantity("bytes", { min: 0, exclusiveMin: true }),
});

/**
 * A platform: the dedicated source or the shared target. The source's hosts may come from the
 * inventory (`"hosts": "inventory"`); the target lists the provider's hosts that carry the
 * tenant.
 */
export const platformSchema = unitObject({
  name: z.string().min(1),
  kind: z.enum(["dedicated", "shared"]),
  site: z.string().min(1),
  builtYear: z.number().int().min(1990).max(2100).optional(),
  hosts: z.union([z.literal("inventory"), z.array(hostSchema).min(1)]),
  hostFailuresTolerated: z
    .number()
    .int()
    .min(0)
    .default(1)
    .meta({ description: "HA admission control: hosts that may fail (N+k)" }),
  maxVcpuPerCore: sourcedNumber({ min: 0 }).meta({
    description: "Overcommit policy: vCPU per physical core",
  }),
  maxMemoryOvercommit: sourcedNumber({ min: 0 }).meta({
    description: "Granted memory ÷ physical memory allowed",
  }),
  otherTenantsLoad: optionalSourcedQuantity("fraction", { min: 0, max: 1 }).meta({
    description: "Shared platform: CPU share used by other tenants at peak",
  }),
  vmotionNic: quantity("bytesPerSecond", { min: 0, exclusiveMin: true }),
  storageType: z.string().default("NFS"),
  perVmLimits: perVmLimitsSchema.optional(),
  minHardwareVersion: z.number().int().min(1).optional(),
  evcBaseline: z
    .string()
    .optional()
    .meta({ description: "EVC mode of the cluster (CPU generation baseline)" }),
  networkRtt: quantityOr("seconds", "0.3 ms", { min: 0 }).meta({
    description: "Round trip inside the site",
  }),
});
