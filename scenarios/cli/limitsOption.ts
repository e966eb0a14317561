import { DEFAULT_MAX_INPUT_MIB, type InputLimits, inputLimits } from "../inventory/InputLimits.ts";
import { UsageError } from "./UsageError.ts";

/** Largest `--max-input-mib`: 1 TiB, beyond any file a machine running Cutover could hold. */
export const MAX_INPUT_MIB_LIMIT = 1_048_576;

/** A plain decimal number: "256", "0.5", ".001", "1e3"; not "0x10", "", "Infinity". */
const DECIMAL = /^(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * The input limits of a command from its `--max-input-mib M` flag (M MiB, a number > 0 and
 * ≤ {@link MAX_INPUT_MIB_LIMIT}; default {@link DEFAULT_MAX_INPUT_MIB}): every file read, rows and
 * inflated workbook parts scale with it (see `inputLimits`).
 *
 * @param values - the command's parsed flags; only `"max-input-mib"` is read.
 * @returns the limits.
 * @throws {UsageError} when M is not a number > 0 and ≤ 1,048,576.
 * @example limitsOption({ "max-input-mib": "1024" }).maxFileBytes // 1073741824
 */
export function limitsOption(values: Readonly<Record<string, unknown>>): InputLimits {
  const value = values["max-input-mib"];
  if (value === undefined) return inputLimits();
  const mib = typeof value === "string" && DECIMAL.test(value.trim()) ? Number(value) : Number.NaN;
  if (!(mib > 0 && mib <= MAX_INPUT_MIB_LIMIT)) {
    throw new UsageError(
      `--max-input-mib: expected a number of MiB > 0 and ≤ ${MAX_INPUT_MIB_LIMIT.toLocaleString("en-US")} (default ${DEFAULT_MAX_INPUT_MIB}), got ${JSON.stringify(value)}`,
    );
  }
  return inputLimits(mib);
}
