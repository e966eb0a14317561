import { describe, expect, it } from "vitest";
import { loadScenario } from "../../../scenarios/load/loadScenario.ts";
import { runScenario } from "../../../scenarios/run/runScenario.ts";
import { handleRunnerRequest } from "../../../web/worker/handleRunnerRequest.ts";
import { builtinTexts, textFile } from "../builtinTexts.ts";

const builtins = builtinTexts();
let clock = 0;
const now = () => (clock += 5);

describe("handleRunnerRequest(request, builtins, now)", () => {
  it("runs a scenario with the command line's runner: the same result", async () => {
    const scenario = await loadScenario("reference-1gbe");
    const answer = handleRunnerRequest({ id: 7, kind: "run", scenario }, builtins, now);
    expect(answer).toEqual({
      id: 7,
      ok: true,
      scenario,
      result: runScenario(scenario),
      elapsedMs: 5,
    });
  });

  it("opens and runs a file, answering with the loaded scenario", () => {
    const file = textFile("reference-1gbe.json", builtins["reference-1gbe"]!);
    const answer = handleRunnerRequest({ id: 1, kind: "open", files: [file] }, builtins, now);
    if (!answer.ok) throw new Error(answer.message);
    expect(answer.scenario.name).toBe("reference-1gbe");
    expect(answer.result?.scenario.name).toBe("reference-1gbe");
  });

  it("loads a built-in scenario by name without running it", () => {
    const answer = handleRunnerRequest(
      { id: 2, kind: "builtin", name: "reference" },
      builtins,
      now,
    );
    expect(answer.ok && answer.scenario.name).toBe("reference");
    expect(answer.ok && answer.result).toBeNull();
  });

  it("answers a loader's error with its located message, never throwing", () => {
    const file = textFile("broken.json", "{ nope }");
    const answer = handleRunnerRequest({ id: 3, kind: "open", files: [file] }, builtins, now);
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.message).toMatch(/^broken\.json: row 1: expected valid JSON/);
  });

  it("answers another error with a message saying the run failed", async () => {
    const scenario = await loadScenario("reference");
    const broken = { ...scenario, inventory: null } as unknown as typeof scenario;
    const answer = handleRunnerRequest({ id: 4, kind: "run", scenario: broken }, builtins, now);
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.message).toMatch(/^The scenario could not be run: /);
  });
});
