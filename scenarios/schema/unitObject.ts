import { z } from "zod";
import type { Dimension } from "../quantity.ts";
import { dimensionOf, UNIT_SUFFIX, type UnitSuffix } from "./quantity.ts";

/** The output of an object whose quantity fields are renamed with their unit suffix. */
export type WithUnits<S extends z.ZodRawShape> = {
  [K in keyof S as S[K] extends { readonly __dimension?: infer D extends Dimension }
    ? `${K & string}${UnitSuffix[D]}`
    : K]: z.output<S[K]>;
};

/**
 * A strict object (unknown keys are errors, so a typo is caught) whose quantity fields are
 * converted and renamed with their unit: `{ memory: "8 GiB" }` loads as `{ memoryBytes: … }`.
 * Field names in files stay human; names in the loaded scenario carry their unit (DESIGN.md).
 */
export function unitObject<S extends z.ZodRawShape>(shape: S) {
  const renames: [string, string][] = [];
  for (const [key, schema] of Object.entries(shape)) {
    const dimension = dimensionOf(schema as z.ZodType);
    if (dimension !== undefined) renames.push([key, `${key}${UNIT_SUFFIX[dimension]}`]);
  }
  return z.strictObject(shape).transform((o) => {
    const out: Record<string, unknown> = { ...o };
    for (const [from, to] of renames) {
      out[to] = out[from];
      delete out[from];
    }
    return out as WithUnits<S>;
  });
}
