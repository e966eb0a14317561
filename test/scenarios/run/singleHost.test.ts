import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../../scenarios/cli/main.ts";
import { formatPercent } from "../../../scenarios/format.ts";
import { nonFiniteNumbers } from "../../../scenarios/result/nonFiniteNumbers.ts";
import {
  NULLABLE_RESULT_FIELDS,
  type SimulationResult,
} from "../../../scenarios/result/SimulationResult.ts";
import { forecastFacts } from "../../../web/transforms/forecastFacts.ts";
import { captureStream } from "../cli/runCommand.ts";

/** Two small VMs on one dedicated host (the CSV template): with that host failed, nothing is left. */
function singleHostEstate(): string {
  const dir = mkdtempSync(join(tmpdir(), "cutover-one-host-"));
  writeFileSync(
    join(dir, "vms.csv"),
    "name,vcpu,memory_gib,sites,host\nvm1,2,4,3,esx0\nvm2,2,4,3,esx0\n",
  );
  writeFileSync(
    join(dir, "hosts.csv"),
    "name,sockets,cores_per_socket,clock_ghz,memory_gib\nesx0,2,8,2.1,256\n",
  );
  return dir;
}

async function cli(...argv: string[]): Promise<string> {
  const out = captureStream();
  const err = captureStream();
  await main(argv, out.stream, err.stream);
  expect(err.text()).toBe("");
  return out.text();
}

describe("a single-host source platform: no capacity left with its host failed", () => {
  const dir = singleHostEstate();

  it("fails N+1 before the move, its used share unbounded (JSON null, as the contract lists)", async () => {
    const result = JSON.parse(await cli("run", dir, "--json")) as SimulationResult;
    expect(result.platform.n1Before.pass).toBe(false);
    expect(result.platform.n1Before.cpuUsedFraction).toBeNull();
    expect(nonFiniteNumbers(result, NULLABLE_RESULT_FIELDS)).toEqual([]);
  });

  it("prints ∞ and −∞, never Infinity, in the forecast and the report's facts", async () => {
    const text = await cli("forecast", dir, "--years", "3");
    expect(text).toContain("(∞ % used); capacity remaining −∞ %");
    expect(text).not.toMatch(/Infinity|NaN/);
    const result = JSON.parse(await cli("run", dir, "--json")) as SimulationResult;
    const facts = new Map(forecastFacts(result));
    expect(facts.get("Capacity remaining")).toBe(
      "none: no capacity left with the tolerated hosts failed",
    );
  });

  it("formatPercent never writes Infinity or NaN", () => {
    expect(formatPercent(Number.POSITIVE_INFINITY)).toBe("∞ %");
    expect(formatPercent(Number.NEGATIVE_INFINITY)).toBe("−∞ %");
    expect(formatPercent(Number.NaN)).toBe("—");
    expect(formatPercent(0.125)).toBe("12.5 %");
  });
});
