import type { PhaseSpan } from "../../models/orchestration/simulateMigration.ts";

/**
 * Length of the "waves" phase of a simulated migration, seconds; NaN when there is none.
 * @example wavesSeconds([{ name: "waves", startSeconds: 10, endSeconds: 70 }]) // 60
 */
export function wavesSeconds(phases: readonly PhaseSpan[]): number {
  const waves = phases.find((phase) => phase.name === "waves");
  return waves === undefined ? Number.NaN : waves.endSeconds - waves.startSeconds;
}
