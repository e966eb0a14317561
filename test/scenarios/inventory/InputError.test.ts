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
