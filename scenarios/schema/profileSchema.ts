import { z } from "zod";
import { TIER_CALLS_PER_REQUEST } from "../../models/latency/tierCallsPerRequest.ts";
import { PHYSICAL_RANGES as R } from "./physicalRanges.ts";
import { optionalSourcedQuantity, sourcedNumber, sourcedQuantity } from "./sourced.ts";
import { unitObject } from "./unitObject.ts";

/**
 * A workload profile: how a kind of VM behaves over the day. Every figure is sourced or an
 * assumption. The workload, contention, latency and migration models read these.
 */
export const profileSchema = unitObject({
  description: z.string().default(""),
  role: z.enum(["web", "database", "cache", "other"]),
  cpuPeak: sourcedQuantity("fraction", R.fraction).meta({
    description: "Fraction of the VM's vCPUs busy at the daily peak",
  }),
  cpuTrough: sourcedQuantity("fraction", R.fraction).meta({
    description: "Fraction of the VM's vCPUs busy at the nightly trough",
  }),
  activeMemory: sourcedQuantity("fraction", R.fraction).meta({
    description: "Fraction of configured memory actively used",
  }),
  touchedMemory: optionalSourcedQuantity("fraction", R.fraction).meta({
    description:
      "Fraction of configured memory the guest has written at least once (what a live migration's first pass sends; zero and untouched pages are skipped). A VM's own export figure (vMemory Consumed) wins. Omitted: all configured memory",
  }),
  workingSet: optionalSourcedQuantity("fraction", R.fraction).meta({
    description:
      "Writable working set as a fraction of configured memory: the memory the guest keeps rewriting, the most a later pre-copy round re-sends. Omitted: the touched memory",
  }),
  dirtyRatePeak: sourcedQuantity("bytesPerSecond", R.memoryWriteRate).meta({
    description: "Memory page-dirty rate at the daily peak",
  }),
  dirtyRateTrough: sourcedQuantity("bytesPerSecond", R.memoryWriteRate).meta({
    description: "Memory page-dirty rate at the trough",
  }),
  diskChangeRate: sourcedQuantity("bytesPerSecond", R.memoryWriteRate).meta({
    description: "Rate at which disk blocks change (for delta syncs)",
  }),
  requestsPerSitePeak: sourcedNumber(R.requestsPerSecond).meta({
    description: "HTTP requests per second per hosted site at the peak",
  }),
  serviceTime: sourcedQuantity("seconds", R.requestSeconds).meta({
    description: "CPU time per request on a reference core",
  }),
  tierCallsPerRequest: sourcedNumber(R.tierCalls)
    .prefault({
      value: TIER_CALLS_PER_REQUEST,
      assumption:
        "round trips from a web page to its database and cache tiers: 10–20 for an uncached CMS page",
      low: 10,
      high: 20,
    })
    .meta({
      description:
        "Round trips to back-end tiers per request (paid across the link while tiers are split)",
    }),
});
