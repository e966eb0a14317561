import { z } from "zod";
import { optionalQuantity, quantity } from "./quantity.ts";
import { sourcedQuantity } from "./sourced.ts";
import { unitObject } from "./unitObject.ts";

/** The inter-site link between source and target. */
export const linkSchema = unitObject({
  bandwidth: quantity("bytesPerSecond", { min: 0, exclusiveMin: true }).meta({
    description: "Line rate",
  }),
  efficiency: sourcedQuantity("fraction", { min: 0, max: 1, exclusiveMin: true }).meta({
    description: "Goodput as a fraction of line rate (protocol overhead, encryption)",
  }),
  rtt: quantity("seconds", { min: 0 }),
  l2Extension: z.boolean().meta({ description: "Layer-2 network extension (stretched segments)" }),
  extensionThroughput: optionalQuantity("bytesPerSecond", { min: 0, exclusiveMin: true }),
});
