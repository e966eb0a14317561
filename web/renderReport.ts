import { select } from "d3";
import type { SimulationResult } from "../scenarios/result/SimulationResult.ts";
import { assumptionsSection } from "./sections/assumptionsSection.ts";
import { costReportSection } from "./sections/costReportSection.ts";
import { forecastReportSection } from "./sections/forecastReportSection.ts";
import { headerSection } from "./sections/headerSection.ts";
import { inventorySection } from "./sections/inventorySection.ts";
import { migrationReportSection } from "./sections/migrationReportSection.ts";
import { platformReportSection } from "./sections/platformReportSection.ts";
import type { Parent } from "./sections/section.ts";
import { targetsSection } from "./sections/targetsSection.ts";

/** The report's sections, in reading order: the verdict first, the provenance last. */
const SECTIONS: readonly ((parent: Parent, result: SimulationResult) => void)[] = [
  headerSection,
  targetsSection,
  migrationReportSection,
  platformReportSection,
  costReportSection,
  forecastReportSection,
  inventorySection,
  assumptionsSection,
];

/**
 * Renders a SimulationResult into `root`, replacing what it held. Reads the result only: it
 * never re-computes a model.
 */
export function renderReport(root: HTMLElement, result: SimulationResult): void {
  const parent = select(root) as unknown as Parent;
  parent.selectAll("*").remove();
  for (const render of SECTIONS) render(parent, result);
}
