import { InputError } from "../inventory/InputError.ts";
import type { Sourced } from "../schema/sourced.ts";

/**
 * Converts every sourced price given in another currency into the scenario's, using the
 * scenario's exchange rates (value of one unit of that currency in the scenario's currency).
 * Returns a converted copy; `currency` becomes null on converted values.
 *
 * @throws InputError naming the field when a currency has no exchange rate
 */
export function convertCurrency<T>(
  scenario: T,
  currency: string,
  rates: Readonly<Record<string, Sourced>>,
  file: string,
): T {
  const walk = (value: unknown, path: string): unknown => {
    if (Array.isArray(value)) return value.map((item, i) => walk(item, `${path}[${i}]`));
    if (typeof value !== "object" || value === null) return value;
    const record = value as Record<string, unknown>;
    if (isSourced(record) && record.currency !== null && record.currency !== currency) {
      const rate = rates[record.currency];
      if (rate === undefined) {
        throw new InputError({
          fieldKind: "field",
          file,
          field: path,
          expected: `an exchange rate for ${record.currency} in costs.exchangeRates`,
          got: "none",
        });
      }
      const r = rate.value;
      return {
        ...record,
        value: record.value * r,
        low: record.low * r,
        high: record.high * r,
        currency: null,
      };
    }
    return Object.fromEntries(
      Object.entries(record).map(([key, item]) => [
        key,
        walk(item, path === "" ? key : `${path}.${key}`),
      ]),
    );
  };
  return walk(scenario, "") as T;
}

function isSourced(value: Record<string, unknown>): value is Record<string, unknown> & Sourced {
  return (
    typeof value.value === "number" &&
    "assumption" in value &&
    "source" in value &&
    "currency" in value
  );
}
