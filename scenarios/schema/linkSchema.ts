import { z } from "zod";
import { PHYSICAL_RANGES as R } from "./physicalRanges.ts";
import { optionalQuantity, quantity } from "./quantity.ts";
import { sourcedQuantity } from "./sourced.ts";
import { unitObject } from "./unitObject.ts";

/** The inter-site link between source and target. */
export const linkSchema = unitObject({
  bandwidth: quantity("bytesPerSecond", R.lineRate).meta({
    description: "Line rate",
  }),
  efficiency: sourcedQuantity("fraction", R.linkEfficiency).meta({
    description: "Goodput as a fraction of line rate (protocol overhead, encryption)",
  }),
  rtt: quantity("seconds", R.rttSeconds),
  l2Extension: z.boolean().meta({ description: "Layer-2 network extension (stretched segments)" }),
  extensionThroughput: optionalQuantity("bytesPerSecond", R.lineRate),
});
