import { describe, expect, it } from "vitest";
import {
  FORECAST_USAGE,
  forecastCommand,
} from "../../../scenarios/cli/commands/forecastCommand.ts";
import { UsageError } from "../../../scenarios/cli/UsageError.ts";
import { runCommand } from "./runCommand.ts";

function run(...argv: string[]) {
  return runCommand(forecastCommand, ...argv);
}

describe("cutover forecast", () => {
  it("has the documented usage line", () => {
    expect(FORECAST_USAGE).toBe(
      "cutover forecast [SCENARIO] --years N [--json] [--max-input-mib M]",
    );
  });

  it("forecasts the reference scenario and prints time, capacity and VMs remaining", async () => {
    const { code, stdout } = await run("--years", "5");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^forecast: reference, 5 years, seed 20240501 \(1–2 new VMs a year/);
    // 320 GiB on the 2 × 192 GiB left with one host failed = 83.3 %; the median VM has 5 GiB:
    // (384 − 320) ÷ 5 = 12.8 → 12 more VMs with a host failed
    expect(stdout).toMatch(/most constrained: memory with a host failed \(83\.3 % used\)/);
    expect(stdout).toMatch(/VMs remaining\s+12 with a host failed/);
    expect(stdout).toMatch(/shared bill\s+4,130 EUR →/);
  });

  it("--json prints the forecast section only, the same for the same seed", async () => {
    const a = await run("reference", "--years", "10", "--json");
    const b = await run("reference", "--years", "10", "--json");
    expect(a.stdout).toBe(b.stdout);
    const f = JSON.parse(a.stdout);
    expect(f.years).toBe(10);
    expect(f.months).toBe(120);
    expect(f.arrivals.length).toBeGreaterThanOrEqual(10);
    expect(f.arrivals.length).toBeLessThanOrEqual(20);
    // reference today: 320 GiB on 384 GiB left with one of three 192 GiB hosts failed
    expect(f.now.n1Memory).toBeCloseTo(320 / 384, 9);
    expect(f.costPerMonthByYear.shared[0]).toBeCloseTo(4130, 6);
  });

  it("rejects a --years that is not a whole number from 1 to 30", async () => {
    await expect(run("--years", "0")).rejects.toThrow(UsageError);
    await expect(run("--years", "2.5")).rejects.toThrow(
      /--years: expected a whole number ≥ 1 and ≤ 30 \(an assumed horizon\), got "2.5"/,
    );
  });
});
