import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { InputError } from "../../../scenarios/inventory/InputError.ts";
import { parseScenario, type ScenarioReader } from "../../../scenarios/load/parseScenario.ts";
import { inputErrorOf } from "../inputErrorOf.ts";

const builtin = join(import.meta.dirname, "../../../scenarios/builtin");
const referenceText = readFileSync(join(builtin, "reference.json"), "utf8");
const reference = JSON.parse(referenceText) as Record<string, unknown>;

/** Reads built-ins by name and in-memory files by path. */
function readerWith(files: Record<string, string> = {}): ScenarioReader {
  return (ref) => {
    if (ref in files) return { text: files[ref]!, file: ref };
    return { text: readFileSync(join(builtin, `${ref}.json`), "utf8"), file: `${ref}.json` };
  };
}

function errorOf(text: string, files: Record<string, string> = {}): InputError {
  return inputErrorOf(() => parseScenario(text, "my.json", readerWith(files)));
}

// biome-ignore lint/suspicious/noExplicitAny: the tests edit raw scenario JSON freely
type RawJson = Record<string, any>;

function variant(change: (s: RawJson) => void): string {
  const copy = structuredClone(reference) as RawJson;
  change(copy);
  return JSON.stringify(copy);
}

describe("parseScenario", () => {
  it("reads the reference scenario, converting human units to base units", () => {
    const { parsed } = parseScenario(referenceText, "reference.json", readerWith());
    expect(parsed.name).toBe("reference");
    expect(parsed.link.bandwidthBytesPerSecond).toBe(1.25e9);
    expect(parsed.link.rttSeconds).toBeCloseTo(0.004, 12);
    expect(parsed.migration.windowSeconds).toBe(72 * 3600);
    expect(parsed.targets.savingsFraction).toBeCloseTo(0.27, 12);
    expect(parsed.link.efficiencyFraction.value).toBeCloseTo(0.9, 12);
    expect(parsed.link.efficiencyFraction.low).toBeCloseTo(0.7, 12);
    expect(parsed.link.efficiencyFraction.source).toMatch(/FACTS\.md/);
  });

  it("reads maintenance windows as offsets and lengths in seconds (none: any time)", () => {
    expect(
      parseScenario(referenceText, "r.json", readerWith()).parsed.migration.maintenanceWindows,
    ).toEqual([]);
    const text = variant(
      (s) => (s.migration.maintenanceWindows = [{ start: "20 h", length: "8 h" }]),
    );
    const { parsed } = parseScenario(text, "w.json", readerWith());
    expect(parsed.migration.maintenanceWindows).toEqual([
      { startSeconds: 72_000, lengthSeconds: 28_800 },
    ]);
  });

  it("follows extends and lets the override win", () => {
    const text = JSON.stringify({
      extends: "reference",
      schemaVersion: 1,
      name: "slow",
      link: { bandwidth: "1 Gbit/s" },
    });
    const { parsed } = parseScenario(text, "slow.json", readerWith());
    expect(parsed.name).toBe("slow");
    expect(parsed.link.bandwidthBytesPerSecond).toBe(1.25e8);
    expect(parsed.link.rttSeconds).toBeCloseTo(0.004, 12);
  });

  it("names the field and the expected unit when a unit is wrong", () => {
    const error = errorOf(variant((s) => (s.link.rtt = "4 GiB")));
    expect(error.file).toBe("my.json");
    expect(error.field).toBe("link.rtt");
    expect(error.message).toMatch(/expected a duration such as "150 ms"/);
    expect(error.message).toMatch(/got "4 GiB"/);
  });

  it("suggests the known field for a typo", () => {
    const error = errorOf(variant((s) => (s.migration.maxConcurent = 4)));
    expect(error.field).toBe("migration.maxConcurent");
    expect(error.message).toMatch(/did you mean "maxConcurrent"/);
  });

  it("names the VM when a VM's field is wrong", () => {
    const error = errorOf(variant((s) => (s.inventory.vms[3].memory = "-8 GiB")));
    expect(error.field).toBe("inventory.vms[3] (shared-web-04).memory");
    expect(error.message).toMatch(
      /expected a size > 0 and ≤ 24 TiB \(the vSphere 8 maximum per VM\), got "-8 GiB"/,
    );
  });

  it("requires a source or an assumption on every sourced value", () => {
    const error = errorOf(variant((s) => delete s.costs.shared.perVcpuPerMonth.assumption));
    expect(error.field).toBe("costs.shared.perVcpuPerMonth");
    expect(error.message).toMatch(/exactly one of "source".*or "assumption"/);
  });

  it("refuses a value outside its low–high range", () => {
    const error = errorOf(variant((s) => (s.costs.shared.perVcpuPerMonth.low = 20)));
    expect(error.message).toMatch(/low ≤ value ≤ high/);
  });

  it("reports JSON syntax errors with line and column", () => {
    const error = errorOf('{\n  "name": "x",\n  "seed": 1,,\n}');
    expect(error.row).toBe(3);
    expect(error.message).toMatch(/^my\.json: row 3.*valid JSON \(line 3, column \d+\)/);
  });

  it("refuses an empty file and binary data", () => {
    expect(errorOf("  \n").message).toMatch(/got an empty file/);
    expect(errorOf("\u0000\u0001PK").message).toMatch(/got binary data/);
  });

  it("refuses a top-level value that is not an object", () => {
    expect(errorOf("[1, 2]").message).toMatch(/a JSON object at the top level, got a list/);
  });

  it("detects a cycle of extends", () => {
    const a = JSON.stringify({ extends: "b.json" });
    const b = JSON.stringify({ extends: "a.json" });
    const error = errorOf(a, { "a.json": a, "b.json": b });
    expect(error.message).toMatch(/no cycle of extends/);
  });

  it("refuses an unsupported schema version", () => {
    const error = errorOf(variant((s) => (s.schemaVersion = 2)));
    expect(error.field).toBe("schemaVersion");
  });
});
