import { describe, expect, it } from "vitest";
import { readExtras } from "../../web/readExtras.ts";

describe("readExtras(texts)", () => {
  it("reads absent or null slots as no extra", () => {
    expect(readExtras({})).toEqual({});
    expect(readExtras({ monteCarlo: "null", comparison: " null " })).toEqual({});
  });

  it("returns a Monte Carlo result of this version and a comparison", () => {
    const extras = readExtras({
      monteCarlo: '{"schemaVersion":1,"kind":"montecarlo"}',
      comparison: '{"scenarios":[],"rows":[]}',
    });
    expect(extras.monteCarlo?.kind).toBe("montecarlo");
    expect(extras.comparison?.rows).toEqual([]);
  });

  it("names what is wrong: bad JSON, another kind or version, a comparison without rows", () => {
    expect(() => readExtras({ monteCarlo: "{" })).toThrow(/Monte Carlo result is not valid JSON/);
    expect(() => readExtras({ monteCarlo: '{"schemaVersion":1}' })).toThrow(
      /not a Monte Carlo result/,
    );
    expect(() => readExtras({ monteCarlo: '{"schemaVersion":9,"kind":"montecarlo"}' })).toThrow(
      /schema version 9; this report reads version 1/,
    );
    expect(() => readExtras({ comparison: '{"scenarios":[]}' })).toThrow(/no scenarios and rows/);
  });
});
