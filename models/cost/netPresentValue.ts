/**
 * Net present value of monthly cash flows at a yearly discount rate: Σ f_m ÷ (1 + r)^(m/12),
 * where f_0 is paid now and f_m at the end of month m (monthly compounding equivalent to the
 * yearly rate).
 *
 * Reference: R. A. Brealey, S. C. Myers, F. Allen, "Principles of Corporate Finance", ch. 2
 * (present value); FACTS.md "Costs" (business-case tools: NPV at 7 % by default).
 *
 * @param flowsPerMonth cash flows, index = month (0 = now), in one currency
 * @param discountRateFraction yearly rate, ≥ 0
 * @example
 * netPresentValue([0, 100, 100], 0); // => 200
 */
export function netPresentValue(
  flowsPerMonth: readonly number[],
  discountRateFraction: number,
): number {
  const monthly = (1 + discountRateFraction) ** (1 / 12);
  return flowsPerMonth.reduce((sum, f, m) => sum + f / monthly ** m, 0);
}
