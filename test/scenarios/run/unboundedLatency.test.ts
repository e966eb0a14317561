import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../../scenarios/cli/main.ts";
import { nonFiniteNumbers } from "../../../scenarios/result/nonFiniteNumbers.ts";
import {
  NULLABLE_RESULT_FIELDS,
  type SimulationResult,
} from "../../../scenarios/result/SimulationResult.ts";
import { latencyBars, unboundedLatencies } from "../../../web/transforms/latencyBars.ts";
import { captureStream } from "../cli/runCommand.ts";

/**
 * A source platform at 14× its CPU capacity: 200 VMs of 8 vCPU with sites on two 16-core hosts
 * (the CSV template). Its sites' queues are saturated (ρ ≥ 1): no response time bound exists.
 */
function saturatedEstate(): string {
  const dir = mkdtempSync(join(tmpdir(), "cutover-saturated-"));
  const vms = Array.from({ length: 200 }, (_, i) => `vm${i},8,16,5,esx${i % 2}`);
  writeFileSync(join(dir, "vms.csv"), `name,vcpu,memory_gib,sites,host\n${vms.join("\n")}\n`);
  writeFileSync(
    join(dir, "hosts.csv"),
    "name,sockets,cores_per_socket,clock_ghz,memory_gib\nesx0,2,8,2.1,2048\nesx1,2,8,2.1,2048\n",
  );
  return dir;
}

async function run(...argv: string[]): Promise<{ code: number; stdout: string }> {
  const out = captureStream();
  const err = captureStream();
  const code = await main(argv, out.stream, err.stream);
  expect(err.text()).toBe("");
  return { code, stdout: out.text() };
}

describe("a saturated source platform: site latency with no bound", () => {
  const dir = saturatedEstate();

  it("writes the unbounded percentiles as null, where the contract says null means unbounded", async () => {
    const { stdout } = await run("run", dir, "--json");
    const result = JSON.parse(stdout) as SimulationResult;
    expect(result.latency.before!.p95Ms).toBeNull();
    expect(nonFiniteNumbers(result, NULLABLE_RESULT_FIELDS)).toEqual([]);
  });

  it("never holds NaN, and a null outside the documented paths is still caught", () => {
    expect(
      nonFiniteNumbers({ latency: { before: { p95Ms: Number.NaN } } }, ["latency.before.*"]),
    ).toEqual(["latency.before.p95Ms"]);
    expect(
      nonFiniteNumbers({ cost: { x: Number.POSITIVE_INFINITY } }, NULLABLE_RESULT_FIELDS),
    ).toEqual(["cost.x"]);
  });

  it("says 'unbounded' in the summary, never 'Infinity'", async () => {
    const { stdout } = await run("run", dir);
    expect(stdout).toMatch(
      /latency {4}site p50 \/ p95 \/ p99: before unbounded \/ unbounded \/ unbounded ms/,
    );
    expect(stdout).not.toMatch(/Infinity|NaN/);
  });

  it("draws no bar for an unbounded percentile in the report and names it in words", async () => {
    const { stdout } = await run("run", dir, "--json");
    const result = JSON.parse(stdout) as SimulationResult;
    const bars = latencyBars(result);
    expect(bars.every((b) => Number.isFinite(b.ms))).toBe(true);
    expect(bars.some((b) => b.when === "before")).toBe(false);
    expect(unboundedLatencies(result)).toEqual(
      expect.arrayContaining(["p50 before", "p95 before", "p99 before"]),
    );
  });
});
