import type { WhatIfKnob } from "./whatIfKnobs.ts";

/**
 * Reads what a user typed into a knob's input (shown units) as a value in base units, or says
 * what was expected.
 *
 * @returns `{ value }` in base units, or `{ error }`, a message naming the knob and what was expected
 * @example
 * parseKnobInput(linkKnob, "1") // { value: 125_000_000 } (1 Gbit/s in bytes per second)
 */
export function parseKnobInput(
  knob: WhatIfKnob,
  text: string,
): { value: number } | { error: string } {
  const trimmed = text.trim();
  const number = trimmed === "" ? Number.NaN : Number(trimmed);
  const expected = `${knob.integer ? "a whole number" : "a number"} ${knob.exclusiveMin ? ">" : "≥"} ${knob.min}`;
  const bad =
    !Number.isFinite(number) ||
    (knob.integer && !Number.isInteger(number)) ||
    (knob.exclusiveMin ? number <= knob.min : number < knob.min);
  if (bad) return { error: `${knob.label}: expected ${expected}, got ${JSON.stringify(text)}` };
  return { value: knob.integer ? number : number * knob.scale };
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
