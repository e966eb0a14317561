import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GIB, TIB } from "../../../models/units.ts";
import { parseScenario, type ScenarioReader } from "../../../scenarios/load/parseScenario.ts";
import {
  inRange,
  optionRangeText,
  PHYSICAL_RANGES,
  rangeText,
} from "../../../scenarios/schema/physicalRanges.ts";
import { inputErrorOf } from "../inputErrorOf.ts";

const builtin = join(import.meta.dirname, "../../../scenarios/builtin");
const read: ScenarioReader = (ref) => ({
  text: readFileSync(join(builtin, `${ref}.json`), "utf8"),
  file: `${ref}.json`,
});
const reference = JSON.parse(read("reference", "").text);

// biome-ignore lint/suspicious/noExplicitAny: the tests edit raw scenario JSON freely
type RawJson = Record<string, any>;

function messageOf(change: (s: RawJson) => void): string {
  const copy = structuredClone(reference) as RawJson;
  change(copy);
  return inputErrorOf(() => parseScenario(JSON.stringify(copy), "my.json", read)).message;
}

describe("PHYSICAL_RANGES", () => {
  it("gives every entry min ≤ max, a reason and a source (a citation or an assumption)", () => {
    for (const [name, range] of Object.entries(PHYSICAL_RANGES)) {
      expect(range.min <= range.max, name).toBe(true);
      expect(range.why.length, name).toBeGreaterThan(0);
      expect(range.source.length, name).toBeGreaterThan(10);
      if (range.why.includes("assumed")) expect(range.source, name).toMatch(/^assumption: /);
    }
  });

  it("keeps every bound finite, so that sums over 10^6 VMs and 30 years stay finite", () => {
    for (const [name, range] of Object.entries(PHYSICAL_RANGES)) {
      expect(Number.isFinite(range.min) && Number.isFinite(range.max), name).toBe(true);
      expect(Number.isFinite(range.max * 1e6 * 360), name).toBe(true);
    }
  });

  it("holds 24 TiB per VM and 1.6 Tbit/s per link", () => {
    expect(PHYSICAL_RANGES.vmMemoryBytes.max).toBe(24 * TIB);
    expect(PHYSICAL_RANGES.lineRate.max).toBe(1.6e12 / 8);
  });

  it("inRange(value, range) honours exclusive minima and whole numbers", () => {
    expect(inRange(0, PHYSICAL_RANGES.vmMemoryBytes)).toBe(false);
    expect(inRange(24 * TIB, PHYSICAL_RANGES.vmMemoryBytes)).toBe(true);
    expect(inRange(24 * TIB + 1, PHYSICAL_RANGES.vmMemoryBytes)).toBe(false);
    expect(inRange(1.5, PHYSICAL_RANGES.vmVcpus)).toBe(false);
    expect(inRange(Number.NaN, PHYSICAL_RANGES.fraction)).toBe(false);
  });

  it("says a range in file units and in a flag's units", () => {
    expect(rangeText(PHYSICAL_RANGES.vmMemoryBytes)).toBe(
      "> 0 and ≤ 24 TiB (the vSphere 8 maximum per VM)",
    );
    expect(optionRangeText(PHYSICAL_RANGES.vmMemoryBytes, GIB)).toBe(
      "a number > 0 and ≤ 24576 (24 TiB, the vSphere 8 maximum per VM)",
    );
    expect(optionRangeText(PHYSICAL_RANGES.precopyRounds)).toBe(
      "a whole number ≥ 1 and ≤ 1000 (an assumed bound)",
    );
  });
});

describe("scenario fields out of their physical range", () => {
  it("loads every built-in scenario (all within range)", () => {
    for (const file of readdirSync(builtin)) {
      const name = file.replace(/\.json$/, "");
      expect(() => parseScenario(read(name, "").text, file, read), file).not.toThrow();
    }
  });

  it("refuses a VM of 1e300 GiB, naming the field and the range", () => {
    expect(messageOf((s) => (s.inventory.vms[0].memory = "1e300 GiB"))).toBe(
      'my.json: field "inventory.vms[0] (shared-web-01).memory": expected a size > 0 and ≤ 24 TiB (the vSphere 8 maximum per VM), got "1e300 GiB"',
    );
  });

  it("refuses a bare number in base units past the range", () => {
    expect(messageOf((s) => (s.inventory.vms[0].memory = 1e300))).toMatch(
      /inventory\.vms\[0\] \(shared-web-01\)\.memory": expected a size > 0 and ≤ 24 TiB/,
    );
  });

  it("refuses 769 vCPUs and 1.5 vCPUs with the one range message", () => {
    const expected =
      "expected a whole number ≥ 1 and ≤ 768 (the vSphere 8 maximum per VM), got 769";
    expect(messageOf((s) => (s.inventory.vms[0].vcpu = 769))).toContain(expected);
    expect(messageOf((s) => (s.inventory.vms[0].vcpu = 1.5))).toMatch(
      /vcpu": expected a whole number ≥ 1 and ≤ 768 .*, got 1\.5$/,
    );
    expect(messageOf((s) => (s.inventory.vms[0].vcpu = 0))).toMatch(/got 0$/);
  });

  it("refuses a link faster than 1.6 Tbit/s", () => {
    expect(messageOf((s) => (s.link.bandwidth = "2 Tbit/s"))).toMatch(
      /field "link\.bandwidth": expected a rate ≥ 1 Mbit\/s and ≤ 1\.6 Tbit\/s \(the fastest Ethernet, IEEE 802\.3dj\), got "2 Tbit\/s"/,
    );
  });

  it("checks low and high of a sourced value against the same range", () => {
    expect(messageOf((s) => (s.costs.shared.perVcpuPerMonth.high = 1e15))).toMatch(
      /field "costs\.shared\.perVcpuPerMonth\.high": expected a number ≥ 0 and ≤ 10\^12/,
    );
    expect(messageOf((s) => (s.link.efficiency.low = "0 %"))).toMatch(
      /field "link\.efficiency\.low": expected a fraction ≥ 1 % and ≤ 100 % \(goodput cannot exceed the line rate\), got "0 %"/,
    );
  });

  it("refuses an overcommit of 0 vCPU per core (it would divide by zero)", () => {
    expect(messageOf((s) => (s.source.maxVcpuPerCore.value = 0))).toMatch(
      /field "source\.maxVcpuPerCore\.value": expected a number > 0 and ≤ 32 \(the vSphere 8 maximum of vCPUs per core\), got 0/,
    );
  });

  it("keeps negative seeds (RandomStreams takes any safe integer) and refuses 2^60", () => {
    const copy = structuredClone(reference) as RawJson;
    copy.seed = -5;
    expect(parseScenario(JSON.stringify(copy), "my.json", read).parsed.seed).toBe(-5);
    expect(messageOf((s) => (s.seed = 2 ** 60))).toMatch(/field "seed": expected a whole number/);
  });

  it("refuses a round cap of 10^9 (the pre-copy loop would run that long)", () => {
    expect(messageOf((s) => (s.migration.maxRounds = 1e9))).toMatch(
      /field "migration\.maxRounds": expected a whole number ≥ 1 and ≤ 1000/,
    );
  });
});
