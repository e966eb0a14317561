/** Settings of one `npm run bench`. */
export interface BenchOptions {
  /** Where to write the results as JSON, or null for none. */
  jsonPath: string | null;
  /** Ten times fewer customers and holds, one repetition: a smoke test, not a measurement. */
  quick: boolean;
}

const USAGE = "usage: npm run bench -- [--json <file>] [--quick]";

/**
 * Reads the command-line options of the benchmark.
 * @throws Error naming an unknown option or a missing value, with the usage line
 */
export function benchOptions(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { jsonPath: null, quick: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--quick") options.quick = true;
    else if (arg.startsWith("--json=")) options.jsonPath = arg.slice("--json=".length);
    else if (arg === "--json") {
      const path = argv[++i];
      if (path === undefined || path.startsWith("--"))
        throw new Error(`--json needs a file path\n${USAGE}`);
      options.jsonPath = path;
    } else throw new Error(`unknown option "${arg}"\n${USAGE}`);
  }
  return options;
}
