import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  cutText,
  escapeControlCharacters,
  oneLineText,
} from "../../../scenarios/inventory/oneLineText.ts";

describe("oneLineText(text, maxChars, keep)", () => {
  it("escapes newlines, tabs, other C0 and C1 controls, DEL and the Unicode line separators", () => {
    expect(escapeControlCharacters("a\nb\r\tc\u0000\u001b[31m\u007f\u0085\u2028\u2029")).toBe(
      "a\\nb\\r\\tc\\u0000\\u001b[31m\\u007f\\u0085\\u2028\\u2029",
    );
  });

  it("leaves a short text as it is and cuts a long one at its end with …", () => {
    expect(oneLineText("vInfo.csv", 60)).toBe("vInfo.csv");
    expect(oneLineText("x".repeat(100_000), 10)).toBe(`${"x".repeat(10)}…`);
  });

  it('keeps both ends of a long dotted path with keep: "ends"', () => {
    expect(cutText(`inventory.vms[3] (${"w".repeat(100)}).memory`, 20, "ends")).toBe(
      "inventory.…ww).memory",
    );
  });

  it("never splits a surrogate pair", () => {
    expect(cutText("ab😀c", 3)).toBe("ab…");
    expect(cutText("😀😀😀😀", 3, "ends")).toBe("😀…😀");
  });

  it("gives one line of bounded length for any text (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 500 }), fc.nat(100), (text, max) => {
        const line = oneLineText(text, max, "ends");
        expect(line).not.toMatch(/[\n\r\u2028\u2029]/);
        expect(line.length).toBeLessThanOrEqual(6 * (max + 1));
      }),
    );
  });
});
