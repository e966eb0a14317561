import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Environment } from "../../../sim/Environment.ts";
import { FluidNetwork } from "../../../sim/link/FluidNetwork.ts";
import { maxOf } from "../../../sim/stats/extremes.ts";
import { FluidNetwork as OracleNetwork } from "./oracle/FluidNetwork.ts";

/*
 * Issue 16: the incremental allocation (components re-levelled alone, a completion heap, per-flow
 * clocks, bounded series) against the progressive filling over all links it replaced, kept
 * as it was in test/sim/link/oracle/. Max-min rates are unique, so the two may differ only by
 * rounding: every flow's end and bytes, and every link's carried bytes, agree to 1e-9.
 */
const REL = 1e-9;

interface FlowSpec {
  startSeconds: number;
  bytes: number;
  cap: number | null;
  /** Cluster and links within it (indices into the cluster's links). */
  cluster: number;
  links: number[];
  kind: string;
  /** Started when the previous flow of the list ends instead of at startSeconds. */
  chained: boolean;
}

interface Action {
  atSeconds: number;
  /** A flow (cancel or new cap) or, with `link`, a capacity change. */
  flow: number;
  cancel: boolean;
  cap: number | null;
  link: number | null;
  capacity: number;
}

interface Scenario {
  /** Capacities of each cluster's links: clusters share no link, so they are components. */
  clusters: number[][];
  /** Links every flow of cluster 0 also crosses (a shared inter-site link), if any. */
  hub: boolean;
  flows: FlowSpec[];
  actions: Action[];
}

const time = (max: number) =>
  fc.oneof(
    fc.integer({ min: 0, max }),
    fc.double({ min: 0, max, noNaN: true, noDefaultInfinity: true }),
  );

const capacity = fc.oneof(
  fc.integer({ min: 1, max: 400 }),
  fc.double({ min: 0.5, max: 400, noNaN: true }),
);

const flowSpec: fc.Arbitrary<FlowSpec> = fc.record({
  startSeconds: time(40),
  bytes: fc.oneof(
    fc.constant(0),
    fc.integer({ min: 1, max: 4000 }),
    fc.double({ min: 1e-3, max: 6000, noNaN: true }),
  ),
  cap: fc.option(
    fc.oneof(fc.integer({ min: 1, max: 120 }), fc.double({ min: 0.5, max: 120, noNaN: true })),
  ),
  cluster: fc.integer({ min: 0, max: 5 }),
  links: fc.uniqueArray(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 3 }),
  kind: fc.constantFrom("vmotion", "storage"),
  chained: fc.boolean(),
});

const scenarioOf = (minFlows: number, maxFlows: number): fc.Arbitrary<Scenario> =>
  fc.record({
    clusters: fc.array(fc.array(capacity, { minLength: 1, maxLength: 4 }), {
      minLength: 1,
      maxLength: 6,
    }),
    hub: fc.boolean(),
    flows: fc.array(flowSpec, { minLength: minFlows, maxLength: maxFlows }),
    actions: fc.array(
      fc.record({
        atSeconds: time(60),
        flow: fc.nat(),
        cancel: fc.boolean(),
        cap: fc.option(fc.integer({ min: 1, max: 150 })),
        link: fc.option(fc.nat()),
        capacity: fc.oneof(fc.constant(0), capacity),
      }),
      { maxLength: 12 },
    ),
  });

/** Every link gets its first capacity back at this time, so every flow can finish. */
const RESTORE_SECONDS = 80;

interface Outcome {
  ends: number[];
  transferred: number[];
  carried: number[];
  peaks: number[];
}

/** What a network must offer: both the new and the oracle network have it. */
interface NetworkLike {
  addLink(options: { name: string; capacityBytesPerSecond: number }): LinkLike;
  transfer(options: {
    bytes: number;
    links: readonly never[];
    capBytesPerSecond?: number;
    kind?: string;
  }): FlowLike;
}
interface LinkLike {
  setCapacity(bytesPerSecond: number): void;
  usage(): { carriedBytes: number };
  readonly series: readonly { usedBytesPerSecond: number }[];
}
interface FlowLike {
  readonly endSeconds: number;
  readonly transferredBytes: number;
  setCap(bytesPerSecond: number): void;
  cancel(cause?: unknown): boolean;
  onProcessed(callback: () => void): unknown;
}

function run(s: Scenario, make: (env: Environment) => NetworkLike): Outcome {
  const env = new Environment();
  const net = make(env);
  const clusters = s.clusters.map((capacities, c) =>
    capacities.map((cap, l) => net.addLink({ name: `c${c}l${l}`, capacityBytesPerSecond: cap })),
  );
  const hub = s.hub ? net.addLink({ name: "hub", capacityBytesPerSecond: 500 }) : null;
  const allLinks = [...clusters.flat(), ...(hub === null ? [] : [hub])];
  const flows: (FlowLike | null)[] = s.flows.map(() => null);
  const start = (i: number) => {
    const spec = s.flows[i]!;
    const cluster = clusters[spec.cluster % clusters.length]!;
    const links = [...new Set(spec.links.map((l) => cluster[l % cluster.length]!))];
    if (hub !== null && spec.cluster % clusters.length === 0) links.push(hub);
    const flow = net.transfer({
      bytes: spec.bytes,
      links: links as never[],
      ...(spec.cap === null ? {} : { capBytesPerSecond: spec.cap }),
      kind: spec.kind,
    });
    flows[i] = flow;
    const next = i + 1;
    if (next < s.flows.length && s.flows[next]!.chained) flow.onProcessed(() => start(next));
  };
  s.flows.forEach((spec, i) => {
    if (i > 0 && spec.chained) return;
    env.timeout(spec.startSeconds).onProcessed(() => start(i));
  });
  for (const a of s.actions) {
    env.timeout(a.atSeconds).onProcessed(() => {
      if (a.link !== null) {
        allLinks[a.link % allLinks.length]!.setCapacity(a.capacity);
        return;
      }
      const flow = flows[a.flow % flows.length];
      if (flow === null || flow === undefined) return;
      if (a.cancel) flow.cancel("test");
      else flow.setCap(a.cap ?? Number.POSITIVE_INFINITY);
    });
  }
  env.timeout(RESTORE_SECONDS).onProcessed(() => {
    s.clusters.flat().forEach((cap, i) => {
      allLinks[i]!.setCapacity(cap);
    });
    hub?.setCapacity(500);
  });
  env.run();
  return {
    ends: flows.map((f) => f?.endSeconds ?? -1),
    transferred: flows.map((f) => f?.transferredBytes ?? -1),
    carried: allLinks.map((l) => l.usage().carriedBytes),
    peaks: allLinks.map((l) =>
      maxOf(
        l.series.map((p) => p.usedBytesPerSecond),
        0,
      ),
    ),
  };
}

function near(actual: number, expected: number, what: string): void {
  const tolerance = REL * Math.max(1, Math.abs(expected));
  if (!(Math.abs(actual - expected) <= tolerance)) {
    expect.fail(`${what}: ${actual} vs ${expected} (oracle)`);
  }
}

function compare(s: Scenario): void {
  const actual = run(s, (env) => new FluidNetwork(env) as unknown as NetworkLike);
  const expected = run(s, (env) => new OracleNetwork(env) as unknown as NetworkLike);
  expect(actual.ends.length).toBe(expected.ends.length);
  for (const [i, end] of actual.ends.entries()) near(end, expected.ends[i]!, `flow ${i} end`);
  for (const [i, b] of actual.transferred.entries()) {
    near(b, expected.transferred[i]!, `flow ${i} bytes`);
  }
  for (const [i, b] of actual.carried.entries()) near(b, expected.carried[i]!, `link ${i} carried`);
  for (const [i, p] of actual.peaks.entries()) near(p, expected.peaks[i]!, `link ${i} peak`);
}

describe("FluidNetwork against progressive filling over all links (oracle)", () => {
  it("same ends, bytes and link totals on small generated networks", () => {
    fc.assert(fc.property(scenarioOf(0, 30), compare), { numRuns: 150 });
  });

  it("same with 40 to 160 flows over up to 6 components (components re-levelled alone)", () => {
    fc.assert(fc.property(scenarioOf(40, 160), compare), { numRuns: 60 });
  });

  it("same with 100 links, flows across up to 8 of them and 6 kinds (arrays re-laid out)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            at: fc.integer({ min: 0, max: 20 }),
            bytes: fc.integer({ min: 1, max: 3000 }),
            links: fc.uniqueArray(fc.integer({ min: 0, max: 99 }), {
              minLength: 1,
              maxLength: 8,
            }),
            kind: fc.integer({ min: 0, max: 5 }),
            cap: fc.option(fc.integer({ min: 1, max: 60 })),
          }),
          { minLength: 1, maxLength: 120 },
        ),
        (specs) => {
          const outcome = (make: (env: Environment) => NetworkLike) => {
            const env = new Environment();
            const net = make(env);
            const links = Array.from({ length: 100 }, (_, i) =>
              net.addLink({ name: `l${i}`, capacityBytesPerSecond: 50 + (i % 7) * 30 }),
            );
            const flows: FlowLike[] = [];
            for (const spec of specs) {
              env.timeout(spec.at).onProcessed(() => {
                flows.push(
                  net.transfer({
                    bytes: spec.bytes,
                    links: spec.links.map((l) => links[l]!) as never[],
                    ...(spec.cap === null ? {} : { capBytesPerSecond: spec.cap }),
                    kind: `k${spec.kind}`,
                  }),
                );
              });
            }
            env.run();
            return {
              ends: flows.map((f) => f.endSeconds),
              carried: links.map((l) => l.usage().carriedBytes),
            };
          };
          const actual = outcome((env) => new FluidNetwork(env) as unknown as NetworkLike);
          const expected = outcome((env) => new OracleNetwork(env) as unknown as NetworkLike);
          for (const [i, end] of actual.ends.entries()) {
            near(end, expected.ends[i]!, `flow ${i} end`);
          }
          for (const [i, b] of actual.carried.entries()) {
            near(b, expected.carried[i]!, `link ${i} carried`);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it("a series past its bound keeps at most MAX_LINK_POINTS points, the peak and the totals", async () => {
    const { MAX_LINK_POINTS } = await import("../../../sim/link/Link.ts");
    const env = new Environment();
    const net = new FluidNetwork(env);
    const oracleEnv = new Environment();
    const oracle = new OracleNetwork(oracleEnv);
    const link = net.addLink({ name: "L", capacityBytesPerSecond: 100 });
    const oracleLink = oracle.addLink({ name: "L", capacityBytesPerSecond: 100 });
    // Flows of a few sizes, one at a time with a cap that varies: one change per start/end.
    const changes = 3 * MAX_LINK_POINTS;
    for (let i = 0; i < changes; i++) {
      const cap = 1 + ((i * 37) % 90);
      const at = i * 2;
      env
        .timeout(at)
        .onProcessed(() => net.transfer({ bytes: cap, links: [link], capBytesPerSecond: cap }));
      oracleEnv
        .timeout(at)
        .onProcessed(() =>
          oracle.transfer({ bytes: cap, links: [oracleLink], capBytesPerSecond: cap }),
        );
    }
    env.run();
    oracleEnv.run();
    const series = link.series;
    const full = oracleLink.series;
    expect(full.length).toBeGreaterThan(MAX_LINK_POINTS);
    expect(series.length).toBeLessThanOrEqual(MAX_LINK_POINTS);
    const peak = (points: readonly { usedBytesPerSecond: number }[]) =>
      maxOf(points.map((p) => p.usedBytesPerSecond));
    expect(peak(series)).toBe(peak(full));
    expect(series[0]!.timeSeconds).toBe(0);
    expect(series.at(-1)).toEqual(full.at(-1));
    for (let i = 1; i < series.length; i++) {
      expect(series[i]!.timeSeconds).toBeGreaterThan(series[i - 1]!.timeSeconds);
    }
    expect(link.usage().carriedBytes).toBe(oracleLink.usage().carriedBytes);
  });
});
