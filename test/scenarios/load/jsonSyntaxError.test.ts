import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonSyntaxError } from "../../../scenarios/load/jsonSyntaxError.ts";

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe("jsonSyntaxError(text, maxDepth)", () => {
  it("finds nothing wrong in valid JSON", () => {
    for (const text of [
      '{"a": [1, -2.5e+3, "x\\u00e9\\n", true, false, null, {}, []]}',
      " 0 ",
      '""',
    ]) {
      expect(jsonSyntaxError(text, 64)).toBeNull();
    }
  });

  it("names the offset and what was expected there", () => {
    expect(jsonSyntaxError('{"a": 1,}', 64)).toEqual({
      offset: 8,
      problem: "where a property name in double quotes was expected",
      atEnd: false,
    });
    expect(jsonSyntaxError("vm\n", 64)).toEqual({
      offset: 0,
      problem: "where a value was expected",
      atEnd: false,
    });
    expect(jsonSyntaxError("[1, 2", 64)).toEqual({
      offset: 5,
      problem: 'where "," or "]" was expected',
      atEnd: true,
    });
    expect(jsonSyntaxError('{"a" 1}', 64)?.problem).toBe('where ":" was expected');
    expect(jsonSyntaxError("[1,]", 64)?.problem).toBe("where a value was expected in a list");
    expect(jsonSyntaxError("{} {}", 64)).toEqual({
      offset: 3,
      problem: "after the end of the JSON value",
      atEnd: false,
    });
    expect(jsonSyntaxError('"a\nb"', 64)?.problem).toBe(
      "inside a string (a control character must be escaped)",
    );
    expect(jsonSyntaxError('"\\x"', 64)?.problem).toBe("inside a string (an unknown escape)");
    expect(jsonSyntaxError('"abc', 64)?.atEnd).toBe(true);
    for (const number of [
      "01",
      "1.",
      "-",
      "+1",
      ".5",
      "1e",
      "0x10",
      "NaN",
      "Infinity",
      "nul",
      "truex",
    ]) {
      expect(jsonSyntaxError(number, 64)?.offset).toBe(0);
    }
  });

  it("refuses nesting deeper than maxDepth at the bracket that goes too deep", () => {
    expect(jsonSyntaxError("[[[]]]", 3)).toBeNull();
    expect(jsonSyntaxError('[{"a":[[]]}]', 3)).toEqual({
      offset: 7,
      problem: "nesting deeper than 3 levels",
      atEnd: false,
    });
  });

  it("scans a text nested 10^6 deep without overflowing the stack", () => {
    const deep = `${"[".repeat(1_000_000)}${"]".repeat(1_000_000)}`;
    expect(jsonSyntaxError(deep, 64)?.offset).toBe(64);
    expect(jsonSyntaxError(deep, 2_000_000)).toBeNull();
  });

  it("agrees with JSON.parse on every text (property: JSON texts, damaged ones, any strings)", () => {
    const damaged = fc
      .tuple(fc.json(), fc.nat(), fc.nat(3), fc.constantFrom(...'[]{},:"\\ 0-.eEtn\n\u0001x'))
      .map(([text, at, cut, c]) => {
        const i = at % (text.length + 1);
        return text.slice(0, i) + c + text.slice(i + cut);
      });
    fc.assert(
      fc.property(fc.oneof(fc.json(), damaged, fc.string({ unit: "binary" })), (text) => {
        expect(jsonSyntaxError(text, 1_000) === null).toBe(parses(text));
      }),
      { numRuns: 3_000 },
    );
  });
});
