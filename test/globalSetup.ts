import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { build } from "vite";

/**
 * Builds once before the tests, so that they exercise the current code, not a stale build: the
 * compiled sources (dist/, which Monte Carlo's worker threads run) and the report front end
 * (web/ → dist/web/, the report template). CUTOVER_SKIP_BUILD=1 skips it, for a developer
 * re-running a few tests against a build they just made (never set in CI).
 */
export async function setup(): Promise<void> {
  if (process.env.CUTOVER_SKIP_BUILD === "1" && process.env.CI === undefined) return;
  const root = resolve(import.meta.dirname, "..");
  execFileSync(
    process.execPath,
    [resolve(root, "node_modules/typescript/bin/tsc"), "-p", resolve(root, "tsconfig.build.json")],
    {
      stdio: "inherit",
    },
  );
  await build({
    configFile: resolve(root, "vite.config.ts"),
    root: resolve(root, "web"),
    logLevel: "warn",
  });
}
