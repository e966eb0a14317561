import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMPARE_USAGE, compareCommand } from "../../../scenarios/cli/commands/compareCommand.ts";
import { embeddedJson as embedded } from "./embeddedJson.ts";
import { runCommand } from "./runCommand.ts";

describe("cutover compare --out DIR", () => {
  it("writes the first scenario's report with the comparison embedded and prints its path last", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "cutover-compare-")), "r");
    const { code, stdout } = await runCommand(
      compareCommand,
      "reference",
      "reference-1gbe",
      "--out",
      out,
    );
    expect(code).toBe(0);
    expect(stdout.trimEnd().split("\n").at(-1)).toBe(`report: ${join(out, "index.html")}`);
    const html = readFileSync(join(out, "index.html"), "utf8");
    const comparison = embedded(html, "cutover-comparison") as {
      scenarios: { name: string }[];
      rows: unknown[];
    };
    expect(comparison.scenarios.map((s) => s.name)).toEqual(["reference", "reference-1gbe"]);
    expect(comparison.rows.length).toBeGreaterThan(0);
    const result = JSON.parse(readFileSync(join(out, "result.json"), "utf8"));
    expect(result.scenario.name).toBe("reference");
    expect(embedded(html, "cutover-montecarlo")).toBeNull();
    expect(COMPARE_USAGE).toMatch(/\[--out DIR\]/);
  });

  it("with --json still prints only the comparison, the same one it embeds", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "cutover-compare-")), "r");
    const { stdout } = await runCommand(
      compareCommand,
      "reference",
      "reference-vvf",
      "--json",
      "--out",
      out,
    );
    const printed = JSON.parse(stdout);
    const html = readFileSync(join(out, "index.html"), "utf8");
    expect(embedded(html, "cutover-comparison")).toEqual(printed);
  });
});
