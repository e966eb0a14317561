import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InputError } from "../../../scenarios/inventory/InputError.ts";
import { inlineScenario } from "../../../scenarios/load/inlineScenario.ts";
import { parseScenario, type ScenarioReader } from "../../../scenarios/load/parseScenario.ts";
import type { Scenario } from "../../../scenarios/Scenario.ts";
import { serializeScenario } from "../../../scenarios/save/serializeScenario.ts";

const builtin = join(import.meta.dirname, "../../../scenarios/builtin");
const read: ScenarioReader = (ref) => ({
  text: readFileSync(join(builtin, `${ref}.json`), "utf8"),
  file: `${ref}.json`,
});
const referenceText = readFileSync(join(builtin, "reference.json"), "utf8");

function load(text: string, file = "saved.json"): Scenario {
  return inlineScenario(parseScenario(text, file, read).parsed, file);
}

/** What must survive a save-then-load: everything but where it was read from. */
function comparable(s: Scenario) {
  const { file: _file, inventorySource, ...rest } = s;
  return { ...rest, synthetic: inventorySource.synthetic };
}

const reference = load(referenceText, "reference.json");

/** Valid variations of the reference: VM subsets and sizes, link, prices, seed, growth. */
const scenarios: fc.Arbitrary<Scenario> = fc
  .record({
    seed: fc.integer(),
    keep: fc.array(fc.boolean(), {
      minLength: reference.inventory.vms.length,
      maxLength: reference.inventory.vms.length,
    }),
    vcpu: fc.integer({ min: 1, max: 12 }),
    memoryMiB: fc.integer({ min: 256, max: 131_072 }),
    diskGiB: fc.integer({ min: 1, max: 1_500 }),
    usedPercent: fc.integer({ min: 0, max: 100 }),
    bandwidthMbps: fc.integer({ min: 100, max: 100_000 }),
    rttMs: fc.double({ min: 0, max: 150, noNaN: true }),
    price: fc.double({ min: 0, max: 100, noNaN: true }),
    growthMax: fc.integer({ min: 2, max: 10 }),
  })
  .map((g) => {
    const vms = reference.inventory.vms
      .filter((_, i) => g.keep[i] === true || i === 0)
      .map((vm, i) =>
        i === 0
          ? {
              ...vm,
              vcpu: g.vcpu,
              memoryBytes: g.memoryMiB * 2 ** 20,
              diskProvisionedBytes: g.diskGiB * 2 ** 30,
              diskUsedBytes: Math.floor((g.diskGiB * 2 ** 30 * g.usedPercent) / 100),
            }
          : vm,
      );
    const perVcpu = reference.costs.shared.perVcpuPerMonth;
    return {
      ...reference,
      seed: g.seed,
      inventory: { ...reference.inventory, vms },
      link: {
        ...reference.link,
        bandwidthBytesPerSecond: (g.bandwidthMbps * 1e6) / 8,
        rttSeconds: g.rttMs / 1000,
      },
      costs: {
        ...reference.costs,
        shared: {
          ...reference.costs.shared,
          perVcpuPerMonth: {
            ...perVcpu,
            value: g.price,
            low: Math.min(g.price, perVcpu.low),
            high: Math.max(g.price, perVcpu.high),
          },
        },
      },
      growth: { ...reference.growth, vmsPerYearMax: g.growthMax },
    };
  });

describe("serializeScenario", () => {
  it("writes the reference scenario so that it loads back unchanged", () => {
    expect(comparable(load(serializeScenario(reference)))).toEqual(comparable(reference));
  });

  it("writes human units where they read back exactly", () => {
    const text = serializeScenario(reference);
    expect(text).toContain('"bandwidth": "10 Gbit/s"');
    expect(text).toContain('"memory": "8 GiB"');
    expect(text).toContain('"window": "72 h"');
    expect(text).toContain('"hosts": "inventory"');
  });

  it("every generated valid scenario survives save-then-load unchanged", () => {
    fc.assert(
      fc.property(scenarios, (scenario) => {
        expect(comparable(load(serializeScenario(scenario)))).toEqual(comparable(scenario));
      }),
      { numRuns: 60 },
    );
  });
});

/** Small edits a user (or a broken tool) might make to a scenario file. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant("delete-char" as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant("insert-char" as const),
    at: fc.nat(),
    char: fc.constantFrom("{", "}", ",", '"', "x", "-", "0", ":", "\u0000"),
  }),
  fc.record({
    kind: fc.constant("replace-number" as const),
    at: fc.nat(),
    with: fc.constantFrom('"text"', "-1", "0", "1e309", "null", "[]", "true", "1.5"),
  }),
  fc.record({
    kind: fc.constant("replace-unit" as const),
    at: fc.nat(),
    with: fc.constantFrom("GB", "parsecs", "%", "", "Gbit/s", "h", "ms"),
  }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(text: string, m: Mutation): string {
  const at = m.at % Math.max(1, text.length);
  switch (m.kind) {
    case "delete-char":
      return text.slice(0, at) + text.slice(at + 1);
    case "insert-char":
      return text.slice(0, at) + m.char + text.slice(at);
    case "truncate":
      return text.slice(0, at);
    case "replace-number": {
      const numbers = [...text.matchAll(/(?<=: )-?\d+(\.\d+)?/g)];
      const hit = numbers[m.at % Math.max(1, numbers.length)];
      return hit === undefined
        ? text
        : text.slice(0, hit.index) + m.with + text.slice(hit.index + hit[0].length);
    }
    default: {
      const units = [...text.matchAll(/(?<=\d )[A-Za-z%/]+(?=")/g)];
      const hit = units[m.at % Math.max(1, units.length)];
      return hit === undefined
        ? text
        : text.slice(0, hit.index) + m.with + text.slice(hit.index + hit[0].length);
    }
  }
}

describe("loading mutated scenario files", () => {
  it("yields a valid scenario or a located InputError, never a crash", () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const text = mutations.reduce((t, m) => mutate(t, m), referenceText);
        try {
          load(text, "mutated.json");
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
          const e = error as InputError;
          expect(e.file).toBe("mutated.json");
          expect(e.message.startsWith("mutated.json")).toBe(true);
          expect(e.expected.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
