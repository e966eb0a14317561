import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GBIT_PER_SECOND } from "../../../models/units.ts";
import { formatKnobValue, parseKnobInput } from "../../../web/whatIf/parseKnobInput.ts";
import { WHAT_IF_KNOBS, type WhatIfKnobId } from "../../../web/whatIf/whatIfKnobs.ts";

const knob = (id: WhatIfKnobId) => WHAT_IF_KNOBS.find((k) => k.id === id)!;

describe("parseKnobInput(knob, text)", () => {
  it("reads the link speed in Gbit/s as bytes per second", () => {
    expect(parseKnobInput(knob("linkBandwidth"), "1")).toEqual({ value: 125_000_000 });
    expect(parseKnobInput(knob("linkBandwidth"), " 2.5 ")).toEqual({
      value: 2.5 * GBIT_PER_SECOND,
    });
  });

  it.each([
    ["linkBandwidth", "0", 'Inter-site link speed: expected a number > 0, got "0"'],
    ["linkBandwidth", "", 'Inter-site link speed: expected a number > 0, got ""'],
    ["linkBandwidth", "fast", 'Inter-site link speed: expected a number > 0, got "fast"'],
    ["maxConcurrent", "2.5", 'Max concurrent migrations: expected a whole number ≥ 1, got "2.5"'],
    ["maxConcurrent", "0", 'Max concurrent migrations: expected a whole number ≥ 1, got "0"'],
    ["perVcpuPerMonth", "-1", 'Shared platform price per vCPU: expected a number ≥ 0, got "-1"'],
  ] as const)("rejects %s = %j, saying what was expected", (id, text, error) => {
    expect(parseKnobInput(knob(id), text)).toEqual({ error });
  });

  it("accepts zero where zero is valid (a free licence, no growth)", () => {
    expect(parseKnobInput(knob("pricePerCorePerYear"), "0")).toEqual({ value: 0 });
    expect(parseKnobInput(knob("growthVmsPerYearMax"), "0")).toEqual({ value: 0 });
  });
});

describe("formatKnobValue(knob, value)", () => {
  it("shows base units in the knob's unit", () => {
    expect(formatKnobValue(knob("linkBandwidth"), 1.25e9)).toBe("10");
    expect(formatKnobValue(knob("linkBandwidth"), 125e6)).toBe("1");
    expect(formatKnobValue(knob("maxConcurrent"), 8)).toBe("8");
  });

  it("round-trips through parseKnobInput within 6 significant digits (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 1000, noNaN: true }), (gbits) => {
        const k = knob("linkBandwidth");
        const parsed = parseKnobInput(k, formatKnobValue(k, gbits * GBIT_PER_SECOND));
        if (!("value" in parsed)) throw new Error(parsed.error);
        expect(Math.abs(parsed.value / (gbits * GBIT_PER_SECOND) - 1)).toBeLessThan(1e-5);
      }),
    );
  });
});
