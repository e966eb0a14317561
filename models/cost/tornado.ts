import type { SensitivityParameter } from "./SensitivityParameter.ts";

/** One bar of a tornado chart: the output with a parameter at its low and at its high end. */
export interface TornadoBar {
  id: string;
  value: number;
  low: number;
  high: number;
  /** The output with the parameter at `low` (all others at their base). */
  outputAtLow: number;
  /** The output with the parameter at `high`. */
  outputAtHigh: number;
  /** |outputAtHigh − outputAtLow|. */
  swing: number;
}

/**
 * One-at-a-time sensitivity: the output with each parameter at its low and high end, all
 * others at their base values, sorted by swing (largest first; ties keep the given order).
 *
 * Reference: R. T. Clemen, T. Reilly, "Making Hard Decisions", ch. 5 (tornado diagrams).
 *
 * @param evaluate the output of the model for given inputs (e.g. the saving fraction)
 * @example
 * tornado(inputs, parameters, (i) => savings(i))[0].id; // the assumption that moves the saving most
 */
export function tornado<I>(
  inputs: I,
  parameters: readonly SensitivityParameter<I>[],
  evaluate: (inputs: I) => number,
): TornadoBar[] {
  const bars = parameters.map((p) => {
    const outputAtLow = evaluate(p.apply(inputs, p.low));
    const outputAtHigh = evaluate(p.apply(inputs, p.high));
    return {
      id: p.id,
      value: p.value,
      low: p.low,
      high: p.high,
      outputAtLow,
      outputAtHigh,
      swing: Math.abs(outputAtHigh - outputAtLow),
    };
  });
  return bars
    .map((bar, index) => ({ bar, index }))
    .sort((a, b) => b.bar.swing - a.bar.swing || a.index - b.index)
    .map(({ bar }) => bar);
}
