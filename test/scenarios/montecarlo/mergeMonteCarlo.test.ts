import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InputError } from "../../../scenarios/inventory/InputError.ts";
import { mergeMonteCarlo } from "../../../scenarios/montecarlo/mergeMonteCarlo.ts";
import { summarizeReplications } from "../../../scenarios/montecarlo/summarizeReplications.ts";
import { inputErrorOf } from "../inputErrorOf.ts";
import { sampleOf, shardOf } from "./shardFixture.ts";

// biome-ignore lint/suspicious/noExplicitAny: the tests damage shard JSON freely
type RawJson = Record<string, any>;

/** Shard 1/2 (replications 0, 1) and 2/2 (2, 3) of a study of 4, shard 1 changed by `damage`. */
function pair(damage: (s: RawJson) => void = () => {}) {
  const a = shardOf(4, [0, 1], "1/2") as RawJson;
  damage(a);
  return [
    { file: "a.json", result: a },
    { file: "b.json", result: shardOf(4, [2, 3], "2/2") },
  ];
}

/** The message of the InputError the merge of `parts` throws. */
function messageOf(parts: { file: string; result: unknown }[]): string {
  return inputErrorOf(() => mergeMonteCarlo(parts)).message;
}

function nested(depth: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

describe("mergeMonteCarlo(parts)", () => {
  it("pools the replications and recomputes the summary from them", () => {
    const merged = mergeMonteCarlo(pair());
    const all = [0, 1, 2, 3].map((r) => sampleOf(r));
    expect(merged.shard).toBe("1/1");
    expect(merged.samples).toEqual(all);
    expect(merged.metrics).toEqual(summarizeReplications(all).metrics);
    expect(merged.targets.map((t) => [t.id, t.misses, t.limit, t.unit])).toEqual([
      ["cost.savings", 0, 0.27, "fraction"],
      ["migration.makespan", 0, 259_200, "s"],
    ]);
    expect(merged.timing).toEqual({ wallSeconds: 1, workers: 2, replicationsPerSecond: 4 });
  });

  it("holds only the format's fields: extra keys at the top, in samples and in targets are dropped", () => {
    const merged = mergeMonteCarlo(
      pair((s) => {
        s.extra = { secret: 1 };
        s.samples[0].note = "x";
        s.targets[0].colour = "red";
        s.scenario.owner = "me";
      }),
    ) as unknown as RawJson;
    expect(Object.keys(merged)).toEqual([
      "schemaVersion",
      "kind",
      "scenario",
      "runs",
      "shard",
      "varied",
      "metrics",
      "targets",
      "samples",
      "timing",
    ]);
    expect(merged.samples[0].note).toBeUndefined();
    expect(merged.targets[0].colour).toBeUndefined();
    expect(merged.scenario.owner).toBeUndefined();
  });

  it("reads a null latency (how JSON writes an unstable queue's Infinity) back as Infinity", () => {
    const merged = mergeMonteCarlo(pair((s) => (s.samples[1].latencyP95AfterMs = null)));
    expect(merged.samples[1]!.latencyP95AfterMs).toBe(Number.POSITIVE_INFINITY);
    expect(merged.metrics.latencyP95AfterMs!.max).toBe(Number.POSITIVE_INFINITY);
  });

  it("refuses a file that is not a Monte Carlo output, or of another schema version", () => {
    for (const result of [null, [], "x", {}, { kind: "run" }]) {
      expect(messageOf([{ file: "x.json", result }])).toBe(
        "x.json: expected the --json output of cutover montecarlo",
      );
    }
    expect(messageOf(pair((s) => (s.schemaVersion = 2)))).toBe(
      'a.json: field "schemaVersion": expected schema version 1, got 2',
    );
  });

  it("names the dotted field of a damaged shard (found by the fuzz suite: TypeError, null in the output)", () => {
    const cases: [(s: RawJson) => void, string][] = [
      [(s) => (s.targets = { a: 1 }), 'a.json: field "targets": expected an array, got {"a":1}'],
      [
        (s) => (s.timing.workers = "2"),
        'a.json: field "timing.workers": expected a whole number ≥ 1, got "2"',
      ],
      [
        (s) => delete s.scenario.seed,
        'a.json: field "scenario.seed": expected a value (number); the field is required',
      ],
      [
        (s) => (s.samples[1].makespanSeconds = "fast"),
        'a.json: field "samples[1].makespanSeconds": expected a number, got "fast"',
      ],
      [
        (s) => (s.samples[0].pass["cost.savings"] = 1),
        'a.json: field "samples[0].pass.cost.savings": expected a boolean, got 1',
      ],
      [(s) => (s.shard = "x"), 'a.json: field "shard": expected "i/n", e.g. "2/4", got "x"'],
    ];
    for (const [damage, message] of cases) expect(messageOf(pair(damage))).toBe(message);
  });

  it("refuses figures so large that the merged summary would overflow to Infinity, and a shard timed at 0 s", () => {
    expect(messageOf(pair((s) => (s.samples[0].makespanSeconds = 1e308)))).toBe(
      'a.json: field "samples[0].makespanSeconds": expected a number between 0 and 1e15, got 1e+308',
    );
    const merged = mergeMonteCarlo(pair((s) => (s.samples[0].makespanSeconds = 1e15)));
    expect(Number.isFinite(merged.metrics.makespanSeconds!.meanHalfWidth)).toBe(true);
    expect(messageOf(pair((s) => (s.timing.wallSeconds = 0)))).toBe(
      'a.json: field "timing.wallSeconds": expected a number > 0, got 0',
    );
  });

  it("quotes a short cut of a huge or deeply nested value (found by the fuzz suite: a stack overflow)", () => {
    const deep = messageOf(pair((s) => (s.varied = nested(100_000))));
    expect(deep).toBe(
      'a.json: field "varied[0]": expected an object, got [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[…',
    );
    const long = messageOf(pair((s) => (s.targets = Array(100_000).fill(7))));
    expect(long).toBe('a.json: field "targets[0]": expected an object, got 7');
    const wide = messageOf(pair((s) => (s.varied = { x: Array(100_000).fill("y") })));
    expect(wide.length).toBeLessThan(200);
  });

  it("refuses a runs count that is not a whole number ≥ 1 (found by the fuzz suite: 1e308 threw a RangeError)", () => {
    for (const [runs, got] of [
      [1e308, "1e+308"],
      [-1, "-1"],
      [0, "0"],
      [2.5, "2.5"],
      ["4", '"4"'],
      [null, "null"],
    ] as const) {
      expect(messageOf(pair((s) => (s.runs = runs)))).toBe(
        `a.json: field "runs": expected a whole number ≥ 1, got ${got}`,
      );
    }
  });

  it("names the first missing replications of a huge study at once (found by the fuzz suite: 3e8 runs hung)", () => {
    const started = performance.now();
    expect(messageOf([{ file: "a.json", result: shardOf(3e8, [1]) }])).toBe(
      "a.json: expected all 300000000 replications, got 299999999 missing (first: 0, 2, 3, 4, 5); merge every shard",
    );
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("refuses samples whose replication is not a whole number below runs, naming the sample", () => {
    expect(messageOf(pair((s) => (s.samples[1].replication = 4)))).toBe(
      'a.json: field "samples[1].replication": expected samples numbered by replication, whole numbers from 0 to 3, got "4"',
    );
    for (const [replication, got] of [
      [-1, "-1"],
      [1.5, "1.5"],
      ["0", '"0"'],
    ] as const) {
      expect(messageOf(pair((s) => (s.samples[1].replication = replication)))).toBe(
        `a.json: field "samples[1].replication": expected a whole number ≥ 0, got ${got}`,
      );
    }
    expect(messageOf(pair((s) => delete s.samples[1].replication))).toBe(
      'a.json: field "samples[1].replication": expected a value (number); the field is required',
    );
  });

  it("refuses a replication given twice", () => {
    const parts = [
      { file: "a.json", result: shardOf(4, [0, 1]) },
      { file: "b.json", result: shardOf(4, [1, 2, 3], "2/2") },
    ];
    expect(messageOf(parts)).toBe(
      "b.json: expected each replication in one shard only, got replication 1 twice",
    );
  });

  it("refuses shards of another study: scenario, seed, runs, varied inputs or targets", () => {
    const study =
      "b.json: expected a shard of the same study as a.json (scenario s, seed 1, 4 runs, same varied inputs and targets)";
    const damages: ((s: RawJson) => void)[] = [
      (s) => (s.scenario.name = "t"),
      (s) => (s.scenario.seed = 9),
      (s) => (s.varied[0].high = 0.96),
      (s) => (s.targets[0].limit = 0.3),
    ];
    for (const damage of damages) {
      const b = shardOf(4, [2, 3], "2/2") as RawJson;
      damage(b);
      expect(
        messageOf([
          { file: "a.json", result: shardOf(4, [0, 1]) },
          { file: "b.json", result: b },
        ]),
      ).toMatch(new RegExp(`^${study.replace(/[()]/g, "\\$&")}, got scenario `));
    }
  });

  it("refuses a target the samples name but the targets list lacks (found by the fuzz suite: limit null)", () => {
    const parts = pair((s) => s.targets.pop());
    parts[1]!.result = shardOf(4, [2, 3], "2/2");
    (parts[1]!.result as RawJson).targets.pop();
    expect(messageOf(parts)).toBe(
      'a.json: field "targets": expected an entry (label, limit, unit) for every target the samples name, got none for "migration.makespan"',
    );
  });

  it("throws nothing but a one-line InputError whatever value replaces any field", () => {
    const paths = [
      [],
      ["scenario"],
      ["scenario", "name"],
      ["runs"],
      ["varied"],
      ["varied", 0],
      ["metrics"],
      ["metrics", "makespanSeconds", "p50"],
      ["targets"],
      ["targets", 1, "id"],
      ["samples"],
      ["samples", 0],
      ["samples", 1, "pass"],
      ["samples", 1, "pass", "cost.savings"],
      ["timing"],
      ["timing", "wallSeconds"],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => {
        const parts = pair((s) => {
          if (path.length === 0) {
            Object.assign(s, { kind: "montecarlo", schemaVersion: 1, junk: value });
            return;
          }
          let node = s;
          for (const key of path.slice(0, -1)) node = node[key];
          node[path[path.length - 1]!] = value;
        });
        try {
          const merged = mergeMonteCarlo(parts);
          expect(merged.targets.every((t) => Number.isFinite(t.limit))).toBe(true);
          expect(Number.isInteger(merged.timing.workers)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
          expect((error as Error).message).not.toMatch(/[\n\r]/);
          expect((error as Error).message.length).toBeLessThan(700);
        }
      }),
      { numRuns: 300 },
    );
  });
});
