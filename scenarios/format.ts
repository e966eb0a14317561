import { DAY, GIB, HOUR, KIB, MIB, MINUTE, PIB, TIB } from "../models/units.ts";

/**
 * Display formats, one per dimension, in the human units scenario files use: sizes in binary
 * units (GiB, TiB), network rates in decimal bits (Gbit/s), durations in ms / s / min / h / d,
 * fractions in %, money with the scenario's currency. Used by the command line and the report.
 */

/** "8.0 GiB", "4.39 TiB", "512 MiB". */
export function formatBytes(bytes: number): string {
  const units: [number, string][] = [
    [PIB, "PiB"],
    [TIB, "TiB"],
    [GIB, "GiB"],
    [MIB, "MiB"],
    [KIB, "KiB"],
  ];
  for (const [size, unit] of units)
    if (Math.abs(bytes) >= size) return `${round(bytes / size)} ${unit}`;
  return `${round(bytes)} B`;
}

/** A rate in bytes per second as bits: "10 Gbit/s", "250 Mbit/s". */
export function formatRate(bytesPerSecond: number): string {
  const bits = bytesPerSecond * 8;
  const units: [number, string][] = [
    [1e12, "Tbit/s"],
    [1e9, "Gbit/s"],
    [1e6, "Mbit/s"],
    [1e3, "kbit/s"],
  ];
  for (const [size, unit] of units)
    if (Math.abs(bits) >= size) return `${round(bits / size)} ${unit}`;
  return `${round(bits)} bit/s`;
}

/** The units durations are shown in, and their size in seconds. */
export type DurationUnit = "ms" | "s" | "min" | "h" | "d";

const DURATION_SECONDS: Record<DurationUnit, number> = {
  ms: 1e-3,
  s: 1,
  min: MINUTE,
  h: HOUR,
  d: DAY,
};

/**
 * The unit a duration is shown in, by magnitude alone: ms under 1 s, s under 2 min, min under
 * 2 h, h under 7 days (so a 108 h plan beside a 72 h limit reads "108 h", never "4.51 d"), d
 * beyond. Durations compared on one line or in one column use the unit of one of them (see
 * formatDurationIn).
 */
export function durationUnit(seconds: number): DurationUnit {
  const abs = Math.abs(seconds);
  if (abs < 1) return "ms";
  if (abs < 2 * MINUTE) return "s";
  if (abs < 2 * HOUR) return "min";
  if (abs < 7 * DAY) return "h";
  return "d";
}

/** A duration in a given unit: formatDurationIn(5400, "h") // "1.5 h". */
export function formatDurationIn(seconds: number, unit: DurationUnit): string {
  if (!Number.isFinite(seconds)) return seconds > 0 ? "∞" : "—";
  return `${round(seconds / DURATION_SECONDS[unit])} ${unit}`;
}

/** "60 ms", "8.4 s", "12 min", "71.5 h", "108 h", "12.3 d" (unit by magnitude: durationUnit). */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return seconds > 0 ? "∞" : "—";
  return formatDurationIn(seconds, durationUnit(seconds));
}

/**
 * "27.5 %", "1,250.0 %"; a share too small to show at `digits` decimals but not 0 reads
 * "< 0.1 %" (never "0.0 %" for a risk that exists, never "5.9e-7 %").
 */
export function formatPercent(fraction: number, digits = 1): string {
  // an unbounded share (demand on no capacity at all) reads as ∞, never "Infinity %"
  if (!Number.isFinite(fraction))
    return Number.isNaN(fraction) ? "—" : fraction > 0 ? "∞ %" : "−∞ %";
  // below 1e-12 is floating-point noise (a Wilson bound of 0 computes as 6.9e-18), not a risk
  const percent = Math.abs(fraction) < 1e-12 ? 0 : fraction * 100;
  const smallest = 10 ** -digits;
  if (percent !== 0 && Math.abs(percent) < smallest / 2)
    return `${percent < 0 ? "> −" : "< "}${smallest.toFixed(digits)} %`;
  const text = Math.abs(percent).toLocaleString("en-GB", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return `${percent < 0 && Number(text.replaceAll(",", "")) !== 0 ? "−" : ""}${text} %`;
}

/**
 * A share that is usually tiny (CPU ready per vCPU): two significant figures down to 0.001 %,
 * "< 0.001 %" below it — never an exponent such as "5.9e-7 %".
 * @example formatSmallPercent(0.000047) // "0.0047 %"; formatSmallPercent(5.9e-9) // "< 0.001 %"
 */
export function formatSmallPercent(fraction: number): string {
  if (!Number.isFinite(fraction)) return formatPercent(fraction);
  const percent = fraction * 100;
  if (percent === 0) return "0 %";
  if (Math.abs(percent) < 0.001) return percent < 0 ? "> −0.001 %" : "< 0.001 %";
  if (Math.abs(percent) >= 10) return formatPercent(fraction);
  return `${Number(percent.toPrecision(2)).toLocaleString("en-GB", { maximumFractionDigits: 6 })} %`;
}

/** "€4,130" style amounts: thousands separators, no decimals above 100. */
export function formatMoney(amount: number, currency: string): string {
  const digits = Math.abs(amount) >= 100 ? 0 : 2;
  const text = Math.abs(amount).toLocaleString("en-GB", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return `${amount < 0 ? "−" : ""}${text} ${currency}`;
}

/**
 * A plain number for reading: three significant digits below 1,000 (no trailing zeros, never
 * an exponent: 0.000123, 12.3, 123), whole numbers with thousands separators from 1,000
 * ("5,660"). The one number format of the command line and the report.
 * @example formatNumber(5659.859375) // "5,660"
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return Number.isNaN(value) ? "—" : value > 0 ? "∞" : "−∞";
  if (value === 0) return "0";
  const text =
    Math.abs(value) >= 1000
      ? Math.abs(value).toLocaleString("en-GB", { maximumFractionDigits: 0 })
      : Math.abs(value).toLocaleString("en-GB", {
          maximumSignificantDigits: 3,
          maximumFractionDigits: 20,
        });
  return `${value < 0 && text !== "0" ? "-" : ""}${text}`;
}

function round(value: number): string {
  return formatNumber(value);
}

/** "1 month", "2.5 months": a count with its noun, singular for exactly one. */
export function formatCount(value: number, singular: string, plural = `${singular}s`): string {
  const text = formatNumber(value);
  return `${text} ${text === "1" ? singular : plural}`;
}

/**
 * A value in a result's base unit (the `unit` of targets and assumptions), shown in the units
 * of DESIGN.md: "B" as GiB/TiB, "B/s" as bit/s, "s" as ms…h, "fraction" as %, "boolean" as
 * yes/no, "EUR/month" as money.
 * @example formatWithUnit(1.25e9, "B/s") // "10 Gbit/s"
 */
export function formatWithUnit(value: number, unit: string): string {
  if (!Number.isFinite(value)) return value > 0 ? "∞" : "—";
  if (unit === "B") return formatBytes(value);
  if (unit === "B/s") return formatRate(value);
  if (unit === "s") return formatDuration(value);
  if (unit === "ms") return `${round(value)} ms`;
  if (unit === "months") return formatCount(value, "month");
  if (unit === "fraction") return formatPercent(value);
  if (unit === "boolean") return value === 1 ? "yes" : "no";
  if (unit === "Hz") return `${Number((value / 1e9).toFixed(2))} GHz`;
  if (unit === "count" || unit === "")
    return Number(value.toPrecision(6)).toLocaleString("en-GB", { maximumFractionDigits: 20 });
  const money = /^([A-Z]{3})(\/(month|year))?$/.exec(unit);
  if (money !== null) return `${formatMoney(value, money[1]!)}${money[2] ?? ""}`;
  return `${round(value)} ${unit}`;
}
