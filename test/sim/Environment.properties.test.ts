import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Environment } from "../../sim/Environment.ts";
import { exponential } from "../../sim/random/exponential.ts";
import { RandomStreams } from "../../sim/random/RandomStreams.ts";
import { Resource } from "../../sim/resources/Resource.ts";

/** One step of a generated process. */
type Action =
  | { kind: "timeout"; delaySeconds: number }
  | { kind: "use"; resource: number; holdSeconds: number }
  | { kind: "random"; ratePerSecond: number };

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({
    kind: fc.constant("timeout" as const),
    delaySeconds: fc.constantFrom(0, 0.5, 1, 2.25, 10),
  }),
  fc.record({
    kind: fc.constant("use" as const),
    resource: fc.integer({ min: 0, max: 2 }),
    holdSeconds: fc.constantFrom(0, 1, 3),
  }),
  fc.record({ kind: fc.constant("random" as const), ratePerSecond: fc.constantFrom(0.1, 1, 5) }),
);

const program = fc.array(fc.array(action, { maxLength: 8 }), { minLength: 1, maxLength: 8 });

/** Runs a generated program and returns the trace (process, step, time) and each step's clock. */
function execute(processes: Action[][], seed: number) {
  const env = new Environment();
  const streams = new RandomStreams(seed);
  const resources = [1, 2, 3].map((capacity) => new Resource(env, { capacity }));
  const trace: [string, number, number][] = [];
  processes.forEach((actions, p) => {
    const name = `p${p}`;
    const rng = streams.stream(name);
    env.process(
      name,
      (function* () {
        for (const [i, a] of actions.entries()) {
          if (a.kind === "timeout") yield env.timeout(a.delaySeconds);
          else if (a.kind === "random") yield env.timeout(exponential(rng, a.ratePerSecond));
          else {
            const resource = resources[a.resource]!;
            const request = resource.request();
            yield request;
            yield env.timeout(a.holdSeconds);
            resource.release(request);
          }
          trace.push([name, i, env.now]);
        }
      })(),
    );
  });
  const clocks: number[] = [];
  while (env.step()) clocks.push(env.now);
  return { trace, clocks };
}

describe("Environment properties", () => {
  it("the clock never goes back", () => {
    fc.assert(
      fc.property(program, fc.integer(), (processes, seed) => {
        const { clocks } = execute(processes, seed);
        for (let i = 1; i < clocks.length; i++)
          expect(clocks[i]!).toBeGreaterThanOrEqual(clocks[i - 1]!);
      }),
    );
  });

  it("the same program and seed give the identical trace", () => {
    fc.assert(
      fc.property(program, fc.integer(), (processes, seed) => {
        expect(execute(processes, seed)).toEqual(execute(processes, seed));
      }),
    );
  });

  it("every process completes every step when nothing blocks forever", () => {
    fc.assert(
      fc.property(program, fc.integer(), (processes, seed) => {
        const { trace } = execute(processes, seed);
        const steps = processes.reduce((n, actions) => n + actions.length, 0);
        expect(trace.length).toBe(steps);
      }),
    );
  });

  it("a resource never holds more requests than its capacity", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(20), fc.nat(5)), { maxLength: 40 }),
        fc.integer({ min: 1, max: 4 }),
        (users, capacity) => {
          const env = new Environment();
          const resource = new Resource(env, { capacity });
          let maxCount = 0;
          users.forEach(([arrive, hold], i) => {
            env.process(
              `u${i}`,
              (function* () {
                yield env.timeout(arrive);
                const request = resource.request();
                yield request;
                maxCount = Math.max(maxCount, resource.count);
                yield env.timeout(hold);
                resource.release(request);
              })(),
            );
          });
          env.run();
          expect(maxCount).toBeLessThanOrEqual(capacity);
          expect(resource.count).toBe(0);
        },
      ),
    );
  });
});
