import { describe, expect, it } from "vitest";
import { inputLimits } from "../../../scenarios/inventory/InputLimits.ts";
import { readCsv } from "../../../scenarios/inventory/readCsv.ts";
import { inputErrorOf } from "../inputErrorOf.ts";

/** maxRows 4 (4,096 rows per MiB × 0.001, rounded), maxCellChars 32,767 as always. */
const SMALL = inputLimits(0.001);

describe("readCsv(text, fileName, limits)", () => {
  it("reads a file of exactly limits.maxRows rows, header included", () => {
    const table = readCsv("VM,CPUs\na,1\nb,2\nc,3\n", "t.csv", SMALL);
    expect(table.rows.length).toBe(3);
  });

  it("refuses one row more, naming the file and the limit", () => {
    const error = inputErrorOf(() => readCsv("VM,CPUs\na,1\nb,2\nc,3\nd,4\n", "t.csv", SMALL));
    expect(error.message).toBe(
      "t.csv: expected at most 4 rows, header and blank rows included (raise the limit with --max-input-mib M), got more than 4",
    );
  });

  it("counts blank rows, so a file of empty lines is refused (and parsing stops at the limit)", () => {
    const error = inputErrorOf(() => readCsv(`VM,CPUs\n${"\n".repeat(1_000_000)}`, "t.csv", SMALL));
    expect(error.message).toMatch(/^t\.csv: expected at most 4 rows/);
  });

  it("refuses more cells than limits.maxCells, naming the row where the count passed it", () => {
    const limits = { ...SMALL, maxRows: 100, maxCells: 6 };
    expect(readCsv("VM,CPUs\na,1\nb,2\n", "t.csv", limits).rows.length).toBe(2);
    const error = inputErrorOf(() => readCsv("VM,CPUs\na,1\nb,2\nc,3\n", "t.csv", limits));
    expect(error.message).toBe(
      "t.csv: row 4: expected at most 6 cells in a file (raise the limit with --max-input-mib M), got more than 6",
    );
  });

  it("refuses a file of separators alone by its cell count, not after reading it all", () => {
    const limits = { ...SMALL, maxRows: 1_000, maxCells: 1_000 };
    const error = inputErrorOf(() => readCsv(`VM,CPUs\n${",".repeat(5_000)}\n`, "t.csv", limits));
    expect(error.message).toMatch(/^t\.csv: row 2: expected at most 1,000 cells in a file/);
  });

  it("does not count a first line sep=; as a row", () => {
    expect(readCsv("sep=;\nVM;CPUs\na;1\nb;2\nc;3\n", "t.csv", SMALL).rows.length).toBe(3);
  });

  it("refuses a cell longer than limits.maxCellChars, naming its row and column", () => {
    const long = "x".repeat(32_768);
    const error = inputErrorOf(() => readCsv(`VM,Annotation\nweb01,ok\nweb02,${long}\n`, "t.csv"));
    expect(error.message).toBe(
      `t.csv: row 3, column "Annotation": expected a cell of at most 32,767 characters (Excel's limit), got 32,768 characters`,
    );
  });

  it("keeps a cell of exactly limits.maxCellChars", () => {
    const cell = "x".repeat(32_767);
    expect(readCsv(`VM,Annotation\nweb01,${cell}\n`, "t.csv").rows[0]![1]!.length).toBe(32_767);
  });

  it("numbers a long cell's column when it lies beyond the header, and finds one in a quoted multi-line row", () => {
    const long = "y".repeat(40_000);
    expect(inputErrorOf(() => readCsv(`VM\nweb01,${long}\n`, "t.csv")).message).toMatch(
      /^t\.csv: row 2, column "#2": expected a cell of at most 32,767/,
    );
    expect(inputErrorOf(() => readCsv(`VM,Notes\n"a\nb",${long}\n`, "t.csv")).message).toMatch(
      /^t\.csv: row 2, column "Notes"/,
    );
  });

  it("refuses a row of more than a million characters as such (a separator not recognised?)", () => {
    const row = Array.from({ length: 40 }, () => "z".repeat(30_000)).join("|");
    const error = inputErrorOf(() => readCsv(`VM,CPUs\n${row}\n`, "t.csv"));
    expect(error.message).toBe(
      "t.csv: row 2: expected a row of at most 1,000,000 characters, each cell at most 32,767 (Excel's limit), got a longer row (a quote never closed, or a separator other than , or ;?)",
    );
  });
});
