import { describe, expect, it } from "vitest";
import { builtinNameOf } from "../../../web/interactive/builtinNameOf.ts";

const of = (name: string, file: string) =>
  builtinNameOf({ scenario: { name, file } } as Parameters<typeof builtinNameOf>[0]);

describe("builtinNameOf(result)", () => {
  it.each([
    ["reference", "scenarios/builtin/reference.json", "reference"],
    [
      "reference-1gbe",
      "/usr/lib/node_modules/cutover/scenarios/builtin/reference-1gbe.json",
      "reference-1gbe",
    ],
    ["reference", "C:\\cutover\\scenarios\\builtin\\reference.json", "reference"],
    ["reference", "reference.json", "reference"],
    ["mine", "work/mine.json", null],
    ["reference", "work/reference-copy.json", null],
    ["imported", "RVTools_export.xlsx", null],
  ])("%s from %s → %s", (name, file, expected) => {
    expect(of(name, file)).toBe(expected);
  });
});
