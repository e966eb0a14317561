import type { SimulationResult } from "../../scenarios/result/SimulationResult.ts";
import { dataQualitySection } from "./dataQualitySection.ts";
import type { Parent } from "./section.ts";

/**
 * The data-quality panel (see dataQualitySection): what was read from an imported export, what
 * was inferred, its warnings by kind and the before-state modelled against the export's own
 * measurements (`#calibration`, absent when the inventory measured nothing). It belongs right
 * after the targets, before the detail sections.
 */
export function calibrationReportSection(parent: Parent, result: SimulationResult): void {
  dataQualitySection(parent, result);
}
