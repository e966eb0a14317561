import { describe, expect, it } from "vitest";
import {
  CATEGORICAL,
  OVER_COLOR,
  sequentialColor,
  seriesColor,
} from "../../../web/charts/palette.ts";

describe("the report's palette", () => {
  it("gives twelve series twelve different colours and refuses a thirteenth", () => {
    const colors = Array.from({ length: 12 }, (_, i) => seriesColor(i));
    expect(new Set(colors).size).toBe(12);
    expect(new Set<string>(CATEGORICAL).has(OVER_COLOR)).toBe(false);
    expect(() => seriesColor(12)).toThrow(/group the smallest series/);
  });

  it("shows a value over its limit in the alarm colour, never as the scale's darkest", () => {
    expect(sequentialColor(3.24, 1, 1)).toEqual({ color: OVER_COLOR, over: true });
    const full = sequentialColor(1, 1, 1);
    expect(full.over).toBe(false);
    expect(full.color).not.toBe(OVER_COLOR);
    expect(sequentialColor(0, 1).color).not.toBe(sequentialColor(1, 1).color);
  });
});
