import { describe, expect, it } from "vitest";
import { jsonExcerpt } from "../../../scenarios/load/jsonExcerpt.ts";

describe("jsonExcerpt(value, maxChars)", () => {
  it("writes a short value as JSON.stringify does", () => {
    for (const value of [{ a: [1, "x", null, true] }, [], {}, "é\n", 1e308, -0.5, null]) {
      expect(jsonExcerpt(value, 60)).toBe(JSON.stringify(value));
    }
    expect(jsonExcerpt(Number.NaN, 60)).toBe("null");
    expect(jsonExcerpt(undefined, 60)).toBe("undefined");
  });

  it("cuts a long value at maxChars with …", () => {
    expect(jsonExcerpt(Array(1_000_000).fill(0), 8)).toBe("[0,0,0,0…");
    expect(jsonExcerpt("y".repeat(1_000_000), 5)).toBe('"yyyy…');
    expect(jsonExcerpt({ ["k".repeat(1000)]: 1 }, 6)).toBe('{"kkkk…');
  });

  it("writes a value nested 10^6 deep without overflowing the stack", () => {
    let deep: unknown = {};
    for (let i = 0; i < 1_000_000; i++) deep = { a: deep };
    expect(jsonExcerpt(deep, 12)).toBe('{"a":{"a":{"…');
  });
});
