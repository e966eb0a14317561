import { describe, expect, it } from "vitest";
import { estimateCommand } from "../../../scenarios/cli/commands/estimateCommand.ts";
import { UsageError } from "../../../scenarios/cli/UsageError.ts";
import { runCommand } from "./runCommand.ts";

function run(...argv: string[]) {
  return runCommand(estimateCommand, ...argv);
}

describe("cutover estimate vmotion", () => {
  it("prints the FACTS.md worked check as JSON: 8 GiB, 10 GbE, 100 MB/s → ≈8.4 s, ≈60 ms", async () => {
    // 100 MB/s = 95.367 MiB/s; R = 0.9 × 10 Gbit/s; FACTS.md's stun budget 0.5 s (the stack's
    // is 1 s). The Liu closed form alone: no set-up, no round trips, no resume (the stack's
    // 2 s, 4 + 2 round trips and 50 ms pinned to 0).
    const { code, stdout } = await run(
      "vmotion",
      "--memory-gib",
      "8",
      "--dirty-mib-per-s",
      String(1e8 / 2 ** 20),
      "--link-gbps",
      "10",
      ...["--stun-budget-s", "0.5", "--setup-s", "0", "--resume-ms", "0", "--rtt-ms", "0"],
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
      "wireBytes",
      "setupSeconds",
      "scanSeconds",
      "memoryRateBytesPerSecond",
      "compressionCoreSeconds",
      "streams",
      "stack",
      "resumeSeconds",
      "untilRunningSeconds",
    ]);
    expect(result.totalSeconds).toBeCloseTo(8.4, 1);
    expect(result.downtimeSeconds).toBeCloseTo(0.06, 2);
    expect(result.rounds).toBe(2);
    expect(result.converged).toBe(true);
    expect(result.throttled).toBe(false);
    expect(result.setupSeconds).toBe(0);
    expect(result.untilRunningSeconds).toBe(result.totalSeconds);
  });

  it("adds the default stack's set-up and resume to the same check: ≈10.4 s, ≈110 ms", async () => {
    // vsphere-7u2 at 0 ms RTT: total = 2 s set-up + the 8.37 s transfer (one 15 Gbit/s
    // stream does not cap 9 Gbit/s; the 8 GiB scan at 8 GB/s, 1.07 s, hides under round 0's
    // 7.6 s); downtime = the 60 ms stop-and-copy + 50 ms resume.
    const { stdout } = await run(
      "vmotion",
      ...["--memory-gib", "8", "--dirty-mib-per-s", String(1e8 / 2 ** 20), "--link-gbps", "10"],
      ...["--stun-budget-s", "0.5"],
      "--json",
    );
    const result = JSON.parse(stdout);
    expect(result.stack).toBe("vsphere-7u2");
    expect(result.totalSeconds).toBeCloseTo(10.37, 1);
    expect(result.downtimeSeconds).toBeCloseTo(0.11, 2);
    expect(result.untilRunningSeconds).toBeCloseTo(result.totalSeconds + 0.05, 9);
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
