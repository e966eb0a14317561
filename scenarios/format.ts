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

/** "60 ms", "8.4 s", "12 min", "71.5 h", "3.2 d". */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return seconds > 0 ? "∞" : "—";
  const abs = Math.abs(seconds);
  if (abs < 1) return `${round(seconds * 1000)} ms`;
  if (abs < 2 * MINUTE) return `${round(seconds)} s`;
  if (abs < 2 * HOUR) return `${round(seconds / MINUTE)} min`;
  if (abs < 4 * DAY) return `${round(seconds / HOUR)} h`;
  return `${round(seconds / DAY)} d`;
}

/** "27.5 %". */
export function formatPercent(fraction: number, digits = 1): string {
  // an unbounded share (demand on no capacity at all) reads as ∞, never "Infinity %"
  if (!Number.isFinite(fraction))
    return Number.isNaN(fraction) ? "—" : fraction > 0 ? "∞ %" : "−∞ %";
  return `${(fraction * 100).toFixed(digits)} %`;
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

/** Three significant digits, without trailing zeros. */
function round(value: number): string {
  if (value === 0) return "0";
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return String(Number(value.toFixed(digits)));
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
  if (unit === "ms") return `${value.toFixed(value < 10 ? 1 : 0)} ms`;
  if (unit === "months") return `${Number(value.toFixed(1))} months`;
  if (unit === "fraction") return formatPercent(value);
  if (unit === "boolean") return value === 1 ? "yes" : "no";
  if (unit === "Hz") return `${Number((value / 1e9).toFixed(2))} GHz`;
  if (unit === "count" || unit === "") return Number(value.toPrecision(6)).toLocaleString("en-GB");
  const money = /^([A-Z]{3})(\/(month|year))?$/.exec(unit);
  if (money !== null) return `${formatMoney(value, money[1]!)}${money[2] ?? ""}`;
  return `${Number(value.toPrecision(6))} ${unit}`;
}
