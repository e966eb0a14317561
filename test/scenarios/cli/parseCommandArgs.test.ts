import { describe, expect, it } from "vitest";
import {
  joinNegativeValues,
  parseCommandArgs,
  seedOption,
} from "../../../scenarios/cli/parseCommandArgs.ts";
import { UsageError } from "../../../scenarios/cli/UsageError.ts";

const FLAGS = { seed: "string", json: "boolean", "rtt-ms": "string" } as const;

function parse(...argv: string[]) {
  return parseCommandArgs(argv, FLAGS, "cutover run [--seed N]", 1);
}

describe("parseCommandArgs", () => {
  it("takes a negative number after a flag that takes a value as its value: --seed -1", () => {
    expect(parse("--seed", "-1").values.seed).toBe("-1");
    expect(parse("--seed=-1").values.seed).toBe("-1");
    expect(parse("reference", "--rtt-ms", "-5", "--json").values).toEqual({
      "rtt-ms": "-5",
      json: true,
    });
  });

  it("still refuses an unknown short flag, and a negative number after a boolean flag", () => {
    expect(() => parse("-x")).toThrow(UsageError);
    expect(() => parse("-x")).toThrow(/Unknown option '-x'/);
    expect(() => parse("--json", "-1")).toThrow(UsageError);
  });

  it("says in one line that a flag's value is missing when an option follows it (node writes three)", () => {
    const message = (() => {
      try {
        parse("--seed", "--json");
      } catch (error) {
        return (error as Error).message;
      }
      return "";
    })();
    expect(message).toBe(
      '--seed: expected a value, got an option (write --seed=VALUE for a value that starts with "-")\nusage: cutover run [--seed N]',
    );
  });

  it("escapes control characters in an unknown flag or an extra argument, so the message stays one line", () => {
    expect(() => parse("--fo\no")).toThrow(/^Unknown option '--fo\\no'\nusage: /);
    expect(() => parse("a", "b\nc")).toThrow(/^unexpected argument "b\\nc"\nusage: /);
  });

  it("joinNegativeValues(argv, flags) leaves everything after -- alone", () => {
    expect(joinNegativeValues(["--seed", "-1e3", "--", "--seed", "-2"], FLAGS)).toEqual([
      "--seed=-1e3",
      "--",
      "--seed",
      "-2",
    ]);
    expect(joinNegativeValues(["--seed", "-abc"], FLAGS)).toEqual(["--seed", "-abc"]);
  });
});

describe("seedOption", () => {
  it("keeps negative seeds: RandomStreams takes any safe integer", () => {
    expect(seedOption("-1")).toBe(-1);
    expect(seedOption(undefined)).toBeUndefined();
  });

  it("refuses a seed that is not a safe integer, naming --seed and the range", () => {
    expect(() => seedOption("1.5")).toThrow(
      '--seed: expected a whole number ≥ -9007199254740991 and ≤ 9007199254740991 (a safe integer, as RandomStreams takes), got "1.5"',
    );
    expect(() => seedOption("9007199254740993")).toThrow(/--seed: expected a whole number/);
    expect(() => seedOption("0x10")).toThrow(UsageError);
  });
});
