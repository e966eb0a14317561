import { describe, expect, it } from "vitest";
import { main } from "../../../scenarios/cli/main.ts";
import { captureStream } from "./runCommand.ts";

/** Runs the command line in-process and captures what it prints. */
async function cli(...argv: string[]) {
  const out = captureStream();
  const err = captureStream();
  const code = await main(argv, out.stream, err.stream);
  return { code, stdout: out.text(), stderr: err.text() };
}

const ESTIMATE = ["estimate", "vmotion", "--dirty-mib-per-s", "10", "--link-gbps", "10"];

describe("numeric options at the front door (issue 12)", () => {
  it("refuses --memory-gib 1e300 with exit 2, naming the flag and the range, and prints nothing", async () => {
    const { code, stdout, stderr } = await cli(...ESTIMATE, "--memory-gib", "1e300", "--json");
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      'cutover: --memory-gib: expected a number > 0 and ≤ 24576 (24 TiB, the vSphere 8 maximum per VM), got "1e300"\n',
    );
  });

  it("refuses --rtt-ms -5 by its range, naming it (not as an unknown option)", async () => {
    const { code, stderr } = await cli(...ESTIMATE, "--memory-gib", "8", "--rtt-ms", "-5");
    expect(code).toBe(2);
    expect(stderr).toMatch(/^cutover: --rtt-ms: expected a number ≥ 0 and ≤ 10000 \(10 s, /);
    expect(stderr).toMatch(/got "-5"\n$/);
  });

  it("refuses a link above 1.6 Tbit/s and a dirty rate above 2 TiB/s", async () => {
    const link = await cli(
      "estimate",
      "vmotion",
      "--memory-gib",
      "8",
      "--dirty-mib-per-s",
      "1",
      "--link-gbps",
      "1601",
    );
    expect(link.code).toBe(2);
    expect(link.stderr).toMatch(
      /--link-gbps: expected a number ≥ 0.001 and ≤ 1600 \(1\.6 Tbit\/s, the fastest Ethernet, IEEE 802\.3dj\)/,
    );
    const dirty = await cli(
      "estimate",
      "vmotion",
      "--memory-gib",
      "8",
      "--dirty-mib-per-s",
      "3e6",
      "--link-gbps",
      "10",
    );
    expect(dirty.stderr).toMatch(
      /--dirty-mib-per-s: expected a number ≥ 0 and ≤ 2097152 \(2 TiB\/s/,
    );
  });

  it("takes --seed -1 and --seed=-1 as the seed", async () => {
    for (const argv of [["--seed", "-1"], ["--seed=-1"]]) {
      const { code, stdout, stderr } = await cli("run", "reference", ...argv, "--json");
      expect(stderr, argv.join(" ")).toBe("");
      expect(code, argv.join(" ")).toBe(0);
      expect(JSON.parse(stdout).scenario.seed).toBe(-1);
    }
  });

  it("still gives a real unknown short flag the usage error", async () => {
    const { code, stderr } = await cli("run", "reference", "-x");
    expect(code).toBe(2);
    expect(stderr).toMatch(/^cutover: Unknown option '-x'\nusage: cutover run/);
  });

  it("refuses --years 31 and --runs 0 by their ranges", async () => {
    const years = await cli("forecast", "reference", "--years", "31");
    expect(years.code).toBe(2);
    expect(years.stderr).toMatch(/--years: expected a whole number ≥ 1 and ≤ 30/);
    const runs = await cli("montecarlo", "reference", "--runs", "0");
    expect(runs.code).toBe(2);
    expect(runs.stderr).toMatch(/--runs: expected a whole number ≥ 1 and ≤ 10000000/);
  });
});
