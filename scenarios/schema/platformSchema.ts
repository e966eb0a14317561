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
 * A target host entry: a host as in the inventory, whose `count` may be `"auto"` — the smallest
 * number of hosts of this model that holds the estate at its peak with the failures tolerated
 * (models/sizing/hostSizing.ts; the result's `platforms.target.sizing` says what decided it).
 */
export const targetHostSchema = unitObject({
  ...hostSchema.in.shape,
  count: z
    .union([numberIn(R.hostCount), z.literal("auto")])
    .default(1)
    .meta({
      description:
        'How many identical hosts (names get -01, -02 …); "auto": the fewest that hold the estate at its peak with N+k, the overcommit policy, other tenants and the placement rules',
    }),
});

/**
 * A platform: the dedicated source or the shared target. The source's hosts may come from the
 * inventory (`"hosts": "inventory"`); the target lists the provider's hosts that carry the
 * tenant, and one entry of the target's may say `"count": "auto"` ({@link targetPlatformSchema}).
 */
export const platformSchema = platformOf(hostSchema);

/** The target platform: as {@link platformSchema}, its host entries may say `"count": "auto"`. */
export const targetPlatformSchema = platformOf(targetHostSchema);

function platformOf<H extends z.ZodType>(host: H) {
  return unitObject({
    name: z.string().min(1),
    kind: z.enum(["dedicated", "shared"]),
    site: z.string().min(1),
    builtYear: numberIn(R.buildYear).optional(),
    hosts: z.union([z.literal("inventory"), z.array(host).min(1)]),
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
}
