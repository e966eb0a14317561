import { GBIT_PER_SECOND, GIB, MIB, MILLISECOND } from "../../units.ts";
import { migrationStack, transportOf } from "../MIGRATION_STACKS.ts";
import { precopyEstimate } from "../precopyEstimate.ts";
import { SDPS_DIRTY_FRACTION } from "../sdpsDirtyFraction.ts";
import type { MeasuredMigration } from "./MeasuredMigration.ts";

/**
 * Goodput of a migration link as a fraction of its line rate: FACTS.md's worked checks (R =
 * 0.9 × line rate). The same for every case.
 */
export const VALIDATION_LINK_EFFICIENCY = 0.9;

/** A LAN's round trip when a source gives none, seconds (the platform schema's default). */
export const VALIDATION_LAN_RTT_SECONDS = 0.3 * MILLISECOND;

/** What the model predicts for a measured migration, beside what was measured. */
export interface ValidationRow {
  id: string;
  stack: string;
  measuredSeconds: number;
  /** Set-up to the VM running at the destination (total + resume), seconds. */
  predictedSeconds: number;
  /** (predicted − measured) ÷ measured. */
  relativeError: number;
  measuredDowntimeSeconds: number | null;
  predictedDowntimeSeconds: number;
  /** predicted ÷ measured downtime, or null when the source reports none. */
  downtimeRatio: number | null;
  /**
   * What the bare pre-copy closed form (Liu et al.: all configured memory at 0.9 × line rate,
   * no set-up, scan, streams, compression or round trips, resume 0; stun budget 0.5 s, 30
   * rounds, Stun During Page Send) predicts, seconds: the model before issue 14, for contrast.
   */
  barePredictedSeconds: number;
}

/**
 * The pre-copy model's prediction of a published migration: the inputs as the table gives
 * them, every other figure from the stack (MIGRATION_STACKS: set-up, round trips, streams,
 * window, scan, resume, stun budget, round cap, throttling) and the table-wide link efficiency
 * and LAN RTT. No per-case constant.
 * @example predictMeasured(MEASURED_MIGRATIONS[0]).relativeError
 */
export function predictMeasured(migration: MeasuredMigration): ValidationRow {
  const { inputs } = migration;
  const stack = migrationStack(migration.stack);
  const nics = inputs.nics ?? 1;
  const nicBytesPerSecond = inputs.linkGbps * GBIT_PER_SECOND;
  const transport = transportOf(stack, {
    nicBytesPerSecond,
    nics,
    rttSeconds:
      inputs.rttMs === undefined ? VALIDATION_LAN_RTT_SECONDS : inputs.rttMs * MILLISECOND,
    ...(inputs.compressionRatio === undefined ? {} : { compressionRatio: inputs.compressionRatio }),
  });
  const throttle = stack.throttleDirtyFraction.value;
  const estimate = precopyEstimate({
    memoryBytes: inputs.memoryGiB * GIB,
    ...(inputs.touchedGiB === undefined ? {} : { touchedBytes: inputs.touchedGiB * GIB }),
    ...(inputs.workingSetGiB === undefined ? {} : { workingSetBytes: inputs.workingSetGiB * GIB }),
    rateBytesPerSecond: nics * nicBytesPerSecond * VALIDATION_LINK_EFFICIENCY,
    dirtyRateBytesPerSecond: inputs.dirtyMiBPerSecond * MIB,
    stunBudgetSeconds: stack.stunBudgetSeconds.value,
    maxRounds: stack.maxRounds.value,
    resumeSeconds: stack.resumeSeconds.value,
    ...(throttle > 0 ? { throttleDirtyFraction: throttle } : {}),
    transport,
  });
  const predictedSeconds = estimate.totalSeconds + stack.resumeSeconds.value;
  const bare = precopyEstimate({
    memoryBytes: inputs.memoryGiB * GIB,
    rateBytesPerSecond: nics * nicBytesPerSecond * VALIDATION_LINK_EFFICIENCY,
    dirtyRateBytesPerSecond: inputs.dirtyMiBPerSecond * MIB,
    stunBudgetSeconds: 0.5,
    maxRounds: 30,
    resumeSeconds: 0,
    throttleDirtyFraction: SDPS_DIRTY_FRACTION,
  });
  const measuredDowntime =
    migration.measured.downtimeMs === undefined
      ? null
      : migration.measured.downtimeMs * MILLISECOND;
  return {
    id: migration.id,
    stack: migration.stack,
    measuredSeconds: migration.measured.totalSeconds,
    predictedSeconds,
    relativeError:
      (predictedSeconds - migration.measured.totalSeconds) / migration.measured.totalSeconds,
    measuredDowntimeSeconds: measuredDowntime,
    predictedDowntimeSeconds: estimate.downtimeSeconds,
    downtimeRatio: measuredDowntime === null ? null : estimate.downtimeSeconds / measuredDowntime,
    barePredictedSeconds: bare.totalSeconds,
  };
}

/** The validation over a table: each row, the median |error| and the largest ratio off. */
export interface ValidationSummary {
  rows: ValidationRow[];
  /** Median of |relative error| of total time. */
  medianAbsoluteError: number;
  /** Largest max(predicted ÷ measured, measured ÷ predicted) of total time. */
  worstTotalRatio: number;
  /** Largest such ratio of downtime, over the cases that report one (null: none does). */
  worstDowntimeRatio: number | null;
  /** Median |relative error| of the bare closed form (see ValidationRow.barePredictedSeconds). */
  bareMedianAbsoluteError: number;
}

/**
 * Predicts every case of a table and summarises the errors.
 * @example validateMeasured(MEASURED_MIGRATIONS).medianAbsoluteError // ≤ 0.25
 */
export function validateMeasured(table: readonly MeasuredMigration[]): ValidationSummary {
  const rows = table.map(predictMeasured);
  const median = medianOf(rows.map((r) => Math.abs(r.relativeError)));
  const bareMedian = medianOf(
    rows.map((r) => Math.abs(r.barePredictedSeconds - r.measuredSeconds) / r.measuredSeconds),
  );
  const off = (ratio: number) => Math.max(ratio, 1 / ratio);
  let worstTotal = 1;
  let worstDowntime: number | null = null;
  for (const row of rows) {
    worstTotal = Math.max(worstTotal, off(row.predictedSeconds / row.measuredSeconds));
    if (row.downtimeRatio !== null) {
      worstDowntime = Math.max(worstDowntime ?? 1, off(row.downtimeRatio));
    }
  }
  return {
    rows,
    medianAbsoluteError: median,
    worstTotalRatio: worstTotal,
    worstDowntimeRatio: worstDowntime,
    bareMedianAbsoluteError: bareMedian,
  };
}

/** The median of a list (NaN when empty). */
function medianOf(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
