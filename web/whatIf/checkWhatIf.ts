import type { Scenario } from "../../scenarios/Scenario.ts";
import type { WhatIfValues } from "./applyWhatIf.ts";
import type { WhatIfKnobId } from "./whatIfKnobs.ts";

/**
 * Checks what-if values against each other, as the loader checks a scenario file: the growth
 * range must not be reversed.
 *
 * @returns the knob to flag and the message, or null when the values go together
 * @example
 * checkWhatIf(reference, { growthVmsPerYearMin: 5 }) // { id: "growthVmsPerYearMax", message: … } (max is 2)
 */
export function checkWhatIf(
  scenario: Scenario,
  values: WhatIfValues,
): { id: WhatIfKnobId; message: string } | null {
  const min = values.growthVmsPerYearMin ?? scenario.growth.vmsPerYearMin;
  const max = values.growthVmsPerYearMax ?? scenario.growth.vmsPerYearMax;
  if (min <= max) return null;
  return {
    id: "growthVmsPerYearMax",
    message: `Growth: expected the most new VMs per year (${max}) to be at least the fewest (${min})`,
  };
}
