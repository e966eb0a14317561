/**
 * A rate or count with thousands separators and no decimals, e.g. 1234567 → "1,234,567".
 */
export function formatCount(value: number): string {
  return Math.round(value).toLocaleString("en-US");
}

/** A ratio as "12.3×"; "–" when it cannot be computed. */
export function formatRatio(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(value < 10 ? 2 : 1)}×` : "–";
}

/** A signed percentage with one decimal, e.g. 0.0123 → "+1.2 %". */
export function formatPercent(value: number): string {
  const sign = value > 0 ? "+" : value < 0 ? "−" : "±";
  return `${sign}${Math.abs(value * 100).toFixed(1)} %`;
}
