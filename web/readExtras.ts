import type { Comparison } from "../scenarios/compare/compareResults.ts";
import {
  MONTE_CARLO_SCHEMA_VERSION,
  type MonteCarloResult,
} from "../scenarios/montecarlo/MonteCarloResult.ts";
import type { ReportExtras } from "../scenarios/report/reportHtml.ts";

/**
 * Parses the optional data embedded beside the result (see reportHtml): a Monte Carlo study
 * and a comparison, each JSON or "null" (absent). Checks their shape before anything reads them.
 *
 * @param texts the text of each slot; undefined when the page has no such slot
 * @throws Error naming what is wrong (not JSON, not a Monte Carlo result of this version, not a
 *   comparison)
 * @example readExtras({ monteCarlo: "null", comparison: "null" }) // {}
 */
export function readExtras(texts: { monteCarlo?: string; comparison?: string }): ReportExtras {
  const extras: ReportExtras = {};
  const mc = parse(texts.monteCarlo, "Monte Carlo result");
  if (mc !== null) {
    if (typeof mc !== "object" || (mc as { kind?: unknown }).kind !== "montecarlo") {
      throw new Error("the embedded Monte Carlo data is not a Monte Carlo result");
    }
    const version = (mc as { schemaVersion?: unknown }).schemaVersion;
    if (version !== MONTE_CARLO_SCHEMA_VERSION) {
      throw new Error(
        `the Monte Carlo result has schema version ${String(version)}; this report reads version ${MONTE_CARLO_SCHEMA_VERSION}`,
      );
    }
    extras.monteCarlo = mc as MonteCarloResult;
  }
  const comparison = parse(texts.comparison, "comparison");
  if (comparison !== null) {
    const c = comparison as { scenarios?: unknown; rows?: unknown };
    if (typeof c !== "object" || !Array.isArray(c.scenarios) || !Array.isArray(c.rows)) {
      throw new Error("the embedded comparison has no scenarios and rows");
    }
    extras.comparison = comparison as Comparison;
  }
  return extras;
}

function parse(text: string | undefined, what: string): unknown {
  if (text === undefined || text.trim() === "" || text.trim() === "null") return null;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`the embedded ${what} is not valid JSON (${(error as Error).message})`);
  }
}
