import { pert } from "../../sim/random/pert.ts";
import { RandomStreams } from "../../sim/random/RandomStreams.ts";
import { triangular } from "../../sim/random/triangular.ts";
import { uniform } from "../../sim/random/uniform.ts";
import type { Scenario } from "../Scenario.ts";
import type { Sourced } from "../schema/sourced.ts";

/**
 * Where a scenario's drawn values are: for an object or array on the way to one, its children
 * that hold one (by key or index); for a drawn sourced value, its stream's name.
 */
type DrawPlan =
  | { kind: "draw"; path: string }
  | { kind: "node"; children: [key: string | number, plan: DrawPlan][] };

/** The draw plan of each scenario object sampled so far: found once, not per replication. */
const PLANS = new WeakMap<Scenario, DrawPlan | null>();

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
 * The sample is a new object along the way to each drawn value (the value's object, its
 * parents, the scenario) and shares everything else with the scenario: the inventory, and any
 * part with no drawn value (e.g. the source platform), is the scenario's own object in every
 * replication, so a cache keyed on it (vmCalibrationOf, the cost and forecast inputs) computes
 * it once. Where the draws are is found once per scenario object. Neither is to be mutated.
 *
 * @example sampleScenario(await loadScenario("reference"), 3)
 */
export function sampleScenario(scenario: Scenario, replication: number): Scenario {
  let plan = PLANS.get(scenario);
  if (plan === undefined) {
    const { inventory: _inventory, ...rest } = scenario;
    plan = planOf(rest, "");
    PLANS.set(scenario, plan);
  }
  const streams = new RandomStreams(scenario.seed, replication);
  const draw = (s: Sourced, path: string): number => {
    const rng = streams.stream(path);
    if (s.distribution === "uniform") return uniform(rng, s.low, s.high);
    if (s.distribution === "triangular") return triangular(rng, s.low, s.value, s.high);
    return pert(rng, s.low, s.value, s.high);
  };
  const apply = (value: unknown, at: DrawPlan): unknown => {
    if (at.kind === "draw") {
      const s = value as Sourced;
      return { ...s, value: draw(s, at.path) };
    }
    const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
      string | number,
      unknown
    >;
    for (const [key, child] of at.children) copy[key] = apply(copy[key], child);
    return copy;
  };
  // the inventory last, as it always was (some readers list the scenario's keys in order)
  const { inventory, ...rest } = scenario;
  const sampled = (plan === null ? rest : apply(rest, plan)) as Omit<Scenario, "inventory">;
  return { ...sampled, inventory };
}

/**
 * The draw plan of a value at `path` (stream names as "a.b[2].c"), or null when it holds no
 * drawn value.
 */
function planOf(value: unknown, path: string): DrawPlan | null {
  if (typeof value !== "object" || value === null) return null;
  if (!Array.isArray(value) && isSourced(value)) {
    return value.distribution === "fixed" ? null : { kind: "draw", path };
  }
  const children: [string | number, DrawPlan][] = [];
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      const child = planOf(item, `${path}[${i}]`);
      if (child !== null) children.push([i, child]);
    });
  } else {
    for (const [key, item] of Object.entries(value)) {
      const child = planOf(item, path === "" ? key : `${path}.${key}`);
      if (child !== null) children.push([key, child]);
    }
  }
  return children.length === 0 ? null : { kind: "node", children };
}

function isSourced(value: object): value is Sourced {
  const v = value as Record<string, unknown>;
  return (
    typeof v.value === "number" && typeof v.distribution === "string" && "low" in v && "high" in v
  );
}
