import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GIB, MILLISECOND, TIB } from "../../models/units.ts";
import { type Dimension, parseQuantity, UNITS } from "../../scenarios/quantity.ts";

describe("parseQuantity(text, dimension)", () => {
  it.each([
    ["8 GiB", "bytes", 8 * GIB],
    ["1.5 TiB", "bytes", 1.5 * TIB],
    ["128 GB", "bytes", 128e9],
    ["10 Gbit/s", "bytesPerSecond", 1.25e9],
    ["250 Mbit/s", "bytesPerSecond", 31.25e6],
    ["100 MB/s", "bytesPerSecond", 1e8],
    ["150 ms", "seconds", 150 * MILLISECOND],
    ["72 h", "seconds", 259_200],
    ["2.2 GHz", "hertz", 2.2e9],
    ["2,5 GHz", "hertz", 2.5e9],
    ["27 %", "fraction", 0.27],
    ["0.27", "fraction", 0.27],
  ] as [string, Dimension, number][])("reads %s as a %s", (text, dimension, expected) => {
    const parsed = parseQuantity(text, dimension);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.value).toBeCloseTo(expected, 6);
  });

  it("takes a bare number as already in the base unit", () => {
    expect(parseQuantity(1024, "bytes")).toEqual({ ok: true, value: 1024 });
  });

  it("refuses an unknown unit or a unit of another dimension, saying what is expected", () => {
    const wrong = parseQuantity("8 GiB", "seconds");
    expect(wrong.ok).toBe(false);
    if (!wrong.ok)
      expect(wrong.expected).toMatch(/^a duration such as "150 ms" \(units: ms, s, min, h/);
    expect(parseQuantity("8 gigs", "bytes").ok).toBe(false);
    expect(parseQuantity("eight GiB", "bytes").ok).toBe(false);
    expect(parseQuantity(Number.NaN, "bytes").ok).toBe(false);
  });

  it("every unit of every dimension round-trips: n unit → n × factor", () => {
    const pairs = (Object.keys(UNITS) as Dimension[]).flatMap((d) =>
      Object.entries(UNITS[d])
        .filter(([unit]) => unit !== "")
        .map(([unit, factor]) => [d, unit, factor] as const),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...pairs),
        fc.integer({ min: 0, max: 1_000_000 }),
        ([d, unit, factor], n) => {
          const parsed = parseQuantity(`${n} ${unit}`, d);
          expect(parsed).toEqual({ ok: true, value: n * factor });
        },
      ),
    );
  });
});
