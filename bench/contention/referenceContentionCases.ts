import { contentionInputsOf } from "../../scenarios/run/contentionInputsOf.ts";
import { platformSection } from "../../scenarios/run/platformSection.ts";
import type { Scenario } from "../../scenarios/Scenario.ts";
import type { ContentionCase } from "./ContentionCase.ts";

/**
 * The scenario's two platforms as `platformSection` feeds them to the contention model: the
 * source (the inventory on its own hosts, no other tenants) and the target (the tenant placed
 * and balanced beside other tenants), each over `steps` hourly steps. Placement comes from one
 * `platformSection` run of a week (it does not depend on the number of steps).
 * @example referenceContentionCases(await loadScenario("reference"), 8766) // a year, both platforms
 */
export function referenceContentionCases(scenario: Scenario, steps: number): ContentionCase[] {
  const { section } = platformSection(scenario);
  const source = contentionInputsOf(scenario, section.before, 0);
  const target = contentionInputsOf(
    scenario,
    section.after,
    scenario.target.otherTenantsLoadFraction?.value ?? 0,
  );
  return [
    { name: `${scenario.name}, source`, ...source, steps },
    { name: `${scenario.name}, target`, ...target, steps },
  ];
}
