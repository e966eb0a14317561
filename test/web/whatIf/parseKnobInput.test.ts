import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GBIT_PER_SECOND } from "../../../models/units.ts";
import { PHYSICAL_RANGES } from "../../../scenarios/schema/physicalRanges.ts";
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
    [
      "linkBandwidth",
      "0",
      'Inter-site link speed: expected a number ≥ 0.001 Gbit/s and ≤ 1,600 Gbit/s (1.6 Tbit/s, the fastest Ethernet, IEEE 802.3dj), got "0"',
    ],
    [
      "linkBandwidth",
      "",
      'Inter-site link speed: expected a number ≥ 0.001 Gbit/s and ≤ 1,600 Gbit/s (1.6 Tbit/s, the fastest Ethernet, IEEE 802.3dj), got ""',
    ],
    [
      "linkBandwidth",
      "fast",
      'Inter-site link speed: expected a number ≥ 0.001 Gbit/s and ≤ 1,600 Gbit/s (1.6 Tbit/s, the fastest Ethernet, IEEE 802.3dj), got "fast"',
    ],
    [
      "linkBandwidth",
      "1e9",
      'Inter-site link speed: expected a number ≥ 0.001 Gbit/s and ≤ 1,600 Gbit/s (1.6 Tbit/s, the fastest Ethernet, IEEE 802.3dj), got "1e9"',
    ],
    [
      "maxConcurrent",
      "2.5",
      'Max concurrent migrations: expected a whole number ≥ 1 and ≤ 1,000,000 (more VMs than Cutover is built for), got "2.5"',
    ],
    [
      "maxConcurrent",
      "0",
      'Max concurrent migrations: expected a whole number ≥ 1 and ≤ 1,000,000 (more VMs than Cutover is built for), got "0"',
    ],
    [
      "perVcpuPerMonth",
      "-1",
      'Shared platform price per vCPU: expected a number ≥ 0 and ≤ 1,000,000,000,000 (10^12, an assumed bound on one price), got "-1"',
    ],
    [
      "growthVmsPerYearMax",
      "2000000",
      'Growth, most new VMs per year: expected a whole number ≥ 0 and ≤ 1,000,000 (more VMs than Cutover is built for), got "2000000"',
    ],
  ] as const)("rejects %s = %j, naming the physical range", (id, text, error) => {
    expect(parseKnobInput(knob(id), text)).toEqual({ error });
  });

  it("takes the bounds of scenario files (PHYSICAL_RANGES): both ends accepted, beyond refused", () => {
    const link = knob("linkBandwidth");
    expect(link.range).toBe(PHYSICAL_RANGES.lineRate);
    expect(parseKnobInput(link, "1600")).toEqual({ value: PHYSICAL_RANGES.lineRate.max });
    expect(parseKnobInput(link, "0.001")).toEqual({ value: PHYSICAL_RANGES.lineRate.min });
    expect("error" in parseKnobInput(link, "1600.001")).toBe(true);
    expect("error" in parseKnobInput(link, "0.0009")).toBe(true);
    expect(knob("maxConcurrent").range).toBe(PHYSICAL_RANGES.concurrentMigrations);
    expect(knob("pricePerCorePerYear").range).toBe(PHYSICAL_RANGES.price);
    expect(knob("perVcpuPerMonth").range).toBe(PHYSICAL_RANGES.price);
    expect(knob("growthVmsPerYearMin").range).toBe(PHYSICAL_RANGES.vmCount);
  });

  it("accepts every value in range and refuses every value above it (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...WHAT_IF_KNOBS),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (k, t) => {
          const shown = k.integer
            ? Math.round(k.min + t * (k.max - k.min))
            : Math.max(k.min, t * k.max);
          const parsed = parseKnobInput(k, String(shown));
          if (k.exclusiveMin && shown <= k.min) return;
          expect("value" in parsed).toBe(true);
          expect("error" in parseKnobInput(k, String(k.max * 1.01 + 1))).toBe(true);
        },
      ),
    );
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
