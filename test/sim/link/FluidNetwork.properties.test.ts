import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Environment } from "../../../sim/Environment.ts";
import type { Flow } from "../../../sim/link/Flow.ts";
import { FluidNetwork } from "../../../sim/link/FluidNetwork.ts";
import type { Link } from "../../../sim/link/Link.ts";
import { type CapacityStep, scheduleCapacity } from "../../../sim/link/scheduleCapacity.ts";

/** Relative tolerance of the invariants (rounding only; the model is exact). */
const REL = 1e-9;
/** Absolute tolerance, bytes or bytes per second. */
const ABS = 1e-9;
/** Every link gets its first capacity back at this time, so every flow can finish. */
const RESTORE_SECONDS = 50;

interface FlowSpec {
  startSeconds: number;
  bytes: number;
  capBytesPerSecond: number | null;
  links: number[];
  kind: string;
}

interface CapacityChange {
  atSeconds: number;
  link: number;
  capacityBytesPerSecond: number;
}

/** Something done to a started flow: cancel it, or set its cap (null: remove the cap). */
interface FlowAction {
  atSeconds: number;
  flow: number;
  cancel: boolean;
  capBytesPerSecond: number | null;
}

interface Scenario {
  capacities: number[];
  flows: FlowSpec[];
  changes: CapacityChange[];
  actions: FlowAction[];
}

/** Times are whole seconds (many ties) or arbitrary doubles (rounding everywhere). */
const time = (max: number) =>
  fc.oneof(
    fc.integer({ min: 0, max }),
    fc.double({ min: 0, max, noNaN: true, noDefaultInfinity: true }),
  );

const flowSpec: fc.Arbitrary<FlowSpec> = fc.record({
  startSeconds: time(30),
  bytes: fc.oneof(
    fc.constant(0),
    fc.integer({ min: 1, max: 3000 }),
    fc.double({ min: 1e-3, max: 5000, noNaN: true }),
  ),
  capBytesPerSecond: fc.option(
    fc.oneof(fc.integer({ min: 1, max: 150 }), fc.double({ min: 0.5, max: 150, noNaN: true })),
  ),
  links: fc.uniqueArray(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 3 }),
  kind: fc.constantFrom("vmotion", "storage", "replication"),
});

const scenarioOf = (minFlows: number, maxFlows: number): fc.Arbitrary<Scenario> =>
  fc.record({
    capacities: fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 3 }),
    flows: fc.array(flowSpec, { minLength: minFlows, maxLength: maxFlows }),
    changes: fc.array(
      fc.record({
        atSeconds: time(40),
        link: fc.integer({ min: 0, max: 2 }),
        capacityBytesPerSecond: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 200 })),
      }),
      { maxLength: 6 },
    ),
    actions: fc.array(
      fc.record({
        atSeconds: time(45),
        flow: fc.nat(),
        cancel: fc.boolean(),
        capBytesPerSecond: fc.option(fc.integer({ min: 1, max: 150 })),
      }),
      { maxLength: 4 },
    ),
  });

const scenario = scenarioOf(1, 12);

/** The flow's link indices, restricted to the scenario's links. */
function linksOf(spec: FlowSpec, linkCount: number): number[] {
  return [...new Set(spec.links.map((i) => i % linkCount))];
}

/** Each link's capacity steps, in time order, ending with the restore step. */
function stepsOf(s: Scenario): CapacityStep[][] {
  return s.capacities.map((capacity, l) => [
    ...s.changes
      .filter((c) => c.link % s.capacities.length === l)
      .sort((a, b) => a.atSeconds - b.atSeconds)
      .map((c) => ({ atSeconds: c.atSeconds, capacityBytesPerSecond: c.capacityBytesPerSecond })),
    { atSeconds: RESTORE_SECONDS, capacityBytesPerSecond: capacity },
  ]);
}

/**
 * Runs a scenario to the end. With `observe`, calls it after the last event of every instant
 * (when the network has settled), which reads rates without changing the run.
 */
function simulate(s: Scenario, observe?: (net: FluidNetwork, links: Link[]) => void) {
  const env = new Environment();
  const net = new FluidNetwork(env);
  const links = s.capacities.map((c, i) =>
    net.addLink({ name: `L${i}`, capacityBytesPerSecond: c }),
  );
  const flows: Flow[] = [];
  s.flows.forEach((spec, i) => {
    env.timeout(spec.startSeconds).onProcessed(() => {
      flows[i] = net.transfer({
        bytes: spec.bytes,
        links: linksOf(spec, links.length).map((l) => links[l]!),
        kind: spec.kind,
        name: `f${i}`,
        ...(spec.capBytesPerSecond === null ? {} : { capBytesPerSecond: spec.capBytesPerSecond }),
      });
    });
  });
  for (const [l, steps] of stepsOf(s).entries()) scheduleCapacity(env, links[l]!, steps);
  for (const action of s.actions) {
    env.timeout(action.atSeconds).onProcessed(() => {
      const flow = flows[action.flow % s.flows.length];
      if (flow === undefined) return;
      if (action.cancel) flow.cancel();
      else flow.setCap(action.capBytesPerSecond ?? Number.POSITIVE_INFINITY);
    });
  }
  if (observe === undefined) env.run();
  else while (env.step()) if (env.peek() > env.now) observe(net, links);
  return { env, net, links, flows };
}

/** Checks feasibility and max-min optimality of the current allocation. */
function checkAllocation(net: FluidNetwork, links: Link[]): void {
  const used = new Map<Link, number>();
  const maxRate = new Map<Link, number>();
  for (const link of links) {
    const rates = link.flows.map((f) => f.rateBytesPerSecond);
    used.set(
      link,
      rates.reduce((a, b) => a + b, 0),
    );
    maxRate.set(link, Math.max(0, ...rates));
    // no link exceeds its capacity
    expect(used.get(link)!).toBeLessThanOrEqual(link.capacityBytesPerSecond * (1 + REL) + ABS);
    expect(Math.abs(link.utilizationBytesPerSecond - used.get(link)!)).toBeLessThanOrEqual(ABS);
  }
  for (const flow of net.flows) {
    const rate = flow.rateBytesPerSecond;
    const cap = flow.capBytesPerSecond;
    // no flow exceeds its cap
    expect(rate).toBeGreaterThanOrEqual(0);
    expect(rate).toBeLessThanOrEqual(cap * (1 + REL));
    // bottlenecked: at its cap, or on a saturated link where no flow gets more
    const atCap = rate >= cap * (1 - REL);
    const bottleneck = flow.links.some(
      (link) =>
        used.get(link)! >= link.capacityBytesPerSecond * (1 - REL) - ABS &&
        rate >= maxRate.get(link)! * (1 - REL) - ABS,
    );
    expect(atCap || bottleneck).toBe(true);
  }
}

/** ∫ used dt over a link's series, up to `toSeconds`. */
function integrate(link: Link, toSeconds: number): number {
  const points = link.series;
  let bytes = 0;
  for (let i = 0; i < points.length; i++) {
    const end = points[i + 1]?.timeSeconds ?? toSeconds;
    bytes += points[i]!.usedBytesPerSecond * (end - points[i]!.timeSeconds);
  }
  return bytes;
}

function near(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(REL * Math.abs(expected) + 1e-6);
}

type Run = ReturnType<typeof simulate>;

/** Every flow not cancelled delivered exactly its bytes; a cancelled one at most its bytes. */
function checkCompletion(s: Scenario, { flows }: Run): void {
  expect(flows).toHaveLength(s.flows.length);
  for (const [i, flow] of flows.entries()) {
    expect(flow.processed).toBe(true);
    expect(flow.endSeconds).toBeGreaterThanOrEqual(flow.startSeconds);
    if (flow.cancelled) {
      expect(flow.ok).toBe(false);
      expect(flow.transferredBytes).toBeGreaterThanOrEqual(0);
      expect(flow.transferredBytes).toBeLessThanOrEqual(s.flows[i]!.bytes);
    } else {
      expect(flow.done).toBe(true);
      expect(flow.transferredBytes).toBe(s.flows[i]!.bytes);
    }
  }
}

/** Each link carried what its flows delivered, in total and per kind, = ∫ used dt. */
function checkCarried({ env, links, flows }: Run): void {
  for (const link of links) {
    const crossing = flows.filter((f) => f.links.includes(link));
    const usage = link.usage();
    near(
      usage.carriedBytes,
      crossing.reduce((sum, f) => sum + f.transferredBytes, 0),
    );
    near(integrate(link, env.now), usage.carriedBytes);
    for (const kind of ["vmotion", "storage", "replication"]) {
      const ofKind = crossing.filter((f) => f.kind === kind);
      near(
        usage.carriedBytesByKind[kind] ?? 0,
        ofKind.reduce((sum, f) => sum + f.transferredBytes, 0),
      );
    }
  }
}

/** Every recorded point is within capacity, its kinds sum to its total; one per instant. */
function checkSeries({ links }: Run): void {
  for (const link of links) {
    const points = link.series;
    for (const [i, p] of points.entries()) {
      expect(p.usedBytesPerSecond).toBeLessThanOrEqual(p.capacityBytesPerSecond * (1 + REL) + ABS);
      const byKind = Object.values(p.usedByKind).reduce((a, b) => a + b, 0);
      expect(Math.abs(byKind - p.usedBytesPerSecond)).toBeLessThanOrEqual(
        REL * p.usedBytesPerSecond + ABS,
      );
      if (i > 0) expect(p.timeSeconds).toBeGreaterThan(points[i - 1]!.timeSeconds);
    }
  }
}

/** No completed flow beat bytes / min(its largest cap, its narrowest link's largest capacity). */
function checkLowerBound(s: Scenario, { flows }: Run): void {
  const steps = stepsOf(s);
  const maxCapacity = s.capacities.map((c, l) =>
    Math.max(c, ...steps[l]!.map((step) => step.capacityBytesPerSecond)),
  );
  for (const [i, flow] of flows.entries()) {
    const spec = s.flows[i]!;
    if (flow.cancelled) continue;
    // the largest cap the flow ever had (setCap actions may have raised or removed it)
    const largestCap = Math.max(
      spec.capBytesPerSecond ?? Number.POSITIVE_INFINITY,
      ...s.actions
        .filter((a) => !a.cancel && a.flow % s.flows.length === i)
        .map((a) => a.capBytesPerSecond ?? Number.POSITIVE_INFINITY),
    );
    const fastest = Math.min(
      largestCap,
      ...linksOf(spec, s.capacities.length).map((l) => maxCapacity[l]!),
    );
    const boundSeconds = spec.bytes / fastest;
    expect(flow.endSeconds - flow.startSeconds).toBeGreaterThanOrEqual(
      boundSeconds * (1 - REL) - ABS,
    );
  }
}

describe("FluidNetwork properties (random flow sets, caps, start times, capacity changes)", () => {
  it("every settled allocation is feasible and max-min fair: each flow at its cap or bottlenecked", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        simulate(s, checkAllocation);
      }),
    );
  });

  it("every flow not cancelled completes and delivers exactly its bytes; a cancelled one less", () => {
    fc.assert(fc.property(scenario, (s) => checkCompletion(s, simulate(s))));
  });

  it("each link carries the bytes of the flows crossing it, in total and per kind (= ∫ used dt)", () => {
    fc.assert(fc.property(scenario, (s) => checkCarried(simulate(s))));
  });

  it("every recorded point is within capacity, its kinds sum to its total, one point per instant", () => {
    fc.assert(fc.property(scenario, (s) => checkSeries(simulate(s))));
  });

  it("no flow finishes sooner than bytes / min(its largest cap, the largest capacity of its narrowest link)", () => {
    fc.assert(fc.property(scenario, (s) => checkLowerBound(s, simulate(s))));
  });

  it("holds every invariant with 100 to 150 flows (the slot arrays grow past 64)", () => {
    fc.assert(
      fc.property(scenarioOf(100, 150), (s) => {
        const run = simulate(s, checkAllocation);
        checkCompletion(s, run);
        checkCarried(run);
        checkSeries(run);
        checkLowerBound(s, run);
      }),
      { numRuns: 15 },
    );
  });

  it("is deterministic, and observing the rates does not change the run", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const summary = (run: ReturnType<typeof simulate>) => ({
          ends: run.flows.map((f) => f.endSeconds),
          series: run.links.map((l) => l.series),
          events: run.env.eventCount,
        });
        const first = summary(simulate(s));
        expect(summary(simulate(s))).toEqual(first);
        expect(summary(simulate(s, () => undefined))).toEqual(first);
      }),
    );
  });
});
