import { describe, expect, it } from "vitest";
import {
  CHECK_PREFIX,
  REPLACE_PREFIX,
  replacementMarked,
} from "../../../scenarios/init/replacementMarked.ts";

describe("replacementMarked(json)", () => {
  it("prefixes a sourced value's assumption with REPLACE and its source with CHECK", () => {
    expect(
      replacementMarked({
        a: { value: 9, assumption: "provider price", low: 7 },
        b: { inner: { value: "7 %", source: "FACTS.md" } },
      }),
    ).toEqual({
      a: { value: 9, assumption: `${REPLACE_PREFIX}provider price`, low: 7 },
      b: { inner: { value: "7 %", source: `${CHECK_PREFIX}FACTS.md` } },
    });
  });

  it("leaves plain values, arrays and objects without a value as they are", () => {
    const json = { scheme: "per-core", count: 2, list: [1, "x"], note: { source: "not sourced" } };
    expect(replacementMarked(json)).toEqual(json);
  });

  it("does not change its input", () => {
    const json = { value: 1, assumption: "a" };
    replacementMarked(json);
    expect(json.assumption).toBe("a");
  });
});
