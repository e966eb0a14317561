import { describe, expect, it } from "vitest";
import { estimateCommand } from "../../../scenarios/cli/commands/estimateCommand.ts";
import { UsageError } from "../../../scenarios/cli/UsageError.ts";
import { runCommand } from "./runCommand.ts";

function run(...argv: string[]) {
  return runCommand(estimateCommand, ...argv);
}

describe("cutover estimate vmotion", () => {
  it("prints the FACTS.md worked check as JSON: 8 GiB, 10 GbE, 100 MB/s → ≈8.4 s, ≈60 ms", async () => {
    // 100 MB/s = 95.367 MiB/s; R = 0.9 × 10 Gbit/s
    const { code, stdout } = await run(
      "vmotion",
      "--memory-gib",
      "8",
      "--dirty-mib-per-s",
      String(1e8 / 2 ** 20),
      "--link-gbps",
      "10",
      "--json",
    );
    const result = JSON.parse(stdout);
    expect(code).toBe(0);
    expect(Object.keys(result)).toEqual([
      "totalSeconds",
      "downtimeSeconds",
      "transferredBytes",
      "rounds",
      "converged",
      "throttled",
    ]);
    expect(result.totalSeconds).toBeCloseTo(8.4, 1);
    expect(result.downtimeSeconds).toBeCloseTo(0.06, 2);
    expect(result.rounds).toBe(2);
    expect(result.converged).toBe(true);
    expect(result.throttled).toBe(false);
  });

  it("converges on 1 GbE at 150 MB/s only by throttling", async () => {
    const args = [
      "vmotion",
      "--memory-gib",
      "8",
      "--dirty-mib-per-s",
      String(1.5e8 / 2 ** 20),
      "--link-gbps",
      "1",
      "--json",
    ];
    const throttled = JSON.parse((await run(...args)).stdout);
    expect(throttled.converged).toBe(true);
    expect(throttled.throttled).toBe(true);
    const not = JSON.parse((await run(...args, "--no-throttle")).stdout);
    expect(not.converged).toBe(false);
    expect(not.throttled).toBe(false);
  });

  it("prints a readable summary without --json, with an RTT warning over 150 ms", async () => {
    const { stdout } = await run(
      "vmotion",
      "--memory-gib",
      "8",
      "--dirty-mib-per-s",
      "50",
      "--link-gbps",
      "1",
      "--rtt-ms",
      "200",
    );
    expect(stdout).toMatch(/total time/);
    expect(stdout).toMatch(/150 ms/);
  });

  it("throws a UsageError for a missing flag, a bad number or another mode", async () => {
    await expect(run("vmotion", "--memory-gib", "8", "--link-gbps", "1")).rejects.toThrow(
      UsageError,
    );
    await expect(
      run("vmotion", "--memory-gib", "-1", "--dirty-mib-per-s", "5", "--link-gbps", "1"),
    ).rejects.toThrow(/--memory-gib/);
    await expect(
      run("vmotion", "--memory-gib", "x", "--dirty-mib-per-s", "5", "--link-gbps", "1"),
    ).rejects.toThrow(UsageError);
    await expect(
      run("bulk", "--memory-gib", "8", "--dirty-mib-per-s", "5", "--link-gbps", "1"),
    ).rejects.toThrow(/vmotion/);
    await expect(
      run("vmotion", "--memory-gib", "8", "--dirty-mib-per-s", "5", "--link-gbps", "1", "--bogus"),
    ).rejects.toThrow(UsageError);
  });
});
