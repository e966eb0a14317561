import { buildMonteCarloResult } from "../../scenarios/montecarlo/buildMonteCarloResult.ts";
import type { MonteCarloResult } from "../../scenarios/montecarlo/MonteCarloResult.ts";
import { runMonteCarlo } from "../../scenarios/montecarlo/runMonteCarlo.ts";
import type { SimulationResult } from "../../scenarios/result/SimulationResult.ts";
import type { Scenario } from "../../scenarios/Scenario.ts";

/**
 * A Monte Carlo study of replications 0 … runs − 1 of a scenario, as `cutover report
 * --montecarlo` embeds it beside the plan's `result`; its timing is set (1 s, `runs` per
 * second), which the report does not depend on.
 */
export async function studyOf(
  scenario: Scenario,
  result: SimulationResult,
  runs: number,
  workers = 1,
): Promise<MonteCarloResult> {
  const replications = Array.from({ length: runs }, (_, i) => i);
  const samples = await runMonteCarlo(scenario, replications, workers);
  return buildMonteCarloResult(
    scenario,
    result.targets,
    samples,
    { runs, shard: "1/1" },
    { wallSeconds: 1, workers, replicationsPerSecond: runs },
  );
}
