import { formatMoney } from "../../scenarios/format.ts";

/** Approximate width of a character of the charts' 11 px text, for margins. */
export const CHAR_WIDTH = 6.2;

/**
 * A money axis tick in the page's money format, with 0 written "0 EUR" (not "0.00 EUR").
 * @example moneyTick("EUR")(2000); // "2,000 EUR"
 */
export function moneyTick(currency: string): (value: number) => string {
  return (value) => (value === 0 ? `0 ${currency}` : formatMoney(value, currency));
}

/** The left margin a money axis needs for its longest tick label, pixels. */
export function moneyAxisMargin(ticks: readonly number[], currency: string): number {
  const tick = moneyTick(currency);
  let longest = 0;
  for (const t of ticks) longest = Math.max(longest, tick(t).length);
  return Math.ceil(longest * CHAR_WIDTH) + 18;
}

/**
 * The width to draw a chart at, in its own pixels: the width its section has when the report
 * renders (a phone gets a phone layout, not a shrunken desktop), at most `max`, at least 320;
 * `max` when the page has no layout (a test without a browser).
 */
export function chartWidth(parent: { node(): Element | null }, max = 960): number {
  const width = parent.node()?.clientWidth ?? 0;
  return width > 0 ? Math.max(320, Math.min(max, Math.floor(width))) : max;
}

/** Below this width a chart puts its row labels above its bars instead of beside them. */
export const NARROW = 600;
