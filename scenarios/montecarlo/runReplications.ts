import { runScenario } from "../run/runScenario.ts";
import type { Scenario } from "../Scenario.ts";
import { type ReplicationMetrics, replicationMetrics } from "./replicationMetrics.ts";
import { sampleScenario } from "./sampleScenario.ts";

/**
 * Runs the given replications of a scenario, one after the other, in this thread: each draws its
 * uncertain inputs (sampleScenario) and runs the same runner as `cutover run`.
 * @param onProgress called after each replication with how many are done
 */
export function runReplications(
  scenario: Scenario,
  replications: readonly number[],
  onProgress: (done: number) => void = () => {},
): ReplicationMetrics[] {
  return replications.map((r, i) => {
    // the distribution of the saving across replications replaces the one-at-a-time tornado
    const result = runScenario(sampleScenario(scenario, r), { sensitivity: false, replication: r });
    const metrics = replicationMetrics(r, result);
    onProgress(i + 1);
    return metrics;
  });
}
