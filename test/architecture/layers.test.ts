import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The layer rules of DESIGN.md: dependencies point down only.
 *   sim/        imports nothing of the project
 *   models/     imports only sim/
 *   scenarios/  imports models/ and sim/
 *   web/        may import anything below it; nothing imports web/
 */
const root = resolve(import.meta.dirname, "../..");
const layers = ["sim", "models", "scenarios", "web"] as const;
type Layer = (typeof layers)[number];
const allowed: Record<Layer, readonly Layer[]> = {
  sim: ["sim"],
  models: ["models", "sim"],
  scenarios: ["scenarios", "models", "sim"],
  web: ["web", "scenarios", "models", "sim"],
};

function sourceFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "node_modules" ? [] : sourceFiles(path);
    return /\.(ts|tsx|js|mjs)$/.test(name) ? [path] : [];
  });
}

/** Module specifiers of static imports, re-exports and dynamic imports. */
function importsOf(source: string): string[] {
  const specifiers: string[] = [];
  const patterns = [
    /\b(?:import|export)\s[^'";]*?\bfrom\s*["']([^"']+)["']/g,
    /\bimport\s*["']([^"']+)["']/g,
    /\bimport\(\s*["']([^"']+)["']\s*\)/g,
    /\bnew\s+URL\(\s*["']([^"']+)["']\s*,\s*import\.meta\.url/g,
  ];
  for (const pattern of patterns) for (const m of source.matchAll(pattern)) specifiers.push(m[1]!);
  return specifiers;
}

function layerOf(path: string): Layer | undefined {
  const top = relative(root, path).split(sep)[0];
  return layers.find((layer) => layer === top);
}

describe("layer rules (DESIGN.md)", () => {
  it("importsOf finds static, re-exported and dynamic imports", () => {
    const source = `import { a } from "../x.ts";\nexport { b } from './y.ts';\nimport "./z.ts";\nconst m = await import("../w.ts");\nimport type {\n  T,\n} from "./t.ts";`;
    expect(importsOf(source).sort()).toEqual(["../w.ts", "../x.ts", "./t.ts", "./y.ts", "./z.ts"]);
  });

  for (const layer of layers) {
    it(`${layer}/ imports only ${allowed[layer].join(", ")} of the project`, () => {
      const violations: string[] = [];
      for (const file of sourceFiles(join(root, layer))) {
        for (const specifier of importsOf(readFileSync(file, "utf8"))) {
          if (!specifier.startsWith(".")) continue;
          const target = resolve(dirname(file), specifier);
          const targetLayer = layerOf(target);
          if (targetLayer === undefined || !allowed[layer].includes(targetLayer)) {
            violations.push(`${relative(root, file)} imports ${specifier}`);
          }
        }
      }
      expect(violations).toEqual([]);
    });
  }

  it("sim/ and models/ take randomness and time as inputs (no Math.random, Date.now, timers)", () => {
    const violations: string[] = [];
    for (const layer of ["sim", "models"]) {
      for (const file of sourceFiles(join(root, layer))) {
        if (file.includes(`${sep}cli${sep}`)) continue;
        const source = readFileSync(file, "utf8");
        for (const banned of [
          "Math.random",
          "Date.now",
          "new Date(",
          "setTimeout",
          "setInterval",
          "performance.now",
        ]) {
          if (source.includes(banned)) violations.push(`${relative(root, file)} uses ${banned}`);
        }
      }
    }
    expect(violations).toEqual([]);
  });

  it("sim/, models/ and scenarios/ use no default exports", () => {
    const violations = ["sim", "models", "scenarios"].flatMap((layer) =>
      sourceFiles(join(root, layer))
        .filter((file) => /\bexport\s+default\b/.test(readFileSync(file, "utf8")))
        .map((file) => relative(root, file)),
    );
    expect(violations).toEqual([]);
  });
});
