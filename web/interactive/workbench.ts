import type { InputFile } from "../../scenarios/inventory/importInventoryFiles.ts";
import type { ReportExtras } from "../../scenarios/report/reportHtml.ts";
import type { SimulationResult } from "../../scenarios/result/SimulationResult.ts";
import type { Scenario } from "../../scenarios/Scenario.ts";
import { readExtras } from "../readExtras.ts";
import { drawReport } from "../redrawOnResize.ts";
import { renderReport } from "../renderReport.ts";
import {
  applyWhatIf,
  type WhatIfDifference,
  type WhatIfValues,
  whatIfDifferences,
} from "../whatIf/applyWhatIf.ts";
import { formatKnobValue } from "../whatIf/parseKnobInput.ts";
import { whatIfFigures } from "../whatIf/whatIfFigures.ts";
import { WHAT_IF_KNOBS } from "../whatIf/whatIfKnobs.ts";
import type { RunnerClient } from "../worker/RunnerClient.ts";
import type { RunnerResponse } from "../worker/RunnerMessages.ts";
import { builtinNameOf } from "./builtinNameOf.ts";
import { debounce } from "./debounce.ts";
import { element } from "./element.ts";
import { labelWhatIf, type WhatIfChange, whatIfTitle } from "./whatIfBanner.ts";
import { whatIfPanel } from "./whatIfPanel.ts";

/**
 * The report a what-if starts from and Reset returns to: the scenario's own result, the extras
 * the page showed with it (the embedded Monte Carlo study and comparison, for the page's own
 * scenario; none for an opened file), the page title and the status line then.
 */
interface BaseReport {
  result: SimulationResult;
  extras: ReportExtras;
  title: string;
  /** The status line then (the controls are part of the report's markup). */
  status: string;
}

/** How long the what-if controls wait after the last keystroke before re-running. */
const RERUN_DELAY_MS = 350;

/**
 * The page's controls above the report: open a scenario file or an inventory (run in the
 * worker, errors shown in place while the report stays), and the what-if panel, which re-runs
 * the loaded scenario with changed values (debounced) and re-renders the report, labelled as a
 * what-if (banner with the changed inputs and the key figures beside the scenario's, "What-if: "
 * before the title and h1, the embedded sections it cannot recompute greyed with a note).
 * With no value changed (Reset), the scenario's own report comes back exactly as it was: rendered
 * from the scenario's result and the page's extras, with its title.
 *
 * @param container - where the controls go.
 * @param root - the report's element, re-rendered after each run.
 * @param runner - the runner worker's client.
 * @param shown - the result the page shows at start (embedded or served), or null.
 */
export function mountWorkbench(
  container: HTMLElement,
  root: HTMLElement,
  runner: RunnerClient,
  shown: SimulationResult | null,
): void {
  container.replaceChildren();
  container.append(element("h2", { id: "workbench-title" }, "Run in this page"));
  const open = element("div", { class: "open" });
  const input = element("input", {
    id: "open-files",
    type: "file",
    accept: ".json,.xlsx,.xlsm,.csv,application/json,text/csv",
    multiple: "",
    "aria-describedby": "open-help",
  });
  open.append(
    element("label", { for: "open-files" }, "Open a scenario or an inventory"),
    input,
    element(
      "p",
      { id: "open-help", class: "note" },
      "A scenario file (.json; extends of built-in scenarios work), an RVTools export (.xlsx, or all the RVTools_tab*.csv files of its folder) or a CSV template. It runs in this page; nothing is sent anywhere.",
    ),
  );
  const alert = element("div", { id: "open-error", class: "error", role: "alert" });
  alert.hidden = true;
  const status = element("p", { id: "run-status", class: "status", role: "status" });
  container.append(open, alert, status);

  let scenario: Scenario | null = null;
  let generation = 0;
  let base: BaseReport | null =
    shown === null
      ? null
      : { result: shown, extras: pageExtras(), title: document.title, status: "" };

  const showError = (message: string | null, what = "Not opened") => {
    alert.hidden = message === null;
    alert.textContent = message === null ? "" : `${what}: ${message}`;
  };
  // off, the attribute goes (not "false"): the controls sit inside the report, whose markup
  // Reset must bring back exactly as it was
  const busy = (on: boolean) => {
    for (const e of [root, container])
      if (on) e.setAttribute("aria-busy", "true");
      else e.removeAttribute("aria-busy");
  };
  const finish = (
    answer: RunnerResponse,
    what: string,
    show: (result: SimulationResult) => void,
    done: (ok: boolean) => void,
  ): void => {
    busy(false);
    if (!answer.ok) {
      showError(answer.message, what);
      status.textContent = "The report below is unchanged.";
      done(false);
      return;
    }
    showError(null);
    if (answer.result !== null) show(answer.result);
    done(true);
  };

  /** Shows the scenario's own report again, as it was before any what-if. */
  const restore = () => {
    rerun.cancel();
    ++generation;
    busy(false);
    showError(null);
    if (base === null || scenario === null) return;
    const { result, extras, title } = base;
    drawReport(root, () => {
      renderReport(root, result, extras);
      document.title = title;
    });
    status.textContent = base.status;
  };

  const rerun = debounce((values: WhatIfValues) => {
    if (scenario === null || base === null) return;
    const loaded = scenario;
    const from = base;
    const differences = whatIfDifferences(loaded, values);
    if (differences.length === 0) {
      restore();
      return;
    }
    const mine = ++generation;
    const changes = differences.length;
    status.textContent = "Running…";
    busy(true);
    void runner.run(applyWhatIf(loaded, values)).then((answer) => {
      if (mine !== generation) return;
      const show = (result: SimulationResult) =>
        drawReport(root, () => {
          renderReport(root, result, from.extras);
          labelWhatIf(root, {
            scenarioTitle: loaded.title,
            changes: differences.map((d) => changeOf(loaded, d)),
            figures: whatIfFigures(from.result, result),
            result,
            studyEmbedded: from.extras.monteCarlo !== undefined,
          });
          document.title = whatIfTitle(from.title);
        });
      finish(answer, "What-if not run", show, (ok) => {
        if (ok && answer.ok)
          status.textContent = `Ran "${loaded.title}" with ${changes} what-if value${changes === 1 ? "" : "s"} in ${Math.round(answer.elapsedMs)} ms.`;
      });
    });
  }, RERUN_DELAY_MS);

  const panel = whatIfPanel((values) => {
    // back to the scenario's values (Reset, or an edit undone): its own report, at once
    if (scenario !== null && whatIfDifferences(scenario, values).length === 0) restore();
    else rerun(values);
  });
  container.append(panel.element);

  input.addEventListener("change", () => {
    const files = [...(input.files ?? [])];
    if (files.length === 0) return;
    rerun.cancel();
    const mine = ++generation;
    const names = files.map((f) => f.name).join(", ");
    status.textContent = `Loading ${names}…`;
    busy(true);
    void Promise.all(files.map(readFile))
      .then((inputs) => runner.open(inputs))
      .then((answer) => {
        if (mine !== generation) return;
        input.value = "";
        let opened: SimulationResult | null = null;
        const show = (result: SimulationResult) => {
          drawReport(root, () => renderReport(root, result));
          opened = result;
        };
        finish(answer, "Not opened", show, (ok) => {
          if (!ok || !answer.ok) return;
          scenario = answer.scenario;
          panel.load(scenario);
          status.textContent = `Opened ${names}: ran "${scenario.title}" in ${Math.round(answer.elapsedMs)} ms.`;
          if (opened !== null)
            base = {
              result: opened,
              extras: {},
              title: document.title,
              status: status.textContent,
            };
        });
      })
      .catch((error: unknown) => {
        if (mine !== generation) return;
        busy(false);
        showError(`${names}: the browser could not read the file (${String(error)})`);
        status.textContent = "The report below is unchanged.";
      });
  });

  const name = shown === null ? null : builtinNameOf(shown);
  if (shown !== null && name !== null) {
    const seed = shown.scenario.seed;
    void runner.builtin(name).then((answer) => {
      if (!answer.ok || scenario !== null) return;
      scenario = { ...answer.scenario, seed };
      panel.load(scenario);
    });
  }
}

/**
 * The extras the page was rendered with (read again from the page's slots, as main.ts reads
 * them), for a what-if to keep and Reset to restore; none when they cannot be read.
 */
function pageExtras(): ReportExtras {
  const slot = (id: string) => document.getElementById(id)?.textContent ?? undefined;
  const monteCarlo = slot("cutover-montecarlo");
  const comparison = slot("cutover-comparison");
  try {
    return readExtras({
      ...(monteCarlo === undefined ? {} : { monteCarlo }),
      ...(comparison === undefined ? {} : { comparison }),
    });
  } catch {
    return {};
  }
}

/** A changed input as the banner lists it: its label, the scenario's and the what-if value with units. */
function changeOf(scenario: Scenario, difference: WhatIfDifference): WhatIfChange {
  const knob = WHAT_IF_KNOBS.find((k) => k.id === difference.id)!;
  const unit = knob.unit(scenario);
  return {
    label: knob.label,
    scenario: `${formatKnobValue(knob, difference.scenarioValue)} ${unit}`,
    whatIf: `${formatKnobValue(knob, difference.value)} ${unit}`,
  };
}

async function readFile(file: File): Promise<InputFile> {
  const name = file.webkitRelativePath === "" ? file.name : file.webkitRelativePath;
  return { name, bytes: new Uint8Array(await file.arrayBuffer()) };
}
