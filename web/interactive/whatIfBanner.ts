import { select } from "d3";
import type { SimulationResult } from "../../scenarios/result/SimulationResult.ts";
import type { Parent } from "../sections/section.ts";
import { targetsSection } from "../sections/targetsSection.ts";
import type { WhatIfFigureRow } from "../whatIf/whatIfFigures.ts";
import { element } from "./element.ts";
import "./whatIf.css";

/** The prefix of a what-if's page title and h1. */
export const WHAT_IF_PREFIX = "What-if: ";

/**
 * The report's sections a what-if cannot recompute (they come from the page's embedded extras,
 * not from the run): the Monte Carlo study and the comparison, by their section ids.
 */
export const NOT_RECOMPUTED_SECTIONS: readonly { id: string; name: string }[] = [
  { id: "uncertainty", name: "Uncertainty" },
  { id: "comparison", name: "Comparison" },
];

/** The note on each section a what-if cannot recompute. */
export const NOT_RECOMPUTED_NOTE = "From the scenario's own run, not recomputed for this what-if.";

/** The note under a what-if's verdict when the page embeds a Monte Carlo study. */
export const VERDICT_WITHOUT_STUDY_NOTE =
  "What-if: this verdict is the what-if's plan only. The page's Monte Carlo study was run on the scenario's own values, not on these, so its chances of missing each target are left out here (see the greyed Uncertainty section).";

/** One changed input of a what-if, formatted with its unit. */
export interface WhatIfChange {
  label: string;
  /** The scenario's value with its unit, e.g. "10 Gbit/s". */
  scenario: string;
  /** The what-if value with its unit, e.g. "1 Gbit/s". */
  whatIf: string;
}

/** What a what-if run is labelled with. */
export interface WhatIfLabel {
  /** The scenario's title (the report of its own run). */
  scenarioTitle: string;
  changes: readonly WhatIfChange[];
  figures: readonly WhatIfFigureRow[];
  /** The what-if's result (the report just rendered from it). */
  result: SimulationResult;
  /**
   * Whether the page embeds a Monte Carlo study: its miss probabilities are the scenario's, so
   * the verdict is rendered again from the what-if's plan alone, with a note.
   */
  studyEmbedded?: boolean;
}

/** The page title of a what-if: "What-if: " before the scenario's page title (once). */
export function whatIfTitle(title: string): string {
  return title.startsWith(WHAT_IF_PREFIX) ? title : `${WHAT_IF_PREFIX}${title}`;
}

/**
 * Labels a report just rendered from a what-if run, in `root`: a banner at the top naming it a
 * what-if with the changed inputs (scenario's value → what-if value) and the key figures beside
 * the scenario's with their change; "What-if: " before the h1; and the sections it cannot
 * recompute greyed, each with a note. Text goes in as text, never as markup. The page title is
 * the caller's ({@link whatIfTitle}). A later render of the report removes all of it.
 */
export function labelWhatIf(root: HTMLElement, label: WhatIfLabel): void {
  if (label.studyEmbedded === true) verdictWithoutStudy(root, label.result);
  const stale = NOT_RECOMPUTED_SECTIONS.filter((s) => root.querySelector(`#${s.id}`) !== null);
  for (const s of stale) {
    const sectionElement = root.querySelector<HTMLElement>(`#${s.id}`)!;
    sectionElement.classList.add("what-if-stale");
    sectionElement.dataset.whatIf = "not-recomputed";
    const note = element("p", { class: "what-if-stale-note" }, NOT_RECOMPUTED_NOTE);
    const heading = sectionElement.querySelector("h2");
    if (heading === null) sectionElement.prepend(note);
    else heading.after(note);
  }

  const h1 = root.querySelector("h1");
  if (h1 !== null) h1.prepend(element("span", { class: "what-if-mark" }, WHAT_IF_PREFIX));

  const banner = element("section", {
    id: "what-if-banner",
    class: "what-if-banner",
    "aria-labelledby": "what-if-banner-title",
  });
  banner.append(
    element("h2", { id: "what-if-banner-title" }, "What-if: not the scenario's plan"),
    element(
      "p",
      {},
      `This report is "${label.scenarioTitle}" re-run in this page with ${label.changes.length} changed input${label.changes.length === 1 ? "" : "s"}; the scenario file is unchanged. "Reset to the scenario" brings back the scenario's own report.`,
    ),
  );
  banner.append(
    textTable(
      "Changed inputs",
      ["Input", "Scenario", "What-if"],
      label.changes.map((c) => [c.label, c.scenario, c.whatIf]),
      "what-if-changes",
    ),
  );
  const figures = textTable(
    "Key figures: the scenario's run and this what-if",
    ["Figure", "Scenario", "What-if", "Change"],
    label.figures.map((f) => [f.label, f.scenario, f.whatIf, f.delta]),
    "what-if-figures",
  );
  figures.querySelectorAll("tbody tr").forEach((row, i) => {
    const figure = label.figures[i]!;
    row.setAttribute("data-figure", figure.id);
    row.lastElementChild?.setAttribute("data-direction", figure.direction);
  });
  banner.append(figures);
  if (stale.length > 0)
    banner.append(
      element(
        "p",
        { class: "note" },
        `Greyed below: ${stale.map((s) => s.name).join(" and ")}, from the scenario's own run, not recomputed for this what-if${stale.some((s) => s.id === "uncertainty") ? " (so are any miss probabilities quoted from the study)" : ""}.`,
      ),
    );
  root.prepend(banner);
}

/**
 * Replaces the verdict and targets with those of the what-if's plan alone (no miss probability
 * of the scenario's study set beside what-if values), noted as such.
 */
function verdictWithoutStudy(root: HTMLElement, result: SimulationResult): void {
  const old = root.querySelector("#targets");
  if (old === null) return;
  const scratch = root.ownerDocument.createElement("div");
  targetsSection(select(scratch) as unknown as Parent, result);
  const fresh = scratch.querySelector<HTMLElement>("#targets");
  if (fresh === null) return;
  const note = element("p", { class: "what-if-stale-note" }, VERDICT_WITHOUT_STUDY_NOTE);
  const heading = fresh.querySelector("h2");
  if (heading === null) fresh.prepend(note);
  else heading.after(note);
  old.replaceWith(fresh);
}

function textTable(
  caption: string,
  header: readonly string[],
  rows: readonly (readonly string[])[],
  className: string,
): HTMLTableElement {
  const table = element("table", { class: className });
  table.append(element("caption", {}, caption));
  const headRow = element("tr");
  for (const h of header) headRow.append(element("th", { scope: "col" }, h));
  const head = element("thead");
  head.append(headRow);
  table.append(head);
  const body = element("tbody");
  for (const row of rows) {
    const tr = element("tr");
    tr.append(
      ...row.map((cell, i) =>
        i === 0 ? element("th", { scope: "row" }, cell) : element("td", {}, cell),
      ),
    );
    body.append(tr);
  }
  table.append(body);
  return table;
}
