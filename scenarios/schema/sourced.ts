import { z } from "zod";
import type { Dimension } from "../quantity.ts";
import type { PhysicalRange } from "./physicalRanges.ts";
import { dimensioned, numberIn, quantityCore } from "./quantity.ts";

/**
 * A value with its provenance: where it comes from (`source`, a citation) or why it is an
 * assumption (`assumption`). Exactly one of the two. `low` and `high` bound it for the
 * sensitivity analysis (default: the value itself).
 */
export interface Sourced {
  /** The value in base units (or a plain number for counts and ratios). */
  value: number;
  /** For a price given in another currency than the scenario's: that currency (converted on load, then null). */
  currency: string | null;
  /** Citation, or null when the value is an assumption. */
  source: string | null;
  /** Why it is assumed, or null when it is sourced. */
  assumption: string | null;
  /** Low end for sensitivity analysis, in the same unit. */
  low: number;
  /** High end for sensitivity analysis, in the same unit. */
  high: number;
  /**
   * How Monte Carlo draws it between low and high (mode = value): "fixed" (never varied),
   * "uniform", "triangular" or "pert".
   */
  distribution: Distribution;
}

/** How a sourced value varies across Monte Carlo replications. */
export type Distribution = "fixed" | "uniform" | "triangular" | "pert";

function provenance(inner: z.ZodType<number, string | number>) {
  return z
    .strictObject({
      currency: z
        .string()
        .regex(/^[A-Z]{3}$/, "expected a three-letter currency code such as USD")
        .optional()
        .meta({ description: "Currency of a price, when not the scenario's (converted on load)" }),
      value: inner,
      source: z
        .string()
        .min(1)
        .optional()
        .meta({ description: "Citation of where the value comes from" }),
      assumption: z
        .string()
        .min(1)
        .optional()
        .meta({ description: "Why this value is assumed (when there is no source)" }),
      low: inner.optional().meta({ description: "Low end for sensitivity analysis" }),
      high: inner.optional().meta({ description: "High end for sensitivity analysis" }),
      distribution: z.enum(["fixed", "uniform", "triangular", "pert"]).optional().meta({
        description:
          "How Monte Carlo draws the value between low and high, with the value as mode (default fixed)",
      }),
    })
    .superRefine((o, ctx) => {
      if ((o.source === undefined) === (o.assumption === undefined)) {
        ctx.addIssue({
          code: "custom",
          message:
            'expected exactly one of "source" (a citation) or "assumption" (why it is assumed)',
        });
      }
    })
    .transform(
      (o): Sourced => ({
        currency: o.currency ?? null,
        value: o.value,
        source: o.source ?? null,
        assumption: o.assumption ?? null,
        low: o.low ?? o.value,
        high: o.high ?? o.value,
        distribution: o.distribution ?? "fixed",
      }),
    )
    .superRefine((o, ctx) => {
      if (o.distribution !== "fixed" && o.low === o.high) {
        ctx.addIssue({
          code: "custom",
          message: `expected low < high for a ${o.distribution} distribution, got ${o.low} and ${o.high}`,
        });
      }
      if (!(o.low <= o.value && o.value <= o.high)) {
        ctx.addIssue({
          code: "custom",
          message: `expected low ≤ value ≤ high, got ${o.low}, ${o.value}, ${o.high}`,
        });
      }
    });
}

/**
 * A sourced plain number (a count, a ratio, a price in the scenario's currency); its value, low
 * and high each lie in `range` (from PHYSICAL_RANGES).
 */
export function sourcedNumber(range: PhysicalRange) {
  return provenance(numberIn(range));
}

/**
 * A sourced quantity in human units; the field is renamed with its unit suffix. Its value, low
 * and high each lie in `range` (from PHYSICAL_RANGES).
 */
export function sourcedQuantity<D extends Dimension>(dimension: D, range: PhysicalRange) {
  return dimensioned(provenance(quantityCore(dimension, range)), dimension);
}

/** A sourced quantity that may be left out (then undefined); renamed like the required one. */
export function optionalSourcedQuantity<D extends Dimension>(dimension: D, range: PhysicalRange) {
  return dimensioned(provenance(quantityCore(dimension, range)).optional(), dimension);
}

/**
 * A sourced quantity with a default (a complete sourced value, in human units or base units),
 * used when the file leaves the field out; renamed like the required one.
 */
export function sourcedQuantityOr<D extends Dimension>(
  dimension: D,
  fallback: { value: string | number; source?: string; assumption?: string },
  range: PhysicalRange,
) {
  return dimensioned(provenance(quantityCore(dimension, range)).prefault(fallback), dimension);
}
