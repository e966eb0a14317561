import { DEFAULT_MAX_INPUT_MIB, type InputLimits, inputLimits } from "../inventory/InputLimits.ts";
import { PHYSICAL_RANGES } from "../schema/physicalRanges.ts";
import { numberOption } from "./numberOption.ts";

/** A MiB, the unit of `--max-input-mib`. */
const MIB = 1024 * 1024;

/**
 * The input limits of a command from its `--max-input-mib M` flag (M MiB, in the range
 * `PHYSICAL_RANGES.maxInputBytes`: > 0 and ≤ 1 TiB; default {@link DEFAULT_MAX_INPUT_MIB}):
 * every file read, rows, cells and inflated workbook parts scale with it (see `inputLimits`).
 *
 * @param values - the command's parsed flags; only `"max-input-mib"` is read.
 * @returns the limits.
 * @throws {UsageError} when M is not a number > 0 and ≤ 1,048,576.
 * @example limitsOption({ "max-input-mib": "1024" }).maxFileBytes // 1073741824
 */
export function limitsOption(
  values: Readonly<Record<string, string | boolean | undefined>>,
): InputLimits {
  const mib = numberOption(values, "max-input-mib", PHYSICAL_RANGES.maxInputBytes, MIB);
  return inputLimits(mib ?? DEFAULT_MAX_INPUT_MIB);
}
