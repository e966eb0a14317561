import { z } from "zod";
import { type Dimension, describe, parseQuantity } from "../quantity.ts";
import { inRange, type PhysicalRange, rangeText } from "./physicalRanges.ts";

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

/** What a quantity of each dimension is called in messages. */
const NOUNS: Record<Dimension, string> = {
  bytes: "a size",
  seconds: "a duration",
  bytesPerSecond: "a rate",
  hertz: "a frequency",
  fraction: "a fraction",
};

/**
 * The schema of a quantity before any default or optional wrapper: human units converted to the
 * base unit, then checked against its physical range (from PHYSICAL_RANGES). Out of range, the
 * message gives the range in the file's units and why: `expected a size > 0 and ≤ 24 TiB (the
 * vSphere 8 maximum per VM), got "1e300 GiB"`. The JSON Schema carries the range as the
 * `minimum`/`maximum` of the bare-number form (base units), for editors.
 */
export function quantityCore(dimension: Dimension, range: PhysicalRange) {
  const outOfRange = `expected ${NOUNS[dimension]} ${rangeText(range)}`;
  return z
    .union([z.string(), z.number().meta(jsonSchemaBounds(range))])
    .meta({ description: describe(dimension) })
    .transform((text, ctx) => {
      const parsed = parseQuantity(text, dimension);
      if (!parsed.ok && overflows(text, dimension)) {
        ctx.addIssue({ code: "custom", message: `${outOfRange}, got ${JSON.stringify(text)}` });
        return z.NEVER;
      }
      if (!parsed.ok) {
        ctx.addIssue({
          code: "custom",
          message: `expected ${parsed.expected}, got ${JSON.stringify(text)}`,
        });
        return z.NEVER;
      }
      if (!inRange(parsed.value, range)) {
        ctx.addIssue({ code: "custom", message: `${outOfRange}, got ${JSON.stringify(text)}` });
        return z.NEVER;
      }
      return parsed.value;
    });
}

/**
 * Whether a quantity failed to parse only because its number overflows (`"1e300 GiB"`, or
 * 1e400 in JSON): well written, but out of any range.
 */
function overflows(text: string | number, dimension: Dimension): boolean {
  if (typeof text === "number") return Number.isNaN(text) === false;
  return /[eE][+-]?\d/.test(text) && parseQuantity(text.replace(/[eE][+-]?\d+/, ""), dimension).ok;
}

/** JSON Schema keywords for a range (on a bare number in base units). */
export function jsonSchemaBounds(range: PhysicalRange): Record<string, number> {
  return {
    ...(range.exclusiveMin === true ? { exclusiveMinimum: range.min } : { minimum: range.min }),
    maximum: range.max,
  };
}

/**
 * A plain number (a count, a ratio, a year) in its physical range: whole when the range is of
 * counts. Any failure gives one message naming the range: `expected a whole number ≥ 1 and ≤ 768
 * (the vSphere 8 maximum per VM)`.
 */
export function numberIn(range: PhysicalRange) {
  const message = `expected ${range.integer === true ? "a whole number" : "a number"} ${rangeText(range)}`;
  let schema = z.number();
  if (range.integer === true) schema = schema.int(message);
  schema =
    range.exclusiveMin === true ? schema.gt(range.min, message) : schema.min(range.min, message);
  return schema.max(range.max, message);
}

/**
 * A required quantity in human units ("8 GiB", "10 Gbit/s"), converted to the base unit.
 * @example unitObject({ memory: quantity("bytes", PHYSICAL_RANGES.vmMemoryBytes) }) // parses { memory: "8 GiB" } to { memoryBytes: 8589934592 }
 */
export function quantity<D extends Dimension>(dimension: D, range: PhysicalRange) {
  return dimensioned(quantityCore(dimension, range), dimension);
}

/** A quantity with a default written in human units. */
export function quantityOr<D extends Dimension>(
  dimension: D,
  fallback: string,
  range: PhysicalRange,
) {
  return dimensioned(quantityCore(dimension, range).prefault(fallback), dimension);
}

/** A quantity that may be left out (then null). */
export function optionalQuantity<D extends Dimension>(dimension: D, range: PhysicalRange) {
  return dimensioned(
    quantityCore(dimension, range)
      .nullish()
      .transform((v) => v ?? null),
    dimension,
  );
}
