import { normalQuantile } from "./normalQuantile.ts";

/**
 * Wilson's score interval for a proportion: the share of `successes` in `trials` with a
 * confidence interval that stays inside [0, 1] and behaves at 0 and n successes (unlike the
 * normal approximation).
 *
 * Reference: E. B. Wilson, "Probable inference, the law of succession, and statistical
 * inference", JASA 22 (1927); Agresti & Coull, The American Statistician 52 (1998).
 *
 * @param confidence two-sided level in (0, 1), default 0.95
 * @throws RangeError when trials < 1, successes outside [0, trials], or confidence outside (0, 1)
 * @example wilsonInterval(0, 100) // { proportion: 0, lower: 0, upper: ≈0.037 }
 */
export function wilsonInterval(
  successes: number,
  trials: number,
  confidence = 0.95,
): { proportion: number; lower: number; upper: number } {
  if (!(trials >= 1) || !(successes >= 0 && successes <= trials)) {
    throw new RangeError(
      `wilsonInterval: expected 0 ≤ successes ≤ trials and trials ≥ 1, got ${successes} of ${trials}`,
    );
  }
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(`wilsonInterval: confidence must be in (0, 1), got ${confidence}`);
  }
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const p = successes / trials;
  const z2n = (z * z) / trials;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2n / (4 * trials))) / (1 + z2n);
  return { proportion: p, lower: Math.max(0, centre - half), upper: Math.min(1, centre + half) };
}
