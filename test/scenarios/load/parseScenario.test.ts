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

  it("quotes a short cut of an extends that is a huge list or object (found by the fuzz suite: 7–28 KB messages)", () => {
    const list = JSON.stringify({ extends: Array(10_000).fill("reference") });
    expect(errorOf(list).message).toBe(
      'my.json: field "extends": expected a built-in scenario name or a path, got ["reference","reference","reference","reference","reference"…',
    );
    const object = JSON.stringify({ extends: { ["k".repeat(10_000)]: 1 } });
    expect(errorOf(object).message).toBe(
      `my.json: field "extends": expected a built-in scenario name or a path, got {"${"k".repeat(58)}…`,
    );
  });

  it("refuses an extends nested 5,000 deep by its depth, before anything recursive walks it (found by the fuzz suite: a stack overflow)", () => {
    const text = `{"extends": ${"[".repeat(5_000)}${"]".repeat(5_000)}}`;
    expect(errorOf(text).message).toBe(
      'my.json: row 1: expected JSON nested at most 64 levels deep (line 1, column 76), got "[[[[[[[[[[[[[[[[[[[[[[[[…" nesting deeper than 64 levels',
    );
  });

  it("reports in one line a file extended that is not JSON (found by the fuzz suite: /etc/hostname gave V8's message with its newline)", () => {
    const error = errorOf(JSON.stringify({ extends: "hostname" }), { hostname: "vm\n" });
    expect(error.message).toBe(
      'hostname: row 1: expected valid JSON (line 1, column 1), got "vm\\n" where a value was expected',
    );
  });

  it("follows a chain of 2,000 extends without recursion", () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 2_000; i++)
      files[`f${i}.json`] = JSON.stringify({
        extends: i === 1_999 ? "reference" : `f${i + 1}.json`,
      });
    const { parsed } = parseScenario(files["f0.json"]!, "f0.json", readerWith(files));
    expect(parsed.name).toBe("reference");
  });

  it("merges an extends chain with the nearest file winning", () => {
    const files = {
      "mid.json": JSON.stringify({ extends: "reference", name: "mid", seed: 5 }),
    };
    const { parsed } = parseScenario(
      JSON.stringify({ extends: "mid.json", name: "top" }),
      "top.json",
      readerWith(files),
    );
    expect([parsed.name, parsed.seed]).toEqual(["top", 5]);
  });

  it("names the file that closes a cycle of extends", () => {
    const a = JSON.stringify({ extends: "b.json" });
    const b = JSON.stringify({ extends: "a.json" });
    expect(errorOf(a, { "a.json": a, "b.json": b }).message).toBe(
      'b.json: field "extends": expected no cycle of extends, got my.json → b.json → a.json → b.json',
    );
  });

  it("quotes a short cut of a huge wrong value in a schema error", () => {
    const error = errorOf(variant((s) => (s.seed = Array(100_000).fill(1))));
    expect(error.message).toBe(
      `my.json: field "seed": expected a number, got [${"1,".repeat(29)}1…`,
    );
  });
});
