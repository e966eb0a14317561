import type { Plugin } from "vite";

/**
 * For `npm run dev`: serves `/result.json`, the reference scenario's result computed by the
 * same runner the command line uses, so the app under development shows real data.
 */
export function devResultPlugin(): Plugin {
  return {
    name: "cutover-dev-result",
    apply: "serve",
    configureServer(server) {
      server.middlewares.use("/result.json", async (_request, response) => {
        const { loadScenario } = await import("../scenarios/load/loadScenario.ts");
        const { runScenario } = await import("../scenarios/run/runScenario.ts");
        const result = runScenario(await loadScenario(undefined));
        response.setHeader("content-type", "application/json");
        response.end(JSON.stringify(result));
      });
    },
  };
}
