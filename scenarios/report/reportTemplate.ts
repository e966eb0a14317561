import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let cached: string | undefined;

/**
 * The report template: the front end built by `npm run build` (vite, into dist/web/) with its
 * script and stylesheet inlined, so that the written report is one file that opens from disk
 * with no server.
 *
 * @throws Error when the front end has not been built
 */
export function reportTemplate(): string {
  if (cached !== undefined) return cached;
  const directory = builtWebDirectory();
  let html = readFileSync(join(directory, "index.html"), "utf8");
  html = html
    .replace(
      /<script type="module" crossorigin src="\.\/([^"]+)"><\/script>/g,
      (_, file: string) => {
        // "</script" cannot appear in an inline script; "<\/script" means the same in JavaScript
        const code = readFileSync(join(directory, file), "utf8").replaceAll(
          "</script",
          "<\\/script",
        );
        return `<script type="module">${code}</script>`;
      },
    )
    .replace(/<link rel="stylesheet" crossorigin href="\.\/([^"]+)">/g, (_, file: string) => {
      const css = readFileSync(join(directory, file), "utf8").replaceAll("</style", "<\\/style");
      return `<style>${css}</style>`;
    });
  cached = html;
  return html;
}

/**
 * The version of cutover in the package.json beside the built front end ("0.1.0"), or "" when
 * it cannot be read.
 */
export function cutoverVersion(): string {
  try {
    const file = join(dirname(dirname(builtWebDirectory())), "package.json");
    const version = (JSON.parse(readFileSync(file, "utf8")) as { version?: unknown }).version;
    return typeof version === "string" ? version : "";
  } catch {
    return "";
  }
}

function builtWebDirectory(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; ) {
    const candidate = join(dir, "dist", "web");
    if (existsSync(join(candidate, "index.html"))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error("the report front end is not built: run `npm run build`");
    dir = parent;
  }
}
