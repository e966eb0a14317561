import type { Scenario } from "../../scenarios/Scenario.ts";
import type { WhatIfValues } from "../whatIf/applyWhatIf.ts";
import { checkWhatIf } from "../whatIf/checkWhatIf.ts";
import { formatKnobValue, parseKnobInput } from "../whatIf/parseKnobInput.ts";
import { WHAT_IF_KNOBS, type WhatIfKnob } from "../whatIf/whatIfKnobs.ts";
import { element } from "./element.ts";

/** The what-if controls: see {@link whatIfPanel}. */
export interface WhatIfPanel {
  /** The panel's element, to put in the page. */
  element: HTMLFieldSetElement;
  /** Shows a newly loaded scenario's values (what-if values cleared), or disables the panel (null). */
  load(scenario: Scenario | null): void;
}

interface KnobView {
  knob: WhatIfKnob;
  row: HTMLDivElement;
  input: HTMLInputElement;
  scenarioValue: HTMLSpanElement;
  error: HTMLSpanElement;
}

/**
 * The what-if controls: one labelled number input per knob in its shown unit, the scenario's
 * value next to each input that differs from it, inline messages for invalid entries, and a
 * reset button. Calls `onChange` with the valid what-if values (base units) after every edit
 * (the caller debounces); an invalid entry is flagged and not passed on.
 *
 * @example
 * const panel = whatIfPanel((values) => rerun(values)); panel.load(scenario);
 */
export function whatIfPanel(onChange: (values: WhatIfValues) => void): WhatIfPanel {
  const fieldset = element("fieldset", { id: "what-if", class: "what-if" });
  fieldset.disabled = true;
  fieldset.append(element("legend", {}, "What if…"));
  const note = element("p", { class: "note", id: "what-if-note" });
  fieldset.append(note);
  const grid = element("div", { class: "knobs" });
  fieldset.append(grid);
  const views: KnobView[] = WHAT_IF_KNOBS.map((knob) => {
    const id = `knob-${knob.id}`;
    const row = element("div", { class: "knob", "data-knob": knob.id });
    const input = element("input", {
      id,
      name: knob.id,
      type: "number",
      inputmode: knob.integer ? "numeric" : "decimal",
      min: String(knob.min),
      max: String(knob.max),
      step: String(knob.step),
      "aria-describedby": `${id}-unit ${id}-scenario ${id}-error`,
    });
    const unit = element("span", { id: `${id}-unit`, class: "unit" });
    const scenarioValue = element("span", { id: `${id}-scenario`, class: "scenario-value" });
    const error = element("span", { id: `${id}-error`, class: "field-error" });
    row.append(element("label", { for: id }, knob.label), input, unit, scenarioValue, error);
    grid.append(row);
    return { knob, row, input, scenarioValue, error };
  });
  const reset = element("button", { type: "button", id: "what-if-reset" }, "Reset to the scenario");
  fieldset.append(reset);

  let scenario: Scenario | null = null;
  let values: WhatIfValues = {};

  const refresh = () => {
    if (scenario === null) return;
    const problem = checkWhatIf(scenario, values);
    let changed = 0;
    for (const view of views) {
      const own = view.knob.get(scenario);
      const parsed = parseKnobInput(view.knob, view.input.value);
      const message =
        "error" in parsed ? parsed.error : problem?.id === view.knob.id ? problem.message : "";
      view.error.textContent = message;
      view.input.setAttribute("aria-invalid", String(message !== ""));
      const value = values[view.knob.id];
      const differs = own !== null && value !== undefined && value !== own;
      if (differs) changed++;
      view.row.classList.toggle("changed", differs);
      view.scenarioValue.textContent =
        differs && own !== null
          ? `scenario: ${formatKnobValue(view.knob, own)} ${view.knob.unit(scenario)}`
          : "";
    }
    note.textContent =
      changed === 0
        ? `Change a value to re-run "${scenario.title}" in this page; the scenario file is not changed.`
        : `${changed} value${changed === 1 ? " differs" : "s differ"} from the scenario's (marked, with the scenario's value).`;
    reset.disabled = changed === 0;
  };

  for (const view of views) {
    view.input.addEventListener("input", () => {
      if (scenario === null) return;
      const parsed = parseKnobInput(view.knob, view.input.value);
      if ("value" in parsed) values = { ...values, [view.knob.id]: parsed.value };
      refresh();
      const valid = views.every((v) => v.input.getAttribute("aria-invalid") !== "true");
      if ("value" in parsed && valid) onChange(values);
    });
  }

  const show = (next: Scenario | null) => {
    scenario = next;
    values = {};
    fieldset.disabled = next === null;
    for (const view of views) {
      const own = next === null ? null : view.knob.get(next);
      view.row.hidden = next !== null && own === null;
      view.input.value = own === null ? "" : formatKnobValue(view.knob, own);
      view.error.textContent = "";
      view.input.setAttribute("aria-invalid", "false");
      view.row.classList.remove("changed");
      view.scenarioValue.textContent = "";
    }
    for (const view of views) {
      const unit = view.row.querySelector(".unit");
      if (unit !== null) unit.textContent = next === null ? "" : view.knob.unit(next);
    }
    if (next === null) {
      note.textContent = "Open a scenario file to try what-if values on it.";
      reset.disabled = true;
    } else refresh();
  };

  reset.addEventListener("click", () => {
    if (scenario === null) return;
    const current = scenario;
    show(current);
    onChange({});
    views.find((v) => !v.row.hidden)?.input.focus();
  });

  show(null);
  return { element: fieldset, load: show };
}
