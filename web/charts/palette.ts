import { interpolateBlues } from "d3";

/**
 * The report's categorical colours: 12 distinguishable hues (Tableau 10 with two more, in an
 * order that keeps neighbours apart), so that no two series of one chart share a colour up to
 * twelve series; past twelve, group the smallest series as "other" rather than reuse a colour.
 * Every chart takes its series colours from here, in series order, and shows a legend
 * ({@link legend}) when it has more than one series.
 */
export const CATEGORICAL = [
  "#4e79a7",
  "#f28e2b",
  "#59a14f",
  "#e15759",
  "#76b7b2",
  "#edc948",
  "#b07aa1",
  "#ff9da7",
  "#9c755f",
  "#bab0ac",
  "#17becf",
  "#8c564b",
] as const;

/**
 * The colour of series `index` (0-based) of a chart.
 * @throws RangeError past the palette's 12 colours: group small series instead of reusing one
 */
export function seriesColor(index: number): string {
  const color = CATEGORICAL[index];
  if (color === undefined) {
    throw new RangeError(
      `series ${index} has no colour of its own: the palette has ${CATEGORICAL.length}; group the smallest series`,
    );
  }
  return color;
}

/**
 * A sequential colour for a value from 0 to `max` (light to dark blue), with values above
 * `clipAt` (e.g. 100 % of a capacity) shown in the alarm colour so that 324 % never looks like
 * 100 %. Returns the colour and whether the value is over.
 */
export function sequentialColor(
  value: number,
  max: number,
  clipAt = Number.POSITIVE_INFINITY,
): { color: string; over: boolean } {
  if (value > clipAt) return { color: OVER_COLOR, over: true };
  const t = max > 0 ? Math.min(1, Math.max(0, value / max)) : 0;
  return { color: interpolateBlues(0.1 + 0.85 * t), over: false };
}

/** The colour of a value over its limit in a sequential scale (the report's fail red). */
export const OVER_COLOR = "#a40e26";
