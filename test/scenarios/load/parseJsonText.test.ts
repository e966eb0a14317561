import { describe, expect, it } from "vitest";
import {
  lineColumnAt,
  MAX_JSON_DEPTH,
  parseJsonText,
} from "../../../scenarios/load/parseJsonText.ts";
import { inputErrorOf } from "../inputErrorOf.ts";

function messageOf(text: string): string {
  return inputErrorOf(() => parseJsonText(text, "f.json", "a JSON scenario")).message;
}

describe("parseJsonText(text, file, what)", () => {
  it("parses JSON, skipping a UTF-8 byte order mark", () => {
    expect(parseJsonText('\ufeff{"a": [1]}', "f.json", "x")).toEqual({ a: [1] });
  });

  it("gives a one-line message with line, column and a short quoted excerpt (found by the fuzz suite: V8's message quoted the file's newlines)", () => {
    expect(messageOf("vm\n")).toBe(
      'f.json: row 1: expected valid JSON (line 1, column 1), got "vm\\n" where a value was expected',
    );
    expect(messageOf('{\n  "name": "x",\n  "seed": 1,,\n}')).toBe(
      'f.json: row 3: expected valid JSON (line 3, column 13), got ",\\n}" where a property name in double quotes was expected',
    );
    expect(messageOf(`{"a": [1, 2${" ".repeat(10)}`)).toBe(
      'f.json: row 1: expected valid JSON (line 1, column 22), got the end of the text where "," or "]" was expected',
    );
    expect(messageOf(`[\n"${"x".repeat(1000)}\n"]`)).toBe(
      `f.json: row 2: expected valid JSON (line 2, column 1002), got "\\n\\"]" inside a string (a control character must be escaped)`,
    );
    expect(messageOf(`{"a": x${"y".repeat(1000)}}`)).toBe(
      `f.json: row 1: expected valid JSON (line 1, column 7), got "x${"y".repeat(23)}…" where a value was expected in an object`,
    );
  });

  it("quotes control characters and a UTF-16 byte order mark escaped", () => {
    expect(messageOf("\u001b[2J")).toBe(
      'f.json: row 1: expected valid JSON (line 1, column 1), got "\\u001b[2J" where a value was expected',
    );
    expect(messageOf("\ufffd\ufffd{}")).toBe(
      'f.json: row 1: expected valid JSON (line 1, column 1), got "��{}" where a value was expected',
    );
  });

  it("refuses an empty text and binary data (UTF-16 holds NULs)", () => {
    expect(messageOf(" \n")).toBe("f.json: expected a JSON scenario, got an empty file");
    expect(messageOf("{\u0000}")).toBe("f.json: expected a JSON text file, got binary data");
  });

  it(`refuses nesting deeper than ${MAX_JSON_DEPTH} levels, located, before anything walks it`, () => {
    const ok = `${"[".repeat(MAX_JSON_DEPTH)}${"]".repeat(MAX_JSON_DEPTH)}`;
    expect(() => parseJsonText(ok, "f.json", "x")).not.toThrow();
    expect(messageOf(`{"a":\n ${"[".repeat(1_000_000)}`)).toBe(
      'f.json: row 2: expected JSON nested at most 64 levels deep (line 2, column 65), got "[[[[[[[[[[[[[[[[[[[[[[[[…" nesting deeper than 64 levels',
    );
  });
});

describe("lineColumnAt(text, offset)", () => {
  it("counts lines from 1 and columns from 1 in code units", () => {
    expect(lineColumnAt("ab\ncd\r\nef", 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumnAt("ab\ncd\r\nef", 3)).toEqual({ line: 2, column: 1 });
    expect(lineColumnAt("ab\ncd\r\nef", 8)).toEqual({ line: 3, column: 2 });
  });
});
