import type { Scenario } from "../../scenarios/Scenario.ts";
import { WHAT_IF_KNOBS, type WhatIfKnobId } from "./whatIfKnobs.ts";

/** What-if values in base units by knob; a knob left out keeps the scenario's value. */
export type WhatIfValues = Partial<Record<WhatIfKnobId, number>>;

/** A knob whose what-if value differs from the scenario's, both in base units. */
export interface WhatIfDifference {
  id: WhatIfKnobId;
  scenarioValue: number;
  value: number;
}

/**
 * The scenario with the what-if values set (base units); knobs the scenario lacks are ignored.
 * The input scenario is not changed.
 *
 * @example
 * applyWhatIf(scenario, { maxConcurrent: 2 }).migration.maxConcurrent // 2
 */
export function applyWhatIf(scenario: Scenario, values: WhatIfValues): Scenario {
  let changed = scenario;
  for (const knob of WHAT_IF_KNOBS) {
    const value = values[knob.id];
    if (value === undefined || knob.get(scenario) === null || knob.get(scenario) === value)
      continue;
    changed = knob.set(changed, value);
  }
  return changed;
}

/**
 * The knobs whose what-if value differs from the scenario's, in the knobs' order.
 *
 * @example
 * whatIfDifferences(reference, { maxConcurrent: 8 }) // [] (8 is the reference's value)
 */
export function whatIfDifferences(scenario: Scenario, values: WhatIfValues): WhatIfDifference[] {
  const differences: WhatIfDifference[] = [];
  for (const knob of WHAT_IF_KNOBS) {
    const value = values[knob.id];
    const scenarioValue = knob.get(scenario);
    if (value === undefined || scenarioValue === null || value === scenarioValue) continue;
    differences.push({ id: knob.id, scenarioValue, value });
  }
  return differences;
}
