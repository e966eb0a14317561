import { parseArgs } from "node:util";
import { oneLineText } from "../inventory/oneLineText.ts";
import { PHYSICAL_RANGES } from "../schema/physicalRanges.ts";
import { numberOption } from "./numberOption.ts";
import { UsageError } from "./UsageError.ts";

/** The flags a command accepts: name → string or boolean. */
export type FlagSpec = Record<string, "string" | "boolean">;

/**
 * Strict argument parsing for one command: unknown flags and missing values are
 * {@link UsageError}s that name the flag and the command's usage line. A negative number after
 * a flag that takes a value (`--seed -1`) is that flag's value, not an option.
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
    parsed = parseArgs({
      args: joinNegativeValues(argv, flags),
      options,
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    throw new UsageError(`${parseArgsProblem((error as Error).message)}\nusage: ${usage}`);
  }
  if (parsed.positionals.length > maxPositionals) {
    const extra = oneLineText(parsed.positionals[maxPositionals]!, 60);
    throw new UsageError(`unexpected argument "${extra}"\nusage: ${usage}`);
  }
  return {
    values: parsed.values as Record<string, string | boolean | undefined>,
    positionals: parsed.positionals,
  };
}

/**
 * node's parseArgs message on one line: its first sentence with what the user typed escaped
 * and cut, and our own hint in place of its multi-line advice. "Option '--out' argument is
 * ambiguous" (the value starts with a dash) becomes "--out: expected a value, got an option …".
 */
function parseArgsProblem(message: string): string {
  const ambiguous = /^Option '(-[^']*)' argument is ambiguous/.exec(message);
  if (ambiguous !== null) {
    const flag = oneLineText(ambiguous[1]!, 60);
    return `${flag}: expected a value, got an option (write ${flag}=VALUE for a value that starts with "-")`;
  }
  const first = message.replace(/\. To specify.*$/s, "").replace(/\.?\s*Did you forget.*$/s, "");
  return oneLineText(first, 200);
}

/** A token that reads as a negative number: "-1", "-0.5", "-.5", "-1e3". */
const NEGATIVE_NUMBER = /^-(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * argv with `--flag -1` rewritten as `--flag=-1` where `--flag` takes a value: node's parseArgs
 * would take "-1" for an option. Everything after "--" is left alone.
 */
export function joinNegativeValues(argv: readonly string[], flags: FlagSpec): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (token === "--") return [...out, ...argv.slice(i)];
    const next = argv[i + 1];
    const takesValue = token.startsWith("--") && flags[token.slice(2)] === "string";
    if (takesValue && next !== undefined && NEGATIVE_NUMBER.test(next)) {
      out.push(`${token}=${next}`);
      i++;
    } else {
      out.push(token);
    }
  }
  return out;
}

/**
 * Reads `--seed N` when given: any safe integer, negative ones included (RandomStreams keys
 * streams by the seed as a 64-bit integer).
 *
 * @throws UsageError naming --seed and the range
 */
export function seedOption(value: string | boolean | undefined): number | undefined {
  return numberOption({ seed: value }, "seed", PHYSICAL_RANGES.seed);
}
