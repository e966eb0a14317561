/**
 * The first month at which the cumulative (undiscounted) saving of an option against a
 * baseline is no longer negative: min m such that Σ_{k ≤ m} (baseline_k − option_k) ≥ 0, or
 * null when it never is within the flows given.
 *
 * @param baselineFlows monthly costs of the baseline (index = month, 0 = now)
 * @param optionFlows monthly costs of the option, same length
 * @example
 * paybackMonth([0, 100, 100, 100], [150, 50, 50, 50]); // => 3
 */
export function paybackMonth(
  baselineFlows: readonly number[],
  optionFlows: readonly number[],
): number | null {
  let cumulative = 0;
  for (let m = 0; m < baselineFlows.length; m++) {
    cumulative += (baselineFlows[m] ?? 0) - (optionFlows[m] ?? 0);
    if (cumulative >= -1e-9 * Math.max(1, Math.abs(baselineFlows[m] ?? 0))) return m;
  }
  return null;
}
