import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { builtinDirectory } from "../../scenarios/load/builtinScenarios.ts";

/** The built-in scenarios' texts by name, as the worker gets them from Vite (for Node tests). */
export function builtinTexts(): Record<string, string> {
  const dir = builtinDirectory();
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .map((f) => [f.slice(0, -5), readFileSync(join(dir, f), "utf8")]),
  );
}

/** A file as the page hands it to the worker. */
export function textFile(name: string, text: string): { name: string; bytes: Uint8Array } {
  return { name, bytes: new TextEncoder().encode(text) };
}
