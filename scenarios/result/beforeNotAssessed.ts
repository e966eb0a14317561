import type { SimulationResult } from "./SimulationResult.ts";

/**
 * Why the before-state's platform figures (peak CPU demand, CPU ready) are not assessed: every
 * source host is one the export's vHost tab does not list (its capacity a stand-in), so the
 * result's maxima over the assessed hosts are over none and read 0. Null when at least one
 * source host is assessed. For displays: the result keeps its numbers and lists the hosts in
 * `platform.before.notAssessedHosts`.
 */
export function beforeNotAssessed(result: SimulationResult): string | null {
  const before = result.platform.before;
  return before.hosts.length === 0 && (before.notAssessedHosts?.length ?? 0) > 0
    ? "no source host is listed in the export's vHost tab, so no host's capacity is known before the move"
    : null;
}
