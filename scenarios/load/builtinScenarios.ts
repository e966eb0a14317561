import { existsSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let directory: string | undefined;

/**
 * The folder of the built-in scenarios (`scenarios/builtin/`), found from this module whether
 * it runs from the sources or from the compiled `dist/`.
 */
export function builtinDirectory(): string {
  if (directory !== undefined) return directory;
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; ) {
    const candidate = join(dir, "scenarios", "builtin");
    if (existsSync(join(candidate, "reference.json"))) return (directory = candidate);
    const parent = dirname(dir);
    if (parent === dir) throw new Error("cannot find the built-in scenarios (scenarios/builtin/)");
    dir = parent;
  }
}

/** Names of the built-in scenarios, sorted. */
export function builtinNames(): string[] {
  return readdirSync(builtinDirectory())
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.slice(0, -5))
    .sort();
}

/** The name of the default scenario, run when no scenario is given. */
export const DEFAULT_SCENARIO = "reference";
