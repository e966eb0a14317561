import { describe, expect, it } from "vitest";
import { readCsv } from "../../../scenarios/inventory/readCsv.ts";
import { inputErrorOf } from "../inputErrorOf.ts";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("readCsv(text, fileName)", () => {
  it("reads a comma-separated file with a decimal point", () => {
    const table = readCsv("VM,Memory\nweb01,4096.5\n", "vInfo.csv");
    expect(table).toEqual({
      file: "vInfo.csv",
      header: ["VM", "Memory"],
      headerRowNumber: 1,
      rows: [["web01", "4096.5"]],
      rowNumbers: [2],
      decimalSeparator: ".",
    });
  });

  it("detects ';' from the header line and then reads numbers with a decimal comma", () => {
    const table = readCsv("VM;Memory;Note\nweb01;4096,5;a,b\n", "vInfo.csv");
    expect([table.rows, table.decimalSeparator]).toEqual([[["web01", "4096,5", "a,b"]], ","]);
  });

  it("ignores separators inside quotes when choosing one", () => {
    expect(readCsv('"a;b;c",x,y\n1,2,3\n', "t.csv").decimalSeparator).toBe(".");
  });

  it('follows a first line "sep=;" naming the separator, numbering lines from the file\'s start', () => {
    const table = readCsv("sep=;\nVM,name;CPUs\nweb01;2,5\n", "t.csv");
    expect([table.header, table.rows, table.rowNumbers, table.decimalSeparator]).toEqual([
      ["VM,name", "CPUs"],
      [["web01", "2,5"]],
      [3],
      ",",
    ]);
  });

  it("strips a UTF-8 byte-order mark, from a string or from bytes", () => {
    expect(readCsv("\ufeffVM,CPUs\nweb01,2\n", "t.csv").header[0]).toBe("VM");
    expect(readCsv(utf8("\ufeffVM,CPUs\nweb01,2\n"), "t.csv").header[0]).toBe("VM");
  });

  it("reads UTF-16 files that start with a byte-order mark", () => {
    const text = "VM,CPUs\ncafé,2\n";
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes[2 + 2 * i] = text.charCodeAt(i);
    expect(readCsv(bytes, "t.csv").rows).toEqual([["café", "2"]]);
  });

  it("reads quoted cells with doubled quotes, separators and line breaks, and numbers rows by the line they start on", () => {
    const table = readCsv(
      'VM,Annotation,CPUs\nweb01,"Owner: ""web"", ops;\nline 2",2\ndb01,,4\n',
      "t.csv",
    );
    expect(table.rows).toEqual([
      ["web01", 'Owner: "web", ops;\nline 2', "2"],
      ["db01", "", "4"],
    ]);
    expect(table.rowNumbers).toEqual([2, 4]);
  });

  it("reads CRLF and CR line ends", () => {
    expect(readCsv("VM,CPUs\r\nweb01,2\r\n", "t.csv").rows).toEqual([["web01", "2"]]);
    expect(readCsv("VM,CPUs\rweb01,2\r", "t.csv").rows).toEqual([["web01", "2"]]);
  });

  it("skips blank rows, trailing separator-only rows included, keeping the line numbers of the others", () => {
    const table = readCsv("VM;CPUs\n\nweb01;2\n;\n  ;  \ndb01;4\n;\n;\n\n", "t.csv");
    expect([table.rows, table.rowNumbers]).toEqual([
      [
        ["web01", "2"],
        ["db01", "4"],
      ],
      [3, 6],
    ]);
  });

  it("accepts rows shorter or longer than the header", () => {
    expect(readCsv("VM,CPUs,Memory\nweb01,2\ndb01,4,8192,extra\n", "t.csv").rows).toEqual([
      ["web01", "2"],
      ["db01", "4", "8192", "extra"],
    ]);
  });

  it("throws an InputError for an empty file", () => {
    expect(inputErrorOf(() => readCsv("", "empty.csv")).message).toBe(
      "empty.csv: expected a header row, got an empty file",
    );
    expect(inputErrorOf(() => readCsv(" \n;;\n\n", "blank.csv")).message).toBe(
      "blank.csv: expected a header row, got an empty file",
    );
  });

  it("throws an InputError for a binary file (NUL bytes)", () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]);
    expect(inputErrorOf(() => readCsv(bytes, "export.csv")).message).toBe(
      "export.csv: expected a text (CSV) file, got a binary file (it contains NUL bytes)",
    );
  });

  it("throws an InputError naming the line of bytes that are not UTF-8 (e.g. Windows-1252)", () => {
    const bytes = new Uint8Array([...utf8("VM,CPUs\nweb01,2\ncaf"), 0xe9, ...utf8(",2\n")]);
    expect(inputErrorOf(() => readCsv(bytes, "latin1.csv")).message).toBe(
      'latin1.csv: row 3: expected UTF-8 text (save the file as "CSV UTF-8"), got bytes that are not UTF-8',
    );
  });

  it("throws an InputError naming the line where a quote never closed opens", () => {
    const error = inputErrorOf(() => readCsv('VM,CPUs\nweb01,2\n"db01,4\nweb02,2\n', "t.csv"));
    expect([error.file, error.row]).toEqual(["t.csv", 3]);
    expect(error.message).toMatch(
      /^t\.csv: row 3: expected well-formed CSV \(quotes closed, quotes inside quoted cells doubled\), got CSV_QUOTE_NOT_CLOSED/,
    );
  });
});
