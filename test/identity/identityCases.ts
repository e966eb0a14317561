import { createHash } from "node:crypto";
import { builtinNames } from "../../scenarios/load/builtinScenarios.ts";
import { loadScenario } from "../../scenarios/load/loadScenario.ts";
import { runReplications } from "../../scenarios/montecarlo/runReplications.ts";
import { runScenario } from "../../scenarios/run/runScenario.ts";

/**
 * The outputs issue 16's speed-ups must leave byte for byte as they were: every built-in
 * scenario's result (with the sensitivity analysis) and 40 Monte Carlo replications of each,
 * plus the fleet fixture imported from RVTools CSVs. Each case gives the SHA-256 of its
 * serialised output; `IDENTITY.json` holds the hashes recorded before the speed-ups began
 * (regenerate with `UPDATE_IDENTITY=1 npx vitest run test/identity` only for a change meant to
 * move results, and say so in the commit).
 */
export interface IdentityCase {
  name: string;
  output: () => Promise<unknown>;
}

const REPLICATIONS = Array.from({ length: 40 }, (_, r) => r);

export function identityCases(): IdentityCase[] {
  const cases: IdentityCase[] = [];
  for (const name of builtinNames()) {
    cases.push({ name: `run ${name}`, output: async () => runScenario(await loadScenario(name)) });
    cases.push({
      name: `montecarlo ${name} ×40`,
      output: async () => runReplications(await loadScenario(name), REPLICATIONS),
    });
  }
  cases.push({
    name: "run fleet-comma (RVTools CSV)",
    output: async () => runScenario(await loadScenario("test/fixtures/inventory/fleet-comma")),
  });
  return cases;
}

export function sha256Of(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("hex");
}
