import { bestOfInterleaved } from "../bestOfInterleaved.ts";
import type { HoldVariant } from "./HoldVariant.ts";

/** One line of the hold-model comparison: a variant at one queue size. */
export interface HoldRow {
  /** Events pending in the queue throughout. */
  pending: number;
  variant: string;
  holds: number;
  /** Wall seconds of the fastest repetition. */
  wallSeconds: number;
  allWallSeconds: number[];
  holdsPerSecond: number;
  /** Simulated clock after the timed holds; equal across variants of one size. */
  clockSeconds: number;
}

/** Sizes of the hold comparison. */
export interface HoldComparisonSettings {
  /** Queue sizes N. */
  pendingSizes: readonly number[];
  /** Timed holds per run. */
  holds: number;
  repetitions: number;
}

/**
 * Runs every hold variant at every queue size: one small untimed run per variant first (for
 * the JIT), then per size the timed repetitions interleaved across variants. Each run does
 * twice the queue size in untimed holds before its timed ones, so the heap has its steady shape.
 */
export function compareHoldVariants(
  variants: readonly HoldVariant[],
  increments: Float64Array,
  settings: HoldComparisonSettings,
  progress: (line: string) => void,
): HoldRow[] {
  const rows: HoldRow[] = [];
  for (const variant of variants) variant.run(1000, 2000, 200_000, increments);
  for (const pending of settings.pendingSizes) {
    progress(
      `hold N=${pending}: ${settings.holds} holds on ${variants.length} variants; ×${settings.repetitions} interleaved`,
    );
    const results = bestOfInterleaved(
      settings.repetitions,
      variants.map(
        (variant) => () => variant.run(pending, 2 * pending, settings.holds, increments),
      ),
    );
    variants.forEach((variant, i) => {
      const { best, all } = results[i]!;
      rows.push({
        pending,
        variant: variant.name,
        holds: best.holds,
        wallSeconds: best.wallSeconds,
        allWallSeconds: all.map((run) => run.wallSeconds),
        holdsPerSecond: best.holds / best.wallSeconds,
        clockSeconds: best.clockSeconds,
      });
    });
  }
  return rows;
}
