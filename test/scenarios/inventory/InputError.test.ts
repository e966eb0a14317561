import { describe, expect, it } from "vitest";
import { InputError } from "../../../scenarios/inventory/InputError.ts";

describe("InputError", () => {
  it('formats <file>: row <n>, column "<field>": expected <what>, got "<value>"', () => {
    const error = new InputError({
      file: "vInfo.csv",
      row: 7,
      field: "Memory",
      expected: "a number > 0 (MiB)",
      value: "-4096",
    });
    expect(error.message).toBe(
      'vInfo.csv: row 7, column "Memory": expected a number > 0 (MiB), got "-4096"',
    );
    expect([error.name, error.file, error.row, error.field, error.expected, error.value]).toEqual([
      "InputError",
      "vInfo.csv",
      7,
      "Memory",
      "a number > 0 (MiB)",
      "-4096",
    ]);
  });

  it("leaves out the parts that do not apply", () => {
    expect(
      new InputError({ file: "a.csv", expected: "a header row", got: "an empty file" }).message,
    ).toBe("a.csv: expected a header row, got an empty file");
    expect(new InputError({ file: "a.csv", row: 3, expected: "UTF-8 text" }).message).toBe(
      "a.csv: row 3: expected UTF-8 text",
    );
    expect(new InputError({ file: "a.csv", field: "VM", expected: "a column" }).message).toBe(
      'a.csv: column "VM": expected a column',
    );
  });

  it("names a workbook's sheet after the file", () => {
    expect(
      new InputError({
        file: "x.xlsx",
        sheet: "vInfo",
        row: 2,
        field: "CPUs",
        expected: "a whole number ≥ 1",
        value: "",
      }).message,
    ).toBe('x.xlsx [vInfo]: row 2, column "CPUs": expected a whole number ≥ 1, got ""');
  });

  it("escapes control characters and cuts long values", () => {
    const error = new InputError({
      file: "a.csv",
      expected: "a number",
      value: `\u0000${"x".repeat(100)}`,
    });
    expect(error.message).toBe(`a.csv: expected a number, got "\\u0000${"x".repeat(59)}…"`);
  });

  it("leaves optional fields absent rather than undefined", () => {
    expect(Object.keys(new InputError({ file: "a.csv", expected: "x" }))).not.toContain("row");
  });
});

describe("InputError on inputs that try to break it (issue 12)", () => {
  it("cuts a huge column name, keeping its start and end (found by the fuzz suite: a 71 KB message from a 10^5-character header cell)", () => {
    const error = new InputError({
      file: "RVTools_tabvInfo.csv",
      row: 1,
      field: `${"x".repeat(100_000)}END`,
      expected: "a known column",
    });
    expect(error.message).toBe(
      `RVTools_tabvInfo.csv: row 1, column "${"x".repeat(40)}…${"x".repeat(37)}END": expected a known column`,
    );
    expect(error.field).toHaveLength(100_003);
  });

  it("cuts a long got at 200 characters", () => {
    const error = new InputError({ file: "a.json", expected: "x", got: "g".repeat(1000) });
    expect(error.message).toBe(`a.json: expected x, got ${"g".repeat(200)}…`);
  });

  it("escapes newlines in every part, so that a message is one line", () => {
    const error = new InputError({
      file: "a\nb.csv",
      sheet: "v\rInfo",
      row: 2,
      field: "V\nM",
      expected: "a name\n",
      got: "two\nlines",
    });
    expect(error.message).toBe(
      'a\\nb.csv [v\\rInfo]: row 2, column "V\\nM": expected a name\\n, got two\\nlines',
    );
    const value = new InputError({ file: "a.csv", expected: "x", value: "a\u2028b\u0085" });
    expect(value.message).toBe('a.csv: expected x, got "a\\u2028b\\u0085"');
  });
});
