import { describe, expect, it } from "vitest";
import {
  durationUnit,
  formatBytes,
  formatCount,
  formatDuration,
  formatDurationIn,
  formatMoney,
  formatNumber,
  formatPercent,
  formatSmallPercent,
  formatWithUnit,
} from "../../scenarios/format.ts";

describe("the one number format (scenarios/format.ts)", () => {
  it("shows three significant figures below 1,000 and whole numbers with separators above", () => {
    expect(formatNumber(5659.859375)).toBe("5,660");
    expect(formatNumber(1234567.8)).toBe("1,234,568");
    expect(formatNumber(61.63)).toBe("61.6");
    expect(formatNumber(0.000123456)).toBe("0.000123");
    expect(formatNumber(5.9e-7)).toBe("0.00000059");
    expect(formatNumber(-12.345)).toBe("-12.3");
    expect(formatNumber(0)).toBe("0");
  });

  it("never writes an exponent or float noise in a percentage", () => {
    expect(formatPercent(5.9e-9)).toBe("< 0.1 %");
    expect(formatPercent(6.938893903907228e-18)).toBe("0.0 %");
    expect(formatPercent(0.525)).toBe("52.5 %");
    expect(formatPercent(12.5)).toBe("1,250.0 %");
    expect(formatPercent(-0.1)).toBe("−10.0 %");
  });

  it("picks a duration's unit by magnitude alone: hours up to a week, never 4.51 d beside 72 h", () => {
    expect(formatDuration(0.53)).toBe("530 ms");
    expect(formatDuration(72 * 3600)).toBe("72 h");
    expect(formatDuration(108.3 * 3600)).toBe("108 h");
    expect(formatDuration(10 * 86400)).toBe("10 d");
    expect(durationUnit(90)).toBe("s");
    expect(formatDurationIn(0.53, "s")).toBe("0.53 s");
    expect(formatDurationIn(5400, "h")).toBe("1.5 h");
  });

  it("says 1 month, not 1 months, and keeps storage in binary units", () => {
    expect(formatWithUnit(1, "months")).toBe("1 month");
    expect(formatWithUnit(2.5, "months")).toBe("2.5 months");
    expect(formatCount(1, "year")).toBe("1 year");
    expect(formatBytes(5659.859375 * 2 ** 30)).toBe("5.53 TiB");
    expect(formatBytes(4500 * 2 ** 30)).toBe("4.39 TiB");
    expect(formatWithUnit(61.63, "ms")).toBe("61.6 ms");
    expect(formatMoney(4130.4, "EUR")).toBe("4,130 EUR");
    expect(formatWithUnit(1500, "EUR/month")).toBe("1,500 EUR/month");
  });
});

describe("formatSmallPercent", () => {
  it("gives two significant figures down to 0.001 %, never an exponent", () => {
    expect(formatSmallPercent(0.000047)).toBe("0.0047 %");
    expect(formatSmallPercent(5.9e-9)).toBe("< 0.001 %");
    expect(formatSmallPercent(0)).toBe("0 %");
    expect(formatSmallPercent(0.034)).toBe("3.4 %");
    expect(formatSmallPercent(0.25)).toBe("25.0 %");
  });
});
