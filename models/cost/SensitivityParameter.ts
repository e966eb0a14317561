/**
 * One uncertain input of a model for sensitivity analysis: its base value, its low and high
 * ends, and how to set it on the model's inputs (returning new inputs; the old stay as they are).
 *
 * @example
 * { id: "shared.perVcpuPerMonth", value: 9, low: 7, high: 12,
 *   apply: (inputs, v) => ({ ...inputs, shared: { ...inputs.shared, perVcpuPerMonth: v } }) }
 */
export interface SensitivityParameter<I> {
  /** Where the value sits in the inputs, e.g. "shared.perVcpuPerMonth". */
  id: string;
  /** Base value. */
  value: number;
  /** Low end. */
  low: number;
  /** High end. */
  high: number;
  /** The inputs with this parameter set to `value`. */
  apply(inputs: I, value: number): I;
}
