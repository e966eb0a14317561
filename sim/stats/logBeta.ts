import { logGamma } from "./logGamma.ts";
import { stirlingCorrection } from "./stirlingCorrection.ts";

const STIRLING_FROM = 10;

/**
 * ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b), for a, b > 0. When the larger argument L is
 * ≥ 10, ln Γ(L) − ln Γ(L + s) is formed from Stirling's formula as
 * −s ln L − (L + s − ½) log1p(s/L) + s + S(L) − S(L + s), where S is `stirlingCorrection`,
 * avoiding the cancellation of two huge log-gammas (e.g. ν/2 = 50,000 against ν/2 + ½ in the
 * t distribution), which would otherwise cost ~10 digits.
 *
 * Reference: M. Abramowitz, I. A. Stegun, "Handbook of Mathematical Functions", 6.2.2 and
 * 6.1.40; the same device as A. R. DiDonato, A. H. Morris, "Algorithm 708", ACM TOMS 18(3),
 * 1992 (`algdiv`).
 *
 * @param a - a positive finite number.
 * @param b - a positive finite number.
 * @returns ln B(a, b), with absolute error about 1e-15 · max(1, |ln B|).
 * @throws {RangeError} if `a` or `b` is not a positive number.
 * @example
 * logBeta(1, 1); // ≈ 0
 * logBeta(0.5, 0.5); // ≈ 1.1447298858494002 (ln π)
 */
export function logBeta(a: number, b: number): number {
  const small = Math.min(a, b);
  const large = Math.max(a, b);
  if (!(small > 0)) {
    throw new RangeError(
      `logBeta: a and b must be positive numbers, got a ${String(a)}, b ${String(b)}`,
    );
  }
  if (large < STIRLING_FROM) return logGamma(a) + logGamma(b) - logGamma(a + b);
  const sum = large + small;
  const logGammaRatio =
    -small * Math.log(large) -
    (sum - 0.5) * Math.log1p(small / large) +
    small +
    stirlingCorrection(large) -
    stirlingCorrection(sum);
  return logGamma(small) + logGammaRatio;
}
