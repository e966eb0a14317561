import { select } from "d3";
import type { ReportExtras } from "../scenarios/report/reportHtml.ts";
import type { SimulationResult } from "../scenarios/result/SimulationResult.ts";
import { assumptionsSection } from "./sections/assumptionsSection.ts";
import { calibrationReportSection } from "./sections/calibrationReportSection.ts";
import { comparisonSection } from "./sections/comparisonSection.ts";
import { costReportSection } from "./sections/costReportSection.ts";
import { forecastReportSection } from "./sections/forecastReportSection.ts";
import { headerSection } from "./sections/headerSection.ts";
import { inventorySection } from "./sections/inventorySection.ts";
import { migrationReportSection } from "./sections/migrationReportSection.ts";
import { monteCarloSection } from "./sections/monteCarloSection.ts";
import { platformReportSection } from "./sections/platformReportSection.ts";
import type { Parent } from "./sections/section.ts";
import { targetsSection } from "./sections/targetsSection.ts";

/** The report's sections, in reading order: the verdict first, the provenance last. */
const SECTIONS: readonly ((parent: Parent, result: SimulationResult) => void)[] = [
  headerSection,
  targetsSection,
  migrationReportSection,
  platformReportSection,
  calibrationReportSection,
  costReportSection,
  forecastReportSection,
  inventorySection,
  assumptionsSection,
];

/**
 * Renders a SimulationResult into `root`, replacing what it held, with the optional extras
 * after the targets: an "Uncertainty" section for a Monte Carlo study, a "Comparison" section
 * for a comparison (absent extras: no such section). Reads the result only: it never
 * re-computes a model.
 */
export function renderReport(
  root: HTMLElement,
  result: SimulationResult,
  extras: ReportExtras = {},
): void {
  const parent = select(root) as unknown as Parent;
  parent.selectAll("*").remove();
  const [header, targets, ...rest] = SECTIONS;
  header?.(parent, result);
  targets?.(parent, result);
  if (extras.monteCarlo !== undefined)
    monteCarloSection(parent, extras.monteCarlo, result.scenario.currency);
  if (extras.comparison !== undefined) comparisonSection(parent, extras.comparison);
  for (const render of rest) render(parent, result);
}
