import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exitCode, targetsExitCode } from "../../../scenarios/cli/commands/run.ts";
import { main } from "../../../scenarios/cli/main.ts";
import { renderRunSummary } from "../../../scenarios/cli/renderRunSummary.ts";
import { compareResults } from "../../../scenarios/compare/compareResults.ts";
import { renderComparison } from "../../../scenarios/compare/renderComparison.ts";
import { loadScenario } from "../../../scenarios/load/loadScenario.ts";
import { buildMonteCarloResult } from "../../../scenarios/montecarlo/buildMonteCarloResult.ts";
import { mergeMonteCarlo } from "../../../scenarios/montecarlo/mergeMonteCarlo.ts";
import { renderMonteCarlo } from "../../../scenarios/montecarlo/renderMonteCarlo.ts";
import { runReplications } from "../../../scenarios/montecarlo/runReplications.ts";
import { nonFiniteNumbers } from "../../../scenarios/result/nonFiniteNumbers.ts";
import {
  NULLABLE_RESULT_FIELDS,
  type SimulationResult,
} from "../../../scenarios/result/SimulationResult.ts";
import { runScenario } from "../../../scenarios/run/runScenario.ts";
import type { Scenario } from "../../../scenarios/Scenario.ts";
import { captureStream } from "../cli/runCommand.ts";

const reference = await loadScenario("reference");
const referenceResult = runScenario(reference);

/** The reference with no site on any VM (as a bare RVTools export has). */
const noSites: Scenario = {
  ...reference,
  inventory: {
    ...reference.inventory,
    vms: reference.inventory.vms.map((vm) => ({ ...vm, sites: 0 })),
  },
};

/** The reference with every VM frozen: nothing is migrated. */
const allFrozen: Scenario = {
  ...reference,
  migration: { ...reference.migration, freeze: reference.inventory.vms.map((vm) => vm.name) },
};

/** Every sourced value under `value` set to 0 (prices of a bill), in a copy. */
function zeroPrices<T>(value: T): T {
  if (Array.isArray(value)) return value.map(zeroPrices) as T;
  if (typeof value !== "object" || value === null) return value;
  const record = value as Record<string, unknown>;
  if (typeof record.value === "number" && "source" in record) return { ...record, value: 0 } as T;
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, zeroPrices(v)])) as T;
}

/** The reference with no dedicated price at all: its bills are 0. */
const freeDedicated: Scenario = {
  ...reference,
  costs: { ...reference.costs, dedicated: zeroPrices(reference.costs.dedicated) },
};

const target = (r: SimulationResult, id: string) => r.targets.find((t) => t.id === id)!;

describe("a figure whose inputs are missing is not assessed, never a pass", () => {
  it("no site on any VM: latency.p95.after has no value and no verdict, with why", () => {
    const result = runScenario(noSites);
    expect(target(result, "latency.p95.after")).toEqual({
      id: "latency.p95.after",
      label: "Site response time p95 after cutover (weekly peak hour)",
      value: null,
      limit: 300,
      unit: "ms",
      pass: null,
      notAssessed: expect.stringContaining("no powered-on VM hosts a site"),
    });
    expect(result.latency.before).toBeNull();
    expect(result.latency.during).toBeNull();
    expect(result.latency.after).toBeNull();
    expect(result.latency.notAssessed).toContain("no powered-on VM hosts a site");
    expect(nonFiniteNumbers(result, NULLABLE_RESULT_FIELDS)).toEqual([]);
    expect(exitCode(result)).toBe(3);
  });

  it("the reference assesses every target and carries no notAssessed field", () => {
    expect(referenceResult.targets.every((t) => t.pass !== null)).toBe(true);
    expect(referenceResult.targets.some((t) => "notAssessed" in t)).toBe(false);
    expect("notAssessed" in referenceResult.latency).toBe(false);
    expect("notAssessed" in referenceResult.cost).toBe(false);
    expect(exitCode(referenceResult)).toBe(0);
  });

  it("no VM migrated: makespan, longest stun and reboots are not assessed", () => {
    const result = runScenario(allFrozen);
    for (const id of ["migration.makespan", "migration.maxDowntime", "migration.reboots"]) {
      expect(target(result, id)).toMatchObject({
        value: null,
        pass: null,
        notAssessed: expect.stringContaining("no VM is migrated"),
      });
    }
  });

  it("a dedicated bill of 0: the saving against it is not assessed (not 1 − shared ÷ 0)", () => {
    const result = runScenario(freeDedicated);
    expect(target(result, "cost.savings")).toMatchObject({
      value: null,
      pass: null,
      notAssessed: expect.stringContaining("the dedicated bill before the licence change is 0"),
    });
    expect(result.cost.savingsFraction).toEqual({
      vsBeforeLicenceChange: null,
      vsAfterLicenceChange: null,
    });
    expect(result.cost.hostCostIncreaseFraction).toBeNull();
    expect(result.cost.notAssessed?.hostCostIncrease).toContain("no dedicated host");
  });

  it("exit code: a failure wins (1), then not assessed (3), then all pass (0)", () => {
    expect(targetsExitCode([true, true])).toBe(0);
    expect(targetsExitCode([true, null])).toBe(3);
    expect(targetsExitCode([null, false, true])).toBe(1);
    expect(targetsExitCode([])).toBe(0);
  });

  it("the run summary writes a third state with the reason, and says it is not a pass", () => {
    const text = renderRunSummary(runScenario(noSites), []);
    expect(text).toMatch(
      /Site response time p95 after cutover \(weekly peak hour\) +— +300 ms {2}not assessed/,
    );
    expect(text).toContain(
      "1 of 6 targets not assessed (not a pass; exit code 3 unless a target fails)",
    );
    expect(text).toContain("latency    not assessed: no powered-on VM hosts a site");
    expect(text).not.toMatch(/p95 0\.0 ms|0 \/ 0 \/ 0 ms/);
  });
});

describe("compare: a not-assessed cell is never best", () => {
  const comparison = compareResults([runScenario(noSites), referenceResult]);
  const row = (id: string) => comparison.rows.find((r) => r.id === id)!;

  it("targets and key figures carry null and the reason, and mark no best", () => {
    expect(row("latency.p95.after")).toMatchObject({
      values: [null, referenceResult.targets.find((t) => t.id === "latency.p95.after")!.value],
      pass: [null, true],
      notAssessed: [expect.stringContaining("no powered-on VM hosts a site"), null],
    });
    expect(row("latency.after.p95Ms").values[0]).toBeNull();
    expect(row("latency.after.p95Ms").best).toBeUndefined();
    expect(row("migration.makespan").notAssessed).toBeUndefined();
  });

  it("prints 'not assessed' in the cell and the reasons under the table", () => {
    const text = renderComparison(comparison);
    expect(text).toMatch(/Site p95 after \(weekly peak\) +not assessed +61.6 ms +lower/);
    expect(text).toContain("not assessed (not a pass: its inputs are missing):");
  });
});

describe("Monte Carlo: a target not assessed in the plan is not assessed in the study", () => {
  const plan = runScenario(noSites);
  const samples = runReplications(noSites, [0, 1, 2]);
  const study = buildMonteCarloResult(
    noSites,
    plan.targets,
    samples,
    { runs: 3, shard: "1/1" },
    {
      wallSeconds: 1,
      workers: 1,
      replicationsPerSecond: 3,
    },
  );

  it("has no miss probability and no latency summary, and says why", () => {
    expect(samples.every((s) => s.pass["latency.p95.after"] === null)).toBe(true);
    expect(study.targets.find((t) => t.id === "latency.p95.after")).toMatchObject({
      misses: 0,
      probability: null,
      lower: null,
      upper: null,
      notAssessed: expect.stringContaining("no powered-on VM hosts a site"),
    });
    expect(study.metrics.latencyP95AfterMs).toBeNull();
    expect(study.metrics.latencyP95DuringMs).toBeNull();
    expect(study.metrics.makespanSeconds).not.toBeNull();
    expect(renderMonteCarlo(study)).toMatch(
      /Site response time p95 after cutover .* not assessed \(not a pass\)/,
    );
  });

  it("merge keeps it not assessed (null stays null, not an unstable queue's Infinity)", () => {
    const json = JSON.parse(JSON.stringify(study));
    const merged = mergeMonteCarlo([{ file: "a.json", result: json }]);
    expect(merged.targets).toEqual(study.targets);
    expect(merged.metrics.latencyP95AfterMs).toBeNull();
    expect(merged.samples[0]!.latencyP95AfterMs).toBeNull();
  });
});

describe("the command line on a bare inventory with no sites", () => {
  it("cutover run vms/ (a CSV template without sites) exits 3 and prints not assessed", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cutover-bare-"));
    writeFileSync(
      join(dir, "vms.csv"),
      "name,vcpu,memory_gib,disk_used_gib,host\nweb01,2,4,20,esx01\ndb01,4,16,100,esx01\n",
    );
    writeFileSync(
      join(dir, "hosts.csv"),
      "name,sockets,cores_per_socket,clock_ghz,memory_gib,cpu_model\nesx01,2,16,2.1,384,Intel(R) Xeon(R) Gold 6130 CPU @ 2.10GHz\n",
    );
    const out = captureStream();
    const err = captureStream();
    const code = await main(["run", dir], out.stream, err.stream);
    expect(err.text()).toBe("");
    expect(code).toBe(3);
    expect(out.text()).toContain("not assessed");
    const json = captureStream();
    expect(await main(["run", dir, "--json"], json.stream, captureStream().stream)).toBe(3);
    const result = JSON.parse(json.text()) as SimulationResult;
    expect(target(result, "latency.p95.after").pass).toBeNull();
  });
});
