import { describe, expect, it } from "vitest";
import { builtinNames } from "../../../scenarios/load/builtinScenarios.ts";
import { loadScenario } from "../../../scenarios/load/loadScenario.ts";
import { nonFiniteNumbers } from "../../../scenarios/result/nonFiniteNumbers.ts";
import { NULLABLE_RESULT_FIELDS } from "../../../scenarios/result/SimulationResult.ts";
import { runScenario } from "../../../scenarios/run/runScenario.ts";

describe("nonFiniteNumbers(value, nullable)", () => {
  it("lists NaN, ±Infinity and nulls not allowed, by dotted path with indices", () => {
    const value = {
      a: 1,
      b: [2, Number.NaN, { c: Number.POSITIVE_INFINITY }],
      d: null,
      e: { f: null, g: -Number.MAX_VALUE },
      h: [{ k: null }, { k: null }],
    };
    expect(nonFiniteNumbers(value)).toEqual(["b[1]", "b[2].c", "d", "e.f", "h[0].k", "h[1].k"]);
    expect(nonFiniteNumbers(value, ["d", "e.*", "h[].k"])).toEqual(["b[1]", "b[2].c"]);
  });

  it("lets `*` stand for a key but not for a list item", () => {
    expect(nonFiniteNumbers({ a: [null] }, ["a.*"])).toEqual(["a[0]"]);
    expect(nonFiniteNumbers({ a: [null] }, ["a[]"])).toEqual([]);
  });

  it("walks 100,000 items without overflowing the stack", () => {
    const long = Array.from({ length: 100_000 }, (_, i) => ({ x: i }));
    expect(nonFiniteNumbers(long)).toEqual([]);
  });
});

describe("every built-in scenario's result (the contract of SimulationResult)", () => {
  it.each(builtinNames())(
    "%s: every number is finite and only NULLABLE_RESULT_FIELDS are null",
    async (name) => {
      const result = runScenario(await loadScenario(name));
      expect(nonFiniteNumbers(result, NULLABLE_RESULT_FIELDS)).toEqual([]);
      // The same holds of the JSON that `cutover run --json` prints.
      const printed = JSON.parse(JSON.stringify(result));
      expect(nonFiniteNumbers(printed, NULLABLE_RESULT_FIELDS)).toEqual([]);
    },
    60_000,
  );
});
