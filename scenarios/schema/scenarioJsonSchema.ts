import { z } from "zod";
import { scenarioSchema } from "./scenarioSchema.ts";

const cached = new Map<SchemaKind, Record<string, unknown>>();

/**
 * "full": a complete scenario. "overlay": a file that `extends` another and overrides parts of
 * it, where nothing is required (the merged result is checked when it is loaded).
 */
export type SchemaKind = "full" | "overlay";

/**
 * The published JSON Schema of scenario files (the input side: human units), generated from the
 * zod schema so that the two never disagree. `scenarios/scenario.schema.json` holds a copy for
 * editors (and `scenario-overlay.schema.json` for files that extend another); a test checks
 * that both are up to date (`npm run schema` rewrites them).
 */
export function scenarioJsonSchema(kind: SchemaKind = "full"): Record<string, unknown> {
  let schema = cached.get(kind);
  if (schema === undefined) {
    const full = z.toJSONSchema(scenarioSchema, {
      io: "input",
      unrepresentable: "any",
      reused: "ref",
    });
    schema = {
      ...(kind === "full" ? full : (withoutRequired(full) as Record<string, unknown>)),
      title:
        kind === "full" ? "Cutover scenario" : 'Cutover scenario overlay (a file with "extends")',
      description:
        kind === "full"
          ? "A Cutover scenario: inventory, source and target platforms, link, migration plan, prices, targets, growth and seed. Human units (GiB, Gbit/s, ms, %); every price or assumption carries a source or is marked as an assumption."
          : "A scenario that extends another (a built-in name or a path) and overrides parts of it: objects merge key by key, arrays and values replace, a sourced value replaces the base's whole.",
    };
    cached.set(kind, schema);
  }
  return schema;
}

/** A copy of a JSON Schema with every `required` list removed (for overlays). */
function withoutRequired(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutRequired);
  if (typeof node !== "object" || node === null) return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => key !== "required")
      .map(([key, value]) => [key, withoutRequired(value)]),
  );
}
