import { z } from "zod";
import { hostSchema } from "./inventorySchema.ts";
import { PHYSICAL_RANGES as R } from "./physicalRanges.ts";
import { numberIn, quantity, quantityOr } from "./quantity.ts";
import { optionalSourcedQuantity, sourcedNumber } from "./sourced.ts";
import { unitObject } from "./unitObject.ts";

/** Per-VM limits of a platform (the shared target caps VM size). */
export const perVmLimitsSchema = unitObject({
  vcpu: numberIn(R.vmVcpus),
  memory: quantity("bytes", R.vmMemoryBytes),
  disk: quantity("bytes", R.vmDiskPositiveBytes),
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
  builtYear: numberIn(R.buildYear).optional(),
  hosts: z.union([z.literal("inventory"), z.array(hostSchema).min(1)]),
  hostFailuresTolerated: numberIn(R.hostFailuresTolerated)
    .default(1)
    .meta({ description: "HA admission control: hosts that may fail (N+k)" }),
  maxVcpuPerCore: sourcedNumber(R.vcpuPerCore).meta({
    description: "Overcommit policy: vCPU per physical core",
  }),
  maxMemoryOvercommit: sourcedNumber(R.memoryOvercommit).meta({
    description: "Granted memory ÷ physical memory allowed",
  }),
  otherTenantsLoad: optionalSourcedQuantity("fraction", R.fraction).meta({
    description: "Shared platform: CPU share used by other tenants at peak",
  }),
  vmotionNic: quantity("bytesPerSecond", R.lineRate),
  storageType: z.string().default("NFS"),
  perVmLimits: perVmLimitsSchema.optional(),
  minHardwareVersion: numberIn(R.minHardwareVersion).optional(),
  evcBaseline: z
    .string()
    .optional()
    .meta({ description: "EVC mode of the cluster (CPU generation baseline)" }),
  networkRtt: quantityOr("seconds", "0.3 ms", R.rttSeconds).meta({
    description: "Round trip inside the site",
  }),
});
