import { describe, expect, it } from "vitest";
import { mergeScenario } from "../../../scenarios/load/mergeScenario.ts";

describe("mergeScenario(base, override)", () => {
  it("merges objects key by key and keeps what the override does not name", () => {
    expect(
      mergeScenario(
        { link: { bandwidth: "10 Gbit/s", rtt: "4 ms" }, seed: 1 },
        { link: { bandwidth: "1 Gbit/s" } },
      ),
    ).toEqual({ link: { bandwidth: "1 Gbit/s", rtt: "4 ms" }, seed: 1 });
  });

  it("replaces arrays and plain values", () => {
    expect(mergeScenario({ order: ["a", "b"], n: 1 }, { order: ["c"], n: 2 })).toEqual({
      order: ["c"],
      n: 2,
    });
  });

  it("replaces a sourced value whole, so its provenance never mixes with the base's", () => {
    const base = {
      price: { value: 350, source: "list price", low: 185, high: 350, currency: "USD" },
    };
    const override = { price: { value: 135, source: "VVF list price" } };
    expect(mergeScenario(base, override)).toEqual(override);
  });

  it("does not modify its inputs", () => {
    const base = { a: { b: 1 } };
    const override = { a: { c: 2 } };
    mergeScenario(base, override);
    expect(base).toEqual({ a: { b: 1 } });
    expect(override).toEqual({ a: { c: 2 } });
  });
});
