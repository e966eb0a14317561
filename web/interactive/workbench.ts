import type { InputFile } from "../../scenarios/inventory/importInventoryFiles.ts";
import type { SimulationResult } from "../../scenarios/result/SimulationResult.ts";
import type { Scenario } from "../../scenarios/Scenario.ts";
import { renderReport } from "../renderReport.ts";
import { applyWhatIf, type WhatIfValues, whatIfDifferences } from "../whatIf/applyWhatIf.ts";
import type { RunnerClient } from "../worker/RunnerClient.ts";
import type { RunnerResponse } from "../worker/RunnerMessages.ts";
import { builtinNameOf } from "./builtinNameOf.ts";
import { debounce } from "./debounce.ts";
import { element } from "./element.ts";
import { whatIfPanel } from "./whatIfPanel.ts";

/** How long the what-if controls wait after the last keystroke before re-running. */
const RERUN_DELAY_MS = 350;

/**
 * The page's controls above the report: open a scenario file or an inventory (run in the
 * worker, errors shown in place while the report stays), and the what-if panel, which re-runs
 * the loaded scenario with changed values (debounced) and re-renders the report.
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

  const showError = (message: string | null, what = "Not opened") => {
    alert.hidden = message === null;
    alert.textContent = message === null ? "" : `${what}: ${message}`;
  };
  const busy = (on: boolean) => {
    root.setAttribute("aria-busy", String(on));
    container.setAttribute("aria-busy", String(on));
  };
  const finish = (answer: RunnerResponse, what: string, done: (ok: boolean) => void): void => {
    busy(false);
    if (!answer.ok) {
      showError(answer.message, what);
      status.textContent = "The report below is unchanged.";
      done(false);
      return;
    }
    showError(null);
    if (answer.result !== null) renderReport(root, answer.result);
    done(true);
  };

  const rerun = debounce((values: WhatIfValues) => {
    if (scenario === null) return;
    const base = scenario;
    const mine = ++generation;
    const changes = whatIfDifferences(base, values).length;
    status.textContent = "Running…";
    busy(true);
    void runner.run(applyWhatIf(base, values)).then((answer) => {
      if (mine !== generation) return;
      finish(answer, "What-if not run", (ok) => {
        if (ok && answer.ok)
          status.textContent = `Ran "${base.title}" with ${changes === 0 ? "the scenario's values" : `${changes} what-if value${changes === 1 ? "" : "s"}`} in ${Math.round(answer.elapsedMs)} ms.`;
      });
    });
  }, RERUN_DELAY_MS);

  const panel = whatIfPanel(rerun);
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
        finish(answer, "Not opened", (ok) => {
          if (!ok || !answer.ok) return;
          scenario = answer.scenario;
          panel.load(scenario);
          status.textContent = `Opened ${names}: ran "${scenario.title}" in ${Math.round(answer.elapsedMs)} ms.`;
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

async function readFile(file: File): Promise<InputFile> {
  const name = file.webkitRelativePath === "" ? file.name : file.webkitRelativePath;
  return { name, bytes: new Uint8Array(await file.arrayBuffer()) };
}
