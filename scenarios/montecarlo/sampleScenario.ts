import { pert } from "../../sim/random/pert.ts";
import { RandomStreams } from "../../sim/random/RandomStreams.ts";
import { triangular } from "../../sim/random/triangular.ts";
import { uniform } from "../../sim/random/uniform.ts";
import type { Scenario } from "../Scenario.ts";
import type { Sourced } from "../schema/sourced.ts";

/**
 * One Monte Carlo replication of a scenario: every sourced value with a distribution other than
 * "fixed" is drawn between its low and high (mode = its value); everything else is kept.
 *
 * Each value draws from its own stream, named after its place in the scenario (e.g.
 * "profiles.database.dirtyRatePeakBytesPerSecond"), of `RandomStreams(scenario.seed,
 * replication)`: replication r of two scenarios that share a value draws the same number for
 * it (common random numbers), whatever else differs, and a replication's draws do not depend
 * on how many replications run or on which worker.
 *
 * @example sampleScenario(await loadScenario("reference"), 3)
 */
export function sampleScenario(scenario: Scenario, replication: number): Scenario {
  const streams = new RandomStreams(scenario.seed, replication);
  const walk = (value: unknown, path: string): unknown => {
    if (Array.isArray(value)) return value.map((item, i) => walk(item, `${path}[${i}]`));
    if (typeof value !== "object" || value === null) return value;
    if (isSourced(value))
      return value.distribution === "fixed" ? value : { ...value, value: draw(value, path) };
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        walk(item, path === "" ? key : `${path}.${key}`),
      ]),
    );
  };
  const draw = (s: Sourced, path: string): number => {
    const rng = streams.stream(path);
    if (s.distribution === "uniform") return uniform(rng, s.low, s.high);
    if (s.distribution === "triangular") return triangular(rng, s.low, s.value, s.high);
    return pert(rng, s.low, s.value, s.high);
  };
  const { inventory, ...rest } = scenario;
  return { ...(walk(rest, "") as Omit<Scenario, "inventory">), inventory };
}

function isSourced(value: object): value is Sourced {
  const v = value as Record<string, unknown>;
  return (
    typeof v.value === "number" && typeof v.distribution === "string" && "low" in v && "high" in v
  );
}
