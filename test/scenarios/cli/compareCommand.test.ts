import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMPARE_USAGE, compareCommand } from "../../../scenarios/cli/commands/compareCommand.ts";
import { UsageError } from "../../../scenarios/cli/UsageError.ts";
import { InputError } from "../../../scenarios/inventory/InputError.ts";
import { loadScenario } from "../../../scenarios/load/loadScenario.ts";
import { runScenario } from "../../../scenarios/run/runScenario.ts";
import { runCommand } from "./runCommand.ts";

const builtin = join(import.meta.dirname, "../../../scenarios/builtin");

function compare(...argv: string[]) {
  return runCommand(compareCommand, ...argv);
}

describe("cutover compare", () => {
  it("prints the targets and key figures side by side and exits 0 when every target passes", async () => {
    const { code, stdout } = await compare("reference", "reference-1gbe");
    expect(code).toBe(0);
    expect(stdout).toMatch(/key figure\s+reference\s+reference-1gbe\s+better/);
    expect(stdout).toMatch(/Migration makespan\s+[\d.]+ h \*\s+[\d.]+ h\s+lower/);
    expect(stdout).toMatch(/pass/);
  });

  it("with --json prints only { scenarios, rows }, computed from the runs", async () => {
    const { code, stdout } = await compare("reference", "reference-1gbe", "--json");
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout);
    expect(Object.keys(parsed).sort()).toEqual(["rows", "scenarios"]);
    expect(parsed.scenarios.map((s: { name: string }) => s.name)).toEqual([
      "reference",
      "reference-1gbe",
    ]);
    for (const s of parsed.scenarios)
      expect(Object.keys(s).sort()).toEqual(["file", "name", "seed", "title"]);
    for (const r of parsed.rows) {
      expect(typeof r.id).toBe("string");
      expect(typeof r.label).toBe("string");
      expect(typeof r.unit).toBe("string");
      expect(r.values).toHaveLength(2);
      if (r.pass !== undefined) expect(r.pass).toHaveLength(2);
      if (r.best !== undefined) expect([0, 1]).toContain(r.best);
    }
    const direct = runScenario(await loadScenario("reference-1gbe"));
    const row = (id: string) => parsed.rows.find((r: { id: string }) => r.id === id);
    expect(row("migration.makespanSeconds").values[1]).toBe(direct.migration.makespanSeconds);
    expect(row("migration.makespanSeconds").best).toBe(0);
    expect(row("latency.after.p95Ms").values[1]).toBe(direct.latency.after!.p95Ms);
    expect(row("cost.savings").pass[1]).toBe(
      direct.targets.find((t) => t.id === "cost.savings")!.pass,
    );
  });

  it("exits 1 when a target of any scenario fails, and shows FAIL in its column", async () => {
    // the reference with a 1 h makespan promise: its 14 h move cannot meet it
    const file = join(mkdtempSync(join(tmpdir(), "cutover-compare-")), "scenario.json");
    writeFileSync(
      file,
      JSON.stringify({
        extends: join(builtin, "reference.json"),
        schemaVersion: 1,
        name: "tight",
        targets: { makespan: "1 h" },
      }),
    );
    const { code, stdout } = await compare("reference", file);
    expect(code).toBe(1);
    expect(stdout).toMatch(/Migration makespan\s+[\d.]+ h pass\s+[\d.]+ h FAIL/);
  });

  it("applies --seed to every scenario", async () => {
    const { stdout } = await compare("reference", "reference-vvf", "--json", "--seed", "99");
    expect(JSON.parse(stdout).scenarios.map((s: { seed: number }) => s.seed)).toEqual([99, 99]);
  });

  it("needs at least two scenarios", async () => {
    await expect(compare("reference")).rejects.toThrow(UsageError);
    await expect(compare()).rejects.toThrow(/at least two scenarios/);
    await expect(compare("reference", "reference-1gbe", "--bogus")).rejects.toThrow(UsageError);
    expect(COMPARE_USAGE).toMatch(/^cutover compare SCENARIO SCENARIO\.\.\./);
  });

  it("lets a bad scenario surface as the loader's InputError", async () => {
    await expect(compare("reference", "/nonexistent/scenario.json")).rejects.toThrow(InputError);
  });
});
