import { parseArgs } from "node:util";
import { UsageError } from "./UsageError.ts";

/** The flags a command accepts: name → string or boolean. */
export type FlagSpec = Record<string, "string" | "boolean">;

/**
 * Strict argument parsing for one command: unknown flags and missing values are
 * {@link UsageError}s that name the flag and the command's usage line.
 */
export function parseCommandArgs(
  argv: readonly string[],
  flags: FlagSpec,
  usage: string,
  maxPositionals: number,
) {
  const options = Object.fromEntries(Object.entries(flags).map(([name, type]) => [name, { type }]));
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...argv], options, strict: true, allowPositionals: true });
  } catch (error) {
    throw new UsageError(
      `${(error as Error).message.replace(/\. To specify.*$/s, "")}\nusage: ${usage}`,
    );
  }
  if (parsed.positionals.length > maxPositionals) {
    throw new UsageError(
      `unexpected argument "${parsed.positionals[maxPositionals]}"\nusage: ${usage}`,
    );
  }
  return {
    values: parsed.values as Record<string, string | boolean | undefined>,
    positionals: parsed.positionals,
  };
}

/** Reads `--seed N` (a whole number) when given. */
export function seedOption(value: string | boolean | undefined): number | undefined {
  if (value === undefined) return undefined;
  const seed = Number(value);
  if (typeof value !== "string" || !Number.isSafeInteger(seed)) {
    throw new UsageError(`--seed: expected a whole number, got ${JSON.stringify(value)}`);
  }
  return seed;
}
