import { describe, expect, it } from "vitest";
import { parseNumber } from "../../../scenarios/inventory/parseNumber.ts";

describe("parseNumber(text, decimalSeparator)", () => {
  for (const [text, value] of [
    ["1234.5", 1234.5],
    ["-3", -3],
    ["+7", 7],
    [".5", 0.5],
    ["2.", 2],
    ["1e6", 1e6],
    ["8.192E+3", 8192],
  ] as const) {
    it(`reads "${text}" as ${value} with a decimal point`, () => {
      expect(parseNumber(text, ".")).toEqual({ ok: true, value });
    });
  }

  for (const text of ["1,234", "1 234", "4 GB", "12abc", "", "0x10", "Infinity", "NaN", "1e999"]) {
    it(`refuses "${text}" with a decimal point`, () => {
      expect(parseNumber(text, ".").ok).toBe(false);
    });
  }

  for (const [text, value] of [
    ["1234,5", 1234.5],
    ["1234", 1234],
    ["-0,25", -0.25],
    ["1.234,5", 1234.5],
    ["1.234.567,25", 1234567.25],
    ["1.234.567", 1234567],
    ["1 234,5", 1234.5],
    ["1\u00a0234\u00a0567", 1234567],
    ["1\u202f234,5", 1234.5],
    ["1234.5", 1234.5],
    ["0.25", 0.25],
  ] as const) {
    it(`reads "${text}" as ${value} with a decimal comma`, () => {
      expect(parseNumber(text, ",")).toEqual({ ok: true, value });
    });
  }

  it('refuses "1.234" with a decimal comma as ambiguous (a thousands dot or a decimal point?)', () => {
    const parsed = parseNumber("1.234", ",");
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? "" : parsed.hint).toMatch(/ambiguous/);
  });

  for (const text of ["1,234,5", "12.34,5", "1.2345,5", "1 23,5", "4 GB", "1,2e3"]) {
    it(`refuses "${text}" with a decimal comma`, () => {
      expect(parseNumber(text, ",").ok).toBe(false);
    });
  }
});
