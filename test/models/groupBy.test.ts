import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { groupBy } from "../../models/groupBy.ts";

describe("groupBy", () => {
  it("keeps keys in order of first appearance and items in input order", () => {
    const groups = groupBy(["b1", "a1", "b2", "c1", "a2"], (s) => s[0]);
    expect([...groups.entries()]).toEqual([
      ["b", ["b1", "b2"]],
      ["a", ["a1", "a2"]],
      ["c", ["c1"]],
    ]);
  });

  it("gives what a filter per key gives (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 })), (items) => {
        const groups = groupBy(items, (n) => n % 3);
        for (const [k, list] of groups) expect(list).toEqual(items.filter((n) => n % 3 === k));
        expect([...groups.keys()]).toEqual([...new Set(items.map((n) => n % 3))]);
      }),
    );
  });
});
