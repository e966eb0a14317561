import type { Comparison } from "../compare/compareResults.ts";
import type { MonteCarloResult } from "../montecarlo/MonteCarloResult.ts";
import type { SimulationResult } from "../result/SimulationResult.ts";
import { cutoverVersion } from "./reportTemplate.ts";

/** Optional data a report shows besides its result: a Monte Carlo study, a comparison. */
export interface ReportExtras {
  /** Replications of the same scenario: the page adds an "Uncertainty" section. */
  monteCarlo?: MonteCarloResult;
  /** The scenario set side by side with others: the page adds a "Comparison" section. */
  comparison?: Comparison;
}

/** When and with what a report was written: the page's title and header show it. */
export interface ReportMeta {
  /** The day the report was written, "2026-12-06" (UTC). */
  generated: string;
  /** The version of cutover that wrote it, "0.1.0". */
  version: string;
}

/** The empty slot of the template for each embedded value, by element id. */
const RESULT_ID = "cutover-result";
const MONTECARLO_ID = "cutover-montecarlo";
const COMPARISON_ID = "cutover-comparison";
const META_ID = "cutover-meta";

/**
 * The self-contained report page for a result: the built report template with the result
 * embedded as JSON, and, when given, a Monte Carlo result and a comparison in their own slots
 * (absent ones stay `null` and the page leaves their sections out). Every "<" in the JSON is
 * written as \u003c, so no string in the result (a VM named
 * `</script><img src=x onerror=alert(1)>`) can close the script element or add markup; the page
 * puts text into the document only as text.
 *
 * `meta` (the date and version, default: today and the package's version) goes into its own slot when the
 * template has one (an older template without it shows no date).
 *
 * @param template the built template (see reportTemplate), holding the empty slots
 * @throws Error when the template has no result slot, or no slot for an extra that is given
 * @example reportHtml(result, reportTemplate(), { monteCarlo }) // "<!doctype html>…"
 */
export function reportHtml(
  result: SimulationResult,
  template: string,
  extras: ReportExtras = {},
  meta: ReportMeta = {
    generated: new Date().toISOString().slice(0, 10),
    version: cutoverVersion(),
  },
): string {
  let html = fill(template, RESULT_ID, result, "result");
  if (html.includes(slotOf(META_ID))) html = fill(html, META_ID, meta, "meta");
  if (extras.monteCarlo !== undefined) {
    html = fill(html, MONTECARLO_ID, extras.monteCarlo, "Monte Carlo");
  }
  if (extras.comparison !== undefined) {
    html = fill(html, COMPARISON_ID, extras.comparison, "comparison");
  }
  return html;
}

function slotOf(id: string): string {
  return `<script type="application/json" id="${id}">null</script>`;
}

function fill(template: string, id: string, value: unknown, what: string): string {
  const slot = slotOf(id);
  if (!template.includes(slot)) throw new Error(`the report template has no ${what} slot`);
  const json = JSON.stringify(value).replaceAll("<", "\\u003c");
  return template.replace(
    slot,
    () => `<script type="application/json" id="${id}">${json}</script>`,
  );
}
