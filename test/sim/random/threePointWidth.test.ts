import { describe, expect, it } from "vitest";
import { threePointWidth } from "../../../sim/random/threePointWidth.ts";

describe("threePointWidth(distribution, min, mode, max)", () => {
  it("returns max − min for a valid three-point estimate, including a degenerate one", () => {
    expect(threePointWidth("pert", 1, 2, 5)).toBe(4);
    expect(threePointWidth("pert", 3, 3, 3)).toBe(0);
  });

  it("names the distribution and the three values when the estimate is invalid", () => {
    expect(() => threePointWidth("pert", 3, 1, 2)).toThrow(/^pert: .*min 3, mode 1, max 2$/);
    expect(() => threePointWidth("x", -Number.MAX_VALUE, 0, Number.MAX_VALUE)).toThrow(RangeError);
  });
});
