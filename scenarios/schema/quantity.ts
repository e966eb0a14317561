import { z } from "zod";
import { type Dimension, describe, parseQuantity } from "../quantity.ts";

/** Suffix a field name takes once its value is converted to the dimension's base unit. */
export interface UnitSuffix {
  bytes: "Bytes";
  seconds: "Seconds";
  bytesPerSecond: "BytesPerSecond";
  hertz: "Hz";
  fraction: "Fraction";
}

/** The suffixes at run time. */
export const UNIT_SUFFIX: UnitSuffix = {
  bytes: "Bytes",
  seconds: "Seconds",
  bytesPerSecond: "BytesPerSecond",
  hertz: "Hz",
  fraction: "Fraction",
};

/**
 * A zod schema that carries, in its type only, the dimension of the quantity it produces, so
 * that {@link unitObject} can rename the field it sits in (`memory` → `memoryBytes`).
 */
export type Dimensioned<T extends z.ZodType, D extends Dimension> = T & {
  readonly __dimension?: D;
};

/** Which schemas produce quantities of which dimension (for renaming at run time). */
const dimensions = new WeakMap<z.ZodType, Dimension>();

/**
 * The dimension a schema was marked with, also through `.meta()` (which clones the schema and
 * records the original as its parent). Wrappers such as `.optional()` must be marked again,
 * so that the static type and the run-time renaming always agree.
 */
export function dimensionOf(schema: z.ZodType): Dimension | undefined {
  for (
    let s: z.ZodType | undefined = schema;
    s !== undefined;
    s = s._zod.parent as z.ZodType | undefined
  ) {
    const dimension = dimensions.get(s);
    if (dimension !== undefined) return dimension;
  }
  return undefined;
}

/** Marks `schema` as producing a quantity of `dimension`. */
export function dimensioned<T extends z.ZodType, D extends Dimension>(
  schema: T,
  dimension: D,
): Dimensioned<T, D> {
  dimensions.set(schema, dimension);
  return schema as Dimensioned<T, D>;
}

/** Bounds of a quantity, in base units. */
export interface QuantityBounds {
  /** Smallest allowed value (inclusive unless `exclusiveMin`). */
  min?: number;
  /** Largest allowed value (inclusive). */
  max?: number;
  /** When true, the value must be strictly greater than `min`. */
  exclusiveMin?: boolean;
}

/** The schema of a quantity before any default or optional wrapper. */
export function quantityCore(dimension: Dimension, bounds: QuantityBounds = {}) {
  const { min, max, exclusiveMin = false } = bounds;
  return z
    .union([z.string(), z.number()])
    .meta({ description: describe(dimension) })
    .transform((text, ctx) => {
      const parsed = parseQuantity(text, dimension);
      if (!parsed.ok) {
        ctx.addIssue({
          code: "custom",
          message: `expected ${parsed.expected}, got ${JSON.stringify(text)}`,
        });
        return z.NEVER;
      }
      const v = parsed.value;
      if (min !== undefined && (exclusiveMin ? !(v > min) : !(v >= min))) {
        ctx.addIssue({
          code: "custom",
          message: `expected ${exclusiveMin ? "more than" : "at least"} ${min} (base unit), got ${JSON.stringify(text)}`,
        });
        return z.NEVER;
      }
      if (max !== undefined && !(v <= max)) {
        ctx.addIssue({
          code: "custom",
          message: `expected at most ${max} (base unit), got ${JSON.stringify(text)}`,
        });
        return z.NEVER;
      }
      return v;
    });
}

/**
 * A required quantity in human units ("8 GiB", "10 Gbit/s"), converted to the base unit.
 * @example unitObject({ memory: quantity("bytes", { min: 0 }) }) // parses { memory: "8 GiB" } to { memoryBytes: 8589934592 }
 */
export function quantity<D extends Dimension>(dimension: D, bounds: QuantityBounds = {}) {
  return dimensioned(quantityCore(dimension, bounds), dimension);
}

/** A quantity with a default written in human units. */
export function quantityOr<D extends Dimension>(
  dimension: D,
  fallback: string,
  bounds: QuantityBounds = {},
) {
  return dimensioned(quantityCore(dimension, bounds).prefault(fallback), dimension);
}

/** A quantity that may be left out (then null). */
export function optionalQuantity<D extends Dimension>(dimension: D, bounds: QuantityBounds = {}) {
  return dimensioned(
    quantityCore(dimension, bounds)
      .nullish()
      .transform((v) => v ?? null),
    dimension,
  );
}
