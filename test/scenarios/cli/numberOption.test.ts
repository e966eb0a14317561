import { describe, expect, it } from "vitest";
import { GIB, MILLISECOND } from "../../../models/units.ts";
import { numberOption } from "../../../scenarios/cli/numberOption.ts";
import { UsageError } from "../../../scenarios/cli/UsageError.ts";
import { PHYSICAL_RANGES } from "../../../scenarios/schema/physicalRanges.ts";

const memory = (raw: string) =>
  numberOption({ "memory-gib": raw }, "memory-gib", PHYSICAL_RANGES.vmMemoryBytes, GIB);

describe("numberOption(values, flag, range, unit)", () => {
  it("reads a number in the flag's unit, up to the bound exactly", () => {
    expect(memory("8")).toBe(8);
    expect(memory("24576")).toBe(24_576);
    expect(
      numberOption({ "rtt-ms": "10000" }, "rtt-ms", PHYSICAL_RANGES.rttSeconds, MILLISECOND),
    ).toBe(10_000);
    expect(numberOption({}, "rtt-ms", PHYSICAL_RANGES.rttSeconds, MILLISECOND)).toBeUndefined();
  });

  it("refuses 1e300 GiB, naming the flag and the range with its source", () => {
    expect(() => memory("1e300")).toThrow(
      '--memory-gib: expected a number > 0 and ≤ 24576 (24 TiB, the vSphere 8 maximum per VM), got "1e300"',
    );
  });

  it("refuses what is not a plain decimal number", () => {
    for (const raw of ["", " ", "x", "0x10", "Infinity", "NaN", "1,5", "8GiB"]) {
      expect(() => memory(raw), raw).toThrow(UsageError);
    }
  });

  it("refuses a fraction where a whole number is expected", () => {
    expect(() => numberOption({ runs: "2.5" }, "runs", PHYSICAL_RANGES.replications)).toThrow(
      /--runs: expected a whole number ≥ 1 and ≤ 10000000/,
    );
  });
});
