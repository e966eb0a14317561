import { resolve } from "node:path";
import { build } from "vite";

/**
 * Builds the report front end (web/ → dist/web/) once before the tests, so that the report
 * tests and the browser tests exercise the current front-end code, not a stale build.
 */
export async function setup(): Promise<void> {
  const root = resolve(import.meta.dirname, "..");
  await build({
    configFile: resolve(root, "vite.config.ts"),
    root: resolve(root, "web"),
    logLevel: "warn",
  });
}
