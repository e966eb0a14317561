import type { SensitivityParameter } from "./SensitivityParameter.ts";

/**
 * The value of one parameter at which the output crosses `threshold` (e.g. the price at which
 * the saving vanishes), all other inputs at their base. Searches [0, base] and then doubles
 * the upper end (up to 2^20 × base) until the output changes side, then bisects to a relative
 * precision of 1e-12. Assumes the output is monotone in the parameter over that range.
 *
 * Reference: bisection method (R. L. Burden, J. D. Faires, "Numerical Analysis", ch. 2.1).
 *
 * @returns the break-even value, or null when the output never crosses the threshold for
 *   values ≥ 0 in the range searched.
 * @example
 * breakEven(inputs, perVcpuParameter, savings); // ≈ 21.3: at €21.3 per vCPU the saving is 0
 */
export function breakEven<I>(
  inputs: I,
  parameter: SensitivityParameter<I>,
  evaluate: (inputs: I) => number,
  threshold = 0,
): number | null {
  const f = (v: number) => evaluate(parameter.apply(inputs, v)) - threshold;
  let lo = 0;
  let hi = Math.max(parameter.value, 1);
  const fLo = f(lo);
  if (fLo === 0) return lo;
  let fHi = f(hi);
  for (let i = 0; i < 20 && Math.sign(fHi) === Math.sign(fLo); i++) {
    lo = hi;
    hi *= 2;
    fHi = f(hi);
  }
  if (Math.sign(fHi) === Math.sign(fLo)) return null;
  const sLo = Math.sign(f(lo));
  for (let i = 0; i < 200 && hi - lo > 1e-12 * Math.max(1, hi); i++) {
    const mid = (lo + hi) / 2;
    if (Math.sign(f(mid)) === sLo) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
