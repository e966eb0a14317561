import { z } from "zod";
import { scenarioSchema } from "./scenarioSchema.ts";

let cached: Record<string, unknown> | undefined;

/**
 * The published JSON Schema of scenario files (the input side: human units), generated from the
 * zod schema so that the two never disagree. `scenarios/scenario.schema.json` holds a copy for
 * editors; a test checks that it is up to date (`npm run schema` rewrites it).
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  cached ??= {
    ...z.toJSONSchema(scenarioSchema, { io: "input", unrepresentable: "any" }),
    $id: "https://cutover.invalid/scenario.schema.json",
    title: "Cutover scenario",
    description:
      "A Cutover scenario: inventory, source and target platforms, link, migration plan, prices, targets, growth and seed. Human units (GiB, Gbit/s, ms, %); every price or assumption carries a source or is marked as an assumption.",
  };
  return cached;
}
