import { defineConfig } from "vitest/config";

/**
 * One configuration for the report front end (web/) and for vitest.
 * Tests mirror the source tree under test/.
 */
export const config = defineConfig({
  root: ".",
  build: {
    outDir: "web-dist",
  },
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/setup.ts"],
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
