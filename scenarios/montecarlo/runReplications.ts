import { runScenarioFigures } from "../run/runScenario.ts";
import type { Scenario } from "../Scenario.ts";
import { type ReplicationMetrics, replicationMetrics } from "./replicationMetrics.ts";
import { sampleScenario } from "./sampleScenario.ts";

/**
 * Runs the given replications of a scenario, one after the other, in this thread: each draws its
 * uncertain inputs (sampleScenario) and runs the same runner as `cutover run`, for the figures
 * the summary keeps only (runScenarioFigures: equal to the full run's, without the sections
 * they do not read; the cost sensitivity is replaced by the distribution of the saving).
 * @param onProgress called after each replication with how many are done
 */
export function runReplications(
  scenario: Scenario,
  replications: readonly number[],
  onProgress: (done: number) => void = () => {},
): ReplicationMetrics[] {
  return replications.map((r, i) => {
    const result = runScenarioFigures(sampleScenario(scenario, r), { replication: r });
    const metrics = replicationMetrics(r, result);
    onProgress(i + 1);
    return metrics;
  });
}
