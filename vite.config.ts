import { defineConfig } from "vitest/config";
import { devResultPlugin } from "./web/devResultPlugin.ts";

/**
 * One configuration for the report front end (web/, built into dist/web/ as the template of
 * `cutover report`) and for vitest (tests mirror the source tree under test/).
 */
export const config = defineConfig({
  // The app lives in web/; vitest works from the project root.
  root: process.env.VITEST === undefined ? "web" : ".",
  base: "./",
  plugins: [devResultPlugin()],
  resolve: {
    // csv-parse's Node build needs Node's Buffer and streams; its browser build is the same parser
    alias: [{ find: /^csv-parse\/sync$/, replacement: "csv-parse/browser/esm/sync" }],
  },
  build: {
    outDir: "../dist/web",
    emptyOutDir: true,
    // one script and one stylesheet, which the report writer inlines into a single file
    assetsInlineLimit: 100_000,
    modulePreload: false,
    cssCodeSplit: false,
  },
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/setup.ts"],
    globalSetup: ["test/globalSetup.ts"],
    environment: "node",
    pool: "threads",
    testTimeout: 60_000,
    // The JSON report is what .ci/run reads to print its "N passed, N failed" line.
    reporters: ["default", "json"],
    outputFile: { json: "test-results/vitest.json" },
  },
});

// Vite and vitest read the module's default export; the project otherwise uses named exports.
// biome-ignore lint/style/noDefaultExport: required by the tool's config loader
export default config;
