import * as u from "../models/units.ts";

/** The dimensions a scenario file may write with units, and their base units. */
export type Dimension = "bytes" | "seconds" | "bytesPerSecond" | "hertz" | "fraction";

/** Unit symbols accepted per dimension, with their factor to the base unit. */
export const UNITS: Readonly<Record<Dimension, Readonly<Record<string, number>>>> = {
  bytes: {
    B: 1,
    KiB: u.KIB,
    MiB: u.MIB,
    GiB: u.GIB,
    TiB: u.TIB,
    PiB: u.PIB,
    kB: u.KB,
    KB: u.KB,
    MB: u.MB,
    GB: u.GB,
    TB: u.TB,
    PB: u.PB,
  },
  seconds: {
    ms: u.MILLISECOND,
    s: 1,
    min: u.MINUTE,
    h: u.HOUR,
    d: u.DAY,
    wk: u.WEEK,
    mo: u.MONTH,
    y: u.YEAR,
  },
  bytesPerSecond: {
    "B/s": 1,
    "KiB/s": u.KIB,
    "MiB/s": u.MIB,
    "GiB/s": u.GIB,
    "kB/s": u.KB,
    "MB/s": u.MB,
    "GB/s": u.GB,
    "bit/s": u.BIT_PER_SECOND,
    "kbit/s": 1e3 * u.BIT_PER_SECOND,
    "Mbit/s": u.MBIT_PER_SECOND,
    "Gbit/s": u.GBIT_PER_SECOND,
    "Tbit/s": 1e12 * u.BIT_PER_SECOND,
    Mbps: u.MBIT_PER_SECOND,
    Gbps: u.GBIT_PER_SECOND,
  },
  hertz: { Hz: 1, kHz: 1e3, MHz: u.MHZ, GHz: u.GHZ },
  fraction: { "%": u.PERCENT, "": 1 },
};

const QUANTITY = /^\s*([+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?)\s*([A-Za-z%/]*)\s*$/;

/** The result of {@link parseQuantity}: a value in base units, or what went wrong. */
export type ParsedQuantity = { ok: true; value: number } | { ok: false; expected: string };

/**
 * Reads a human quantity ("8 GiB", "10 Gbit/s", "150 ms", "27 %", "2.2 GHz") into its base
 * unit (bytes, bytes per second, seconds, Hz, fraction). A bare number is taken as already in
 * the base unit. A decimal comma is accepted ("2,5 GHz").
 *
 * @returns `{ ok: true, value }`, or `{ ok: false, expected }` saying what would have been valid
 * @example
 * parseQuantity("10 Gbit/s", "bytesPerSecond") // { ok: true, value: 1.25e9 }
 * parseQuantity("8 GB", "seconds") // { ok: false, expected: "a duration such as …" }
 */
export function parseQuantity(text: string | number, dimension: Dimension): ParsedQuantity {
  if (typeof text === "number") {
    return Number.isFinite(text)
      ? { ok: true, value: text }
      : { ok: false, expected: describe(dimension) };
  }
  const match = QUANTITY.exec(text);
  const factor = match === null ? undefined : UNITS[dimension][match[2]!];
  if (match === null || factor === undefined) return { ok: false, expected: describe(dimension) };
  const value = Number(match[1]!.replace(",", ".")) * factor;
  return Number.isFinite(value)
    ? { ok: true, value }
    : { ok: false, expected: describe(dimension) };
}

const EXAMPLES: Record<Dimension, string> = {
  bytes: '"8 GiB"',
  seconds: '"150 ms"',
  bytesPerSecond: '"10 Gbit/s"',
  hertz: '"2.2 GHz"',
  fraction: '"27 %"',
};

const NAMES: Record<Dimension, string> = {
  bytes: "a size",
  seconds: "a duration",
  bytesPerSecond: "a rate",
  hertz: "a frequency",
  fraction: "a fraction",
};

/** What a quantity of this dimension should look like, for error messages. */
export function describe(dimension: Dimension): string {
  const units = Object.keys(UNITS[dimension]).filter((k) => k !== "");
  return `${NAMES[dimension]} such as ${EXAMPLES[dimension]} (units: ${units.join(", ")})`;
}
