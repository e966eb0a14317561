import { parseArgs } from "node:util";

/** A mistake on the command line: printed without a stack trace, exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** A numeric option: its flag, what it means, and the range it must lie in. */
export interface NumberOption {
  flag: string;
  description: string;
  defaultValue: number;
  integer?: boolean;
  min?: number;
  minExclusive?: boolean;
}

/**
 * Parses `--flag value` numeric options and a `--json` switch, strictly: an unknown flag, a
 * value that is not a number, or one out of range is a {@link UsageError} naming the flag.
 */
export function parseNumberOptions(
  argv: readonly string[],
  options: readonly NumberOption[],
): { values: Record<string, number>; json: boolean } {
  const spec: Record<string, { type: "string" } | { type: "boolean" }> = {
    json: { type: "boolean" },
  };
  for (const o of options) spec[o.flag] = { type: "string" };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...argv], options: spec, strict: true, allowPositionals: false });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const values: Record<string, number> = {};
  for (const o of options) {
    const raw = parsed.values[o.flag];
    const value = raw === undefined ? o.defaultValue : Number(raw);
    const expected = `${o.integer ? "a whole number" : "a number"}${o.min === undefined ? "" : ` ${o.minExclusive ? ">" : "≥"} ${o.min}`}`;
    const bad =
      typeof raw === "boolean" ||
      !Number.isFinite(value) ||
      (o.integer === true && !Number.isInteger(value)) ||
      (o.min !== undefined && (o.minExclusive ? value <= o.min : value < o.min));
    if (bad)
      throw new UsageError(
        `--${o.flag}: expected ${expected} (${o.description}), got ${String(raw)}`,
      );
    values[o.flag] = value;
  }
  return { values, json: parsed.values.json === true };
}

/** Runs a command-line main: usage errors print one line and exit 2; anything else is a bug. */
export function runMain(main: () => void): void {
  try {
    main();
  } catch (error) {
    if (error instanceof UsageError || error instanceof RangeError) {
      process.stderr.write(`error: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
}
