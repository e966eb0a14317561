import { select } from "d3";
import type { ReportExtras, ReportMeta } from "../scenarios/report/reportHtml.ts";
import type { SimulationResult } from "../scenarios/result/SimulationResult.ts";
import { assumptionsSection } from "./sections/assumptionsSection.ts";
import { calibrationReportSection } from "./sections/calibrationReportSection.ts";
import { comparisonSection } from "./sections/comparisonSection.ts";
import { costReportSection } from "./sections/costReportSection.ts";
import { forecastReportSection } from "./sections/forecastReportSection.ts";
import { headerSection, readableDate } from "./sections/headerSection.ts";
import { inventorySection } from "./sections/inventorySection.ts";
import { migrationReportSection } from "./sections/migrationReportSection.ts";
import { monteCarloSection } from "./sections/monteCarloSection.ts";
import { platformReportSection } from "./sections/platformReportSection.ts";
import type { Parent } from "./sections/section.ts";
import { targetsSection } from "./sections/targetsSection.ts";
import { tableOfContents } from "./sections/tocSection.ts";

/**
 * The report's sections after the verdict and the extras, in reading order: the data-quality
 * panel first (what an imported estate's figures rest on; one line for a synthetic one),
 * provenance last.
 */
const SECTIONS: readonly ((parent: Parent, result: SimulationResult) => void)[] = [
  calibrationReportSection,
  migrationReportSection,
  platformReportSection,
  costReportSection,
  forecastReportSection,
  inventorySection,
  assumptionsSection,
];

/** The id of the page's controls, which the report keeps after its verdict. */
const WORKBENCH_ID = "workbench";

/** The id of the slot where `cutover report` writes the date and version (see reportHtml). */
const META_ID = "cutover-meta";

/**
 * Renders a SimulationResult into `root`, replacing what it held: the header (the scenario
 * and the date the report was written, version and seed), the verdict and targets (with the
 * embedded Monte Carlo study's miss probabilities), the contents, then the page's controls
 * (the #workbench element, kept as it is and moved after the verdict), the optional extras
 * (an "Uncertainty" section for a Monte Carlo study, a "Comparison" section for a comparison)
 * and the model sections. Sets the document's title to the scenario and date. Reads the
 * result only: it never re-computes a model.
 */
export function renderReport(
  root: HTMLElement,
  result: SimulationResult,
  extras: ReportExtras = {},
): void {
  const doc = root.ownerDocument;
  const workbench = doc.getElementById(WORKBENCH_ID);
  // the controls live in the report, after the verdict; they are never re-created (focus stays)
  if (workbench !== null && workbench.parentElement !== root) root.prepend(workbench);
  for (const child of Array.from(root.children)) if (child !== workbench) child.remove();
  const parent = select(root) as unknown as Parent;
  const meta = pageMeta(doc);
  headerSection(parent, result, meta);
  targetsSection(parent, result, extras.monteCarlo);
  const top = Array.from(root.children).filter((c) => c !== workbench);
  if (extras.monteCarlo !== undefined)
    monteCarloSection(parent, extras.monteCarlo, result.scenario.currency);
  if (extras.comparison !== undefined) comparisonSection(parent, extras.comparison);
  for (const render of SECTIONS) render(parent, result);
  if (workbench !== null) for (const node of top) root.insertBefore(node, workbench);
  const toc = tableOfContents(root);
  const verdict = root.querySelector("section#targets");
  if (toc !== null) root.insertBefore(toc, verdict?.nextSibling ?? null);
  scrollTables(root);
  doc.title = `${result.scenario.title} — Cutover report, ${readableDate(meta.generated)}`;
}

/** The date and version `cutover report` embedded; else (dev server) today and "development". */
function pageMeta(doc: Document): ReportMeta {
  const text = doc.getElementById(META_ID)?.textContent ?? "null";
  try {
    const meta = JSON.parse(text) as Partial<ReportMeta> | null;
    if (meta !== null && typeof meta.generated === "string")
      return { generated: meta.generated, version: String(meta.version ?? "") };
  } catch {
    // a damaged slot: fall through to today
  }
  return { generated: new Date().toISOString().slice(0, 10), version: "" };
}

/**
 * Wraps every table of the report in its own horizontally scrolling container, so that a wide
 * table scrolls inside itself on a phone and the page never scrolls sideways.
 */
function scrollTables(root: HTMLElement): void {
  for (const table of Array.from(root.querySelectorAll("table"))) {
    const parent = table.parentElement;
    if (parent === null || parent.classList.contains("table-scroll")) continue;
    const box = root.ownerDocument.createElement("div");
    box.className = "table-scroll";
    box.tabIndex = 0;
    const caption = table.querySelector("caption")?.textContent ?? "table";
    box.setAttribute("role", "region");
    box.setAttribute("aria-label", caption);
    parent.insertBefore(box, table);
    box.append(table);
  }
}
