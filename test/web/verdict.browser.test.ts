import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadScenario } from "../../scenarios/load/loadScenario.ts";
import type { MonteCarloResult } from "../../scenarios/montecarlo/MonteCarloResult.ts";
import { type ReportExtras, reportHtml } from "../../scenarios/report/reportHtml.ts";
import { reportTemplate } from "../../scenarios/report/reportTemplate.ts";
import type { SimulationResult } from "../../scenarios/result/SimulationResult.ts";
import { runScenario } from "../../scenarios/run/runScenario.ts";
import { MAX_MISS_ID } from "../../web/transforms/targetRows.ts";
import { chromiumPath, launchChromium, openReportHtml, screenshotPath } from "./chromium.ts";
import { studyOf } from "./studyOf.ts";

const executable = chromiumPath();
const RUNS = 24;
const DAY = { generated: "2026-12-06", version: "9.8.7" };

/** What the page says: the verdict's class and text, and each target's row. */
async function readVerdict(browser: Browser, result: SimulationResult, extras: ReportExtras) {
  const { page, problems } = await openReportHtml(
    browser,
    reportHtml(result, reportTemplate(), extras, DAY),
    "verdict",
  );
  const verdict = page.locator("#targets p.verdict");
  const state = (await verdict.getAttribute("class"))?.replace("verdict ", "");
  const headline = (await verdict.textContent()) ?? "";
  const rows = await page.$$eval("#targets tbody tr", (trs) =>
    trs.map((tr) => ({
      id: tr.getAttribute("data-target") ?? "",
      cells: Array.from(tr.querySelectorAll("th, td")).map((c) => c.textContent ?? ""),
    })),
  );
  return { page, problems, state, headline, rows };
}

/** A copy of `study` where target `id` is missed in `misses` of its runs. */
function missing(study: MonteCarloResult, id: string, misses: number): MonteCarloResult {
  const runs = study.samples.length;
  return {
    ...study,
    targets: study.targets.map((t) =>
      t.id === id
        ? {
            ...t,
            misses,
            probability: misses / runs,
            lower: Math.max(0, misses / runs - 0.15),
            upper: Math.min(1, misses / runs + 0.15),
          }
        : t,
    ),
  };
}

/** `result` with the scenario's `targets.maxMissProbability` set to `fraction`. */
function allowing(result: SimulationResult, fraction: number): SimulationResult {
  return {
    ...result,
    assumptions: result.assumptions.map((a) =>
      a.id === MAX_MISS_ID ? { ...a, value: fraction, low: fraction, high: fraction } : a,
    ),
  };
}

describe.skipIf(executable === null)("the verdict in Chromium", () => {
  let browser: Browser;
  let result: SimulationResult;
  let study: MonteCarloResult;
  beforeAll(async () => {
    browser = await launchChromium(executable!);
    const scenario = await loadScenario("reference");
    result = runScenario(scenario);
    study = await studyOf(scenario, result, RUNS, 2);
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
  });

  it("carries the scenario's maxMissProbability (default 10 %, an assumption) in the result", () => {
    const threshold = result.assumptions.find((a) => a.id === MAX_MISS_ID);
    expect(threshold).toMatchObject({ value: 0.1, unit: "fraction", source: null });
    expect(threshold?.assumption).toMatch(/10 %/);
  });

  it("agrees with the targets and the study's miss probabilities: All pass only when each is under the threshold", async () => {
    const { page, problems, state, headline, rows } = await readVerdict(browser, result, {
      monteCarlo: study,
    });
    expect(problems).toEqual([]);
    const allPassInPlan = result.targets.every((t) => t.pass === true);
    const underThreshold = study.targets.every((t) => (t.probability ?? 1) < 0.1);
    expect(state === "pass").toBe(allPassInPlan && underThreshold);
    expect(headline.startsWith("All ")).toBe(allPassInPlan && underThreshold);
    // each target at risk is named in the headline with how often it was missed
    for (const t of study.targets) {
      if (t.probability === null || t.probability < 0.1) continue;
      const planned = result.targets.find((r) => r.id === t.id);
      if (planned?.pass !== true) continue;
      expect(headline).toContain(t.label);
      expect(headline).toContain(`${t.misses} of ${RUNS} runs`);
    }
    // each row: value, limit with its direction, state, and the study's misses with interval
    expect(rows.map((r) => r.id).sort()).toEqual(result.targets.map((t) => t.id).sort());
    for (const row of rows) {
      expect(row.cells[2]).toMatch(/^[≤≥=]\u00a0/);
      expect(row.cells[4]).toMatch(new RegExp(`^\\d+ of ${RUNS} runs \\(\\d+\\.\\d %`));
      expect(row.cells[4]).toContain("95 % CI");
    }
    const saving = rows.find((r) => r.id === "cost.savings");
    expect(saving?.cells[2]).toMatch(/^≥\u00a0/);
    const makespan = rows.find((r) => r.id === "migration.makespan");
    expect(makespan?.cells[2]).toBe("≤\u00a072 h");
    // one line per target under the headline, for quoting
    expect(await page.locator("#targets ul.verdict-targets li").count()).toBe(rows.length);
    await page.locator("section#targets").screenshot({ path: screenshotPath("verdict-study") });
  }, 60_000);

  it("never says All pass while the page shows a target missed in 52.5 % of runs", async () => {
    const misses = Math.round(0.525 * RUNS);
    const risky = missing(study, "cost.savings", misses);
    const planPass = result.targets.find((t) => t.id === "cost.savings")?.pass;
    const { state, headline } = await readVerdict(browser, result, { monteCarlo: risky });
    expect(headline).not.toMatch(/^All /);
    expect(state).toBe(planPass === true ? "at-risk" : "fail");
    if (planPass === true) expect(headline).toContain(`${misses} of ${RUNS} runs`);
  }, 60_000);

  it("says All pass when every target passes and each is missed less often than the scenario accepts", async () => {
    const quiet: MonteCarloResult = {
      ...study,
      targets: study.targets.map((t) => ({ ...t, misses: 0, probability: 0, lower: 0 })),
    };
    const passing = allowing(result, 0.1);
    if (!passing.targets.every((t) => t.pass === true)) return;
    const { state, headline } = await readVerdict(browser, passing, { monteCarlo: quiet });
    expect(state).toBe("pass");
    expect(headline).toBe(
      `All ${result.targets.length} targets pass, each missed in under 10 % of ${RUNS} Monte Carlo runs.`,
    );
    // a scenario that accepts more risk: a target missed in 1 of 4 runs is then no risk
    const lenient = allowing(result, 0.5);
    const { state: lenientState } = await readVerdict(browser, lenient, {
      monteCarlo: missing(quiet, "cost.savings", RUNS / 4),
    });
    expect(lenientState).toBe("pass");
    const { state: strictState } = await readVerdict(browser, passing, {
      monteCarlo: missing(quiet, "cost.savings", RUNS / 4),
    });
    expect(strictState).toBe("at-risk");
  }, 60_000);

  it("names a target that fails in the plan first, whatever the study says", async () => {
    const failing: SimulationResult = {
      ...result,
      targets: result.targets.map((t) =>
        t.id === "migration.maxDowntime" ? { ...t, value: 1.4, pass: false } : t,
      ),
    };
    const { state, headline, rows } = await readVerdict(browser, failing, { monteCarlo: study });
    expect(state).toBe("fail");
    expect(headline).toMatch(
      /^1 of \d+ targets fail in the plan: Longest switchover \(stun\) 1\.4 s against ≤\u00a01 s/,
    );
    expect(rows[0]?.id).toBe("migration.maxDowntime");
  }, 60_000);

  it("without a study says the plan passes and that the chance of missing is not estimated", async () => {
    const { state, headline } = await readVerdict(browser, result, {});
    if (result.targets.every((t) => t.pass === true)) {
      expect(state).toBe("pass");
      expect(headline).toContain("in the plan");
      expect(headline).toContain("not estimated");
    } else {
      expect(state).not.toBe("pass");
    }
  }, 60_000);
});
