import type { SimulationResult } from "../../scenarios/result/SimulationResult.ts";
import { facts, type Parent } from "./section.ts";

/** The report's title, what the scenario is, and where it came from. */
export function headerSection(parent: Parent, result: SimulationResult): void {
  const header = parent.append("header");
  header.append("p").attr("class", "kicker").text("Cutover report");
  header.append("h1").text(result.scenario.title);
  if (result.scenario.description !== "")
    header.append("p").attr("class", "lede").text(result.scenario.description);
  facts(header as unknown as Parent, [
    ["Scenario", `${result.scenario.name} (${result.scenario.file})`],
    ["Seed", String(result.scenario.seed)],
    ["Currency", result.scenario.currency],
    ["Horizon", `${result.scenario.horizonYears} years`],
  ]);
}
