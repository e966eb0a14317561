import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPORT_USAGE, reportCommand } from "../../../scenarios/cli/commands/reportCommand.ts";
import { UsageError } from "../../../scenarios/cli/UsageError.ts";
import { embeddedJson as embedded } from "./embeddedJson.ts";
import { runCommand } from "./runCommand.ts";

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "cutover-report-"));
}

describe("cutover report --montecarlo N", () => {
  it("embeds N replications of the scenario beside its result, and says so in the usage", async () => {
    const out = join(tempDir(), "r");
    const { code, stdout } = await runCommand(
      reportCommand,
      "reference",
      "--out",
      out,
      "--montecarlo",
      "6",
      "--workers",
      "1",
    );
    expect(code).toBe(0);
    expect(stdout).toBe(`${join(out, "index.html")}\n`);
    const html = readFileSync(join(out, "index.html"), "utf8");
    const mc = embedded(html, "cutover-montecarlo") as {
      kind: string;
      runs: number;
      samples: { replication: number }[];
      scenario: { name: string };
      timing: { workers: number };
    };
    expect(mc.kind).toBe("montecarlo");
    expect(mc.runs).toBe(6);
    expect(mc.samples.map((s) => s.replication)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(mc.scenario.name).toBe("reference");
    expect(mc.timing.workers).toBe(1);
    expect(embedded(html, "cutover-comparison")).toBeNull();
    expect(REPORT_USAGE).toMatch(/--montecarlo N \[--workers K\]/);
  });

  it("without --montecarlo leaves the Monte Carlo and comparison slots empty", async () => {
    const out = join(tempDir(), "r");
    expect((await runCommand(reportCommand, "reference", "--out", out)).code).toBe(0);
    const html = readFileSync(join(out, "index.html"), "utf8");
    expect(embedded(html, "cutover-montecarlo")).toBeNull();
    expect(embedded(html, "cutover-comparison")).toBeNull();
    expect((embedded(html, "cutover-result") as { scenario: { name: string } }).scenario.name).toBe(
      "reference",
    );
  });

  it.each([
    [
      ["--montecarlo", "0"],
      /--montecarlo: expected a whole number ≥ 1 and ≤ 10000000 \(an assumed bound\), got "0"/,
    ],
    [["--montecarlo", "2.5"], /--montecarlo: expected a whole number ≥ 1/],
    [["--montecarlo", "4", "--workers", "x"], /--workers: expected a whole number ≥ 1/],
    [["--workers", "2"], /--workers needs --montecarlo N/],
  ])("refuses %j with a usage error", async (argv, message) => {
    const attempt = runCommand(reportCommand, "--out", join(tempDir(), "r"), ...argv);
    await expect(attempt).rejects.toThrow(UsageError);
    await expect(runCommand(reportCommand, ...argv)).rejects.toThrow(message);
  });
});
