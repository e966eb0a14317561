import type { WhatIfKnob } from "./whatIfKnobs.ts";

/**
 * Reads what a user typed into a knob's input (shown units) as a value in base units, or says
 * what was expected: a number within the knob's physical range (the bounds a scenario file is
 * checked against), named in the message with the knob's unit and why the bound.
 *
 * @returns `{ value }` in base units, or `{ error }`, a message naming the knob and the range
 * @example
 * parseKnobInput(linkKnob, "1") // { value: 125_000_000 } (1 Gbit/s in bytes per second)
 * parseKnobInput(linkKnob, "1e9") // { error: "Inter-site link speed: expected a number ≥ 0.001 Gbit/s and ≤ 1,600 Gbit/s (1.6 Tbit/s, …), got \"1e9\"" }
 */
export function parseKnobInput(
  knob: WhatIfKnob,
  text: string,
): { value: number } | { error: string } {
  const trimmed = text.trim();
  const number = trimmed === "" ? Number.NaN : Number(trimmed);
  const bad =
    !Number.isFinite(number) ||
    (knob.integer && !Number.isInteger(number)) ||
    (knob.exclusiveMin ? number <= knob.min : number < knob.min) ||
    number > knob.max;
  if (bad)
    return {
      error: `${knob.label}: expected ${knobRangeText(knob)}, got ${JSON.stringify(text)}`,
    };
  const value = knob.integer ? number : number * knob.scale;
  // the shown bounds are the range's divided by the scale: a rounding there must not let a
  // value past the range itself
  const { range } = knob;
  if (value > range.max || (range.exclusiveMin === true ? value <= range.min : value < range.min))
    return {
      error: `${knob.label}: expected ${knobRangeText(knob)}, got ${JSON.stringify(text)}`,
    };
  return { value };
}

/**
 * The knob's valid values in words, in its shown unit:
 * "a number ≥ 0.001 Gbit/s and ≤ 1,600 Gbit/s (1.6 Tbit/s, the fastest Ethernet, IEEE 802.3dj)".
 */
export function knobRangeText(knob: WhatIfKnob): string {
  const unit = knob.rangeUnit === "" ? "" : ` ${knob.rangeUnit}`;
  const noun = knob.integer ? "a whole number" : "a number";
  const low = `${knob.exclusiveMin ? ">" : "≥"} ${plain(knob.min)}${unit}`;
  const high = `≤ ${plain(knob.max)}${unit}`;
  const { maxText, why } = knob.range;
  const note = maxText === undefined || maxText === plain(knob.max) ? why : `${maxText}, ${why}`;
  return `${noun} ${low} and ${high} (${note})`;
}

/** A bound without float noise, with thousands separators: 1600 → "1,600", 0.001 → "0.001". */
function plain(value: number): string {
  return Number(value.toPrecision(12)).toLocaleString("en-GB", { maximumFractionDigits: 12 });
}

/**
 * A base-unit value in the knob's shown unit, for its input: at most 6 significant digits.
 *
 * @example
 * formatKnobValue(linkKnob, 1.25e9) // "10"
 */
export function formatKnobValue(knob: WhatIfKnob, value: number): string {
  return String(Number((value / knob.scale).toPrecision(6)));
}
