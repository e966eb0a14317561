import {
  formatBytes,
  formatDuration,
  formatMoney,
  formatPercent,
  formatRate,
} from "../../scenarios/format.ts";

/**
 * A value in the result's base unit, as the report shows it (DESIGN.md units): bytes in GiB/TiB,
 * rates in bit/s, durations in ms…h, fractions in %, money with its currency.
 * @example formatValue(1.25e9, "B/s") // "10 Gbit/s"
 */
export function formatValue(value: number, unit: string): string {
  if (!Number.isFinite(value)) return value > 0 ? "∞" : "—";
  if (unit === "B") return formatBytes(value);
  if (unit === "B/s") return formatRate(value);
  if (unit === "s") return formatDuration(value);
  if (unit === "ms") return `${value.toFixed(value < 10 ? 1 : 0)} ms`;
  if (unit === "fraction") return formatPercent(value);
  if (unit === "boolean") return value === 1 ? "yes" : "no";
  if (unit === "Hz") return `${Number((value / 1e9).toFixed(2))} GHz`;
  if (unit === "count" || unit === "") return Number(value.toPrecision(6)).toLocaleString("en-GB");
  const money = /^([A-Z]{3})(\/(month|year))?$/.exec(unit);
  if (money !== null) return `${formatMoney(value, money[1]!)}${money[2] ?? ""}`;
  return `${Number(value.toPrecision(6))} ${unit}`;
}
