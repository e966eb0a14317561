import fc from "fast-check";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_INPUT_LIMITS,
  type InputLimits,
} from "../../../scenarios/inventory/InputLimits.ts";
import { readXlsx } from "../../../scenarios/inventory/readXlsx.ts";
import { inputErrorOf } from "../inputErrorOf.ts";
import { FLEET, xlsxBytes } from "./makeFixtures.ts";
import { workbookEntries, xlsxBomb } from "./zip/xlsxBomb.ts";
import { zipOf } from "./zip/zipOf.ts";

const LIMITS: InputLimits = { ...DEFAULT_INPUT_LIMITS };
const sheetOf = (rows: string): string => `<worksheet><sheetData>${rows}</sheetData></worksheet>`;
const book = (sheetXml: string, extra: Parameters<typeof zipOf>[0] = []) =>
  zipOf([...workbookEntries(sheetXml), ...extra]);
const sharedOf = (items: string) => ({
  name: "xl/sharedStrings.xml",
  data: strToU8(`<sst>${items}</sst>`),
});

describe("readXlsx(bytes, fileName, { limits }) on a zip bomb", () => {
  // Built once: a 2 MB .xlsx whose shared strings inflate to 1.6 GB, directory honest.
  const honest = xlsxBomb();

  it("builds the issue's bomb: about 2 MB inflating to 1.6 GB (a check of the fixture)", () => {
    expect(honest.bytes.length).toBeLessThan(2.5e6);
    expect(honest.inflatedBytes).toBeGreaterThan(1.59e9);
  });

  it("refuses an honestly declared bomb from the directory, by its ratio, before inflating", () => {
    expect(inputErrorOf(() => readXlsx(honest.bytes, "bomb.xlsx")).message).toMatch(
      /^bomb\.xlsx \[xl\/sharedStrings\.xml\]: expected a part inflating to at most 100× its compressed size, got [\d,]+× declared by the zip directory \(1,5\d\d(\.\d)? MiB from [\d.,]+ (KiB|MiB)\): a zip bomb\?$/,
    );
  });

  it("refuses a part declared larger than maxPartBytes", () => {
    const limits = { ...LIMITS, maxPartBytes: 1e9 };
    expect(inputErrorOf(() => readXlsx(honest.bytes, "bomb.xlsx", { limits })).message).toMatch(
      /^bomb\.xlsx \[xl\/sharedStrings\.xml\]: expected a part of at most 953\.7 MiB once inflated, got 1,5\d\d(\.\d)? MiB declared by the zip directory$/,
    );
  });

  it("reads a workbook beside a part it never reads, however well that part compresses", () => {
    const unread = { name: "xl/media/blank.bin", data: new Uint8Array(1_000_000) };
    const xml = sheetOf(`<row r="1"><c r="A1" t="inlineStr"><is><t>VM</t></is></c></row>`);
    expect(readXlsx(book(xml, [unread]), "book.xlsx").get("vInfo")).toEqual([["VM"]]);
  });

  it("refuses a bomb whose directory lies small, once inflation passes the declared size", () => {
    const lying = xlsxBomb({ declaredBytes: 1_000_000 });
    expect(inputErrorOf(() => readXlsx(lying.bytes, "lying.xlsx")).message).toBe(
      "lying.xlsx [xl/sharedStrings.xml]: expected the 976.6 KiB the zip directory declares for xl/sharedStrings.xml, got more while inflating: a lying directory?",
    );
  });

  it("refuses a bomb declared under the ratio, once the inflated bytes pass it", () => {
    const lying = xlsxBomb({ declaredBytes: 150_000_000 });
    expect(inputErrorOf(() => readXlsx(lying.bytes, "lying.xlsx")).message).toMatch(
      /^lying\.xlsx \[xl\/sharedStrings\.xml\]: expected a part inflating to at most 100× its compressed size, got [\d,]+× while inflating xl\/sharedStrings\.xml/,
    );
  });

  it("refuses a file larger than maxFileBytes", () => {
    const limits = { ...LIMITS, maxFileBytes: 1_000_000 };
    expect(inputErrorOf(() => readXlsx(honest.bytes, "bomb.xlsx", { limits })).message).toMatch(
      /^bomb\.xlsx: expected an \.xlsx workbook \(zip\) of at most 976\.6 KiB, got [\d.,]+ MiB$/,
    );
  });
});

describe("readXlsx(bytes, fileName, { limits }) on rows and cells", () => {
  it("refuses a shared string of 100,000 characters, naming the part and item", () => {
    const bytes = book(sheetOf(""), [
      sharedOf(`<si><t>a</t></si><si><t>${"x".repeat(1e5)}</t></si>`),
    ]);
    expect(inputErrorOf(() => readXlsx(bytes, "long.xlsx")).message).toBe(
      "long.xlsx [xl/sharedStrings.xml]: expected a shared string of at most 32,767 characters (Excel's limit), got 100,000 characters in item 2",
    );
  });

  it("refuses an unterminated shared string as soon as it passes the markup limit", () => {
    const bytes = book(sheetOf(""), [sharedOf(`<si><t>${"x".repeat(300_000)}`)]);
    const limits = { ...LIMITS, maxInflateRatio: 10_000 }; // else refused for its ratio first
    expect(inputErrorOf(() => readXlsx(bytes, "open.xlsx", { limits })).message).toBe(
      "open.xlsx [xl/sharedStrings.xml]: expected a shared string of at most 32,767 characters (Excel's limit), got more than 266,232 characters of text, unterminated or too long in item 1",
    );
  });

  it("refuses an inline cell of 100,000 characters, naming the sheet, row and cell", () => {
    const xml = sheetOf(
      `<row r="4"><c r="B4" t="inlineStr"><is><t>${"y".repeat(1e5)}</t></is></c></row>`,
    );
    expect(inputErrorOf(() => readXlsx(book(xml), "long.xlsx")).message).toBe(
      "long.xlsx [vInfo]: row 4: expected a cell of at most 32,767 characters (Excel's limit), got 100,000 characters in cell B4",
    );
  });

  it("reads a cell of exactly maxCellChars characters", () => {
    const xml = sheetOf(`<row><c t="inlineStr"><is><t>${"z".repeat(32_767)}</t></is></c></row>`);
    expect(readXlsx(book(xml), "max.xlsx").get("vInfo")![0]![0]!.length).toBe(32_767);
  });

  it("refuses an unterminated tag growing past the markup limit", () => {
    const xml = `<worksheet><sheetData><row r="1"><c r="A1" ${"a".repeat(300_000)}`;
    const limits = { ...LIMITS, maxInflateRatio: 10_000 }; // else refused for its ratio first
    expect(inputErrorOf(() => readXlsx(book(xml), "tag.xlsx", { limits })).message).toBe(
      'tag.xlsx [vInfo]: row 1: expected markup of at most 266,232 characters, got an unterminated tag "<c r=\\"A1\\" aaaaaaaaaa"… longer than that',
    );
  });

  it("refuses a sheet with more than maxRows rows, naming the sheet", () => {
    const rows = Array.from({ length: 11 }, (_, i) => `<row><c><v>${i}</v></c></row>`).join("");
    const limits = { ...LIMITS, maxRows: 10 };
    expect(inputErrorOf(() => readXlsx(book(sheetOf(rows)), "rows.xlsx", { limits })).message).toBe(
      "rows.xlsx [vInfo]: row 11: expected at most 10 rows in a sheet, got row 11",
    );
    expect(
      readXlsx(book(sheetOf(rows)), "rows.xlsx", { limits: { ...limits, maxRows: 11 } }).get(
        "vInfo",
      )!.length,
    ).toBe(11);
  });

  it("refuses a sheet with more than maxCells cells, counting blanks before a row's last value", () => {
    // Row 1 holds A1 and D1: four cells once the blanks B1 and C1 are filled in.
    const rows = `<row r="1"><c r="A1"><v>1</v></c><c r="D1"><v>2</v></c></row><row r="2"><c r="A2"><v>3</v></c></row>`;
    const limits = { ...LIMITS, maxCells: 4 };
    expect(
      inputErrorOf(() => readXlsx(book(sheetOf(rows)), "cells.xlsx", { limits })).message,
    ).toBe(
      "cells.xlsx [vInfo]: row 2: expected at most 4 cells in a sheet (raise the limit with --max-input-mib M), got more than 4",
    );
    const wider = { limits: { ...limits, maxCells: 5 } };
    expect(readXlsx(book(sheetOf(rows)), "cells.xlsx", wider).get("vInfo")).toEqual([
      ["1", "", "", "2"],
      ["3"],
    ]);
  });

  it("refuses more shared strings than maxCells, empty items included", () => {
    const bytes = book(sheetOf(""), [sharedOf("<si/>".repeat(6))]);
    const limits = { ...LIMITS, maxCells: 5 };
    expect(inputErrorOf(() => readXlsx(bytes, "sst.xlsx", { limits })).message).toMatch(
      /^sst\.xlsx \[xl\/sharedStrings\.xml\]: expected at most 5 shared strings \(raise the limit with --max-input-mib M\), got more than 5/,
    );
  });

  it("refuses a row number past maxRows at once (no million empty rows first)", () => {
    const xml = sheetOf(`<row r="999999999"><c><v>1</v></c></row>`);
    expect(inputErrorOf(() => readXlsx(book(xml), "far.xlsx")).message).toBe(
      "far.xlsx [vInfo]: row 999999999: expected at most 1,048,576 rows in a sheet, got row 999,999,999",
    );
  });

  it("refuses a column past XFD", () => {
    const xml = sheetOf(`<row r="1"><c r="XFE1"><v>1</v></c></row>`);
    expect(inputErrorOf(() => readXlsx(book(xml), "wide.xlsx")).message).toBe(
      "wide.xlsx [vInfo]: row 1: expected at most 16,384 columns (A to XFD), got cell XFE1",
    );
  });

  it("reads a formula's cached value, not the formula", () => {
    const xml = sheetOf(
      `<row r="1"><c r="A1"><f>SUM(B1:C1)</f><v>7</v></c><c r="B1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="C1"><f>1/0</f></c></row>`,
    );
    expect(readXlsx(book(xml), "f.xlsx").get("vInfo")).toEqual([["7", "ab"]]);
  });

  it("keeps byte-order marks and control characters inside cells, and skips a part's leading BOM", () => {
    const xml = `\ufeff${sheetOf(`<row><c t="inlineStr"><is><t>\ufeffweb\u0001_x0007_</t></is></c></row>`)}`;
    expect(readXlsx(book(xml), "ctl.xlsx").get("vInfo")).toEqual([["\ufeffweb\u0001\u0007"]]);
  });

  it("reads CDATA sections as text and skips comments and processing instructions", () => {
    const xml = `<?xml version="1.0"?><!-- a > b --><worksheet><sheetData><row><c t="inlineStr"><is><t><![CDATA[a<b & c]]></t></is></c></row></sheetData></worksheet>`;
    expect(readXlsx(book(xml), "cdata.xlsx").get("vInfo")).toEqual([["a<b & c"]]);
  });

  it("reads attribute values holding >", () => {
    const bytes = zipOf([
      {
        name: "xl/workbook.xml",
        data: strToU8(`<workbook><sheets><sheet name="a>b" sheetId="1"/></sheets></workbook>`),
      },
      { name: "xl/worksheets/sheet1.xml", data: strToU8(sheetOf(`<row><c><v>1</v></c></row>`)) },
    ]);
    expect([...readXlsx(bytes, "gt.xlsx").keys()]).toEqual(["a>b"]);
  });
});

describe("readXlsx(bytes, fileName) on parts that are not XML", () => {
  it("refuses a sheet part of binary garbage", () => {
    const garbage = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
    const bytes = zipOf([
      ...workbookEntries("").slice(0, 2),
      { name: "xl/worksheets/sheet1.xml", data: garbage },
    ]);
    expect(inputErrorOf(() => readXlsx(bytes, "bin.xlsx")).message).toMatch(
      /^bin\.xlsx \[vInfo\]: expected an XML part/,
    );
  });

  it("refuses a sheet part of plain text", () => {
    expect(inputErrorOf(() => readXlsx(book("VM,CPUs\nweb01,2\n"), "txt.xlsx")).message).toBe(
      'txt.xlsx [vInfo]: expected an XML part, got text starting "VM,CPUs\\nweb01,2\\n"',
    );
  });

  it("refuses a sheet part that is not UTF-8", () => {
    const bytes = zipOf([
      ...workbookEntries("").slice(0, 2),
      {
        name: "xl/worksheets/sheet1.xml",
        data: new Uint8Array([0x3c, 0x61, 0x3e, 0xff, 0xfe, 0x41]),
      },
    ]);
    expect(inputErrorOf(() => readXlsx(bytes, "latin.xlsx")).message).toBe(
      "latin.xlsx [vInfo]: expected an XML part in UTF-8, got bytes that are not UTF-8 (a binary part?)",
    );
  });

  it("refuses a sheet part in UTF-16", () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x3c, 0x00, 0x61, 0x00, 0x2f, 0x00, 0x3e, 0x00]);
    const bytes = zipOf([
      ...workbookEntries("").slice(0, 2),
      { name: "xl/worksheets/sheet1.xml", data: utf16 },
    ]);
    expect(inputErrorOf(() => readXlsx(bytes, "wide.xlsx")).message).toBe(
      "wide.xlsx [vInfo]: expected an XML part in UTF-8, got a part in UTF-16 (save the workbook again from Excel)",
    );
  });

  it("refuses a document type declaration", () => {
    const xml = `<!DOCTYPE x [<!ENTITY a "aaaa">]>${sheetOf("")}`;
    expect(inputErrorOf(() => readXlsx(book(xml), "dtd.xlsx")).message).toMatch(
      /^dtd\.xlsx \[vInfo\]: expected XML without a document type declaration/,
    );
  });
});

describe("readXlsx(bytes, fileName) on hostile or unusual zips", () => {
  const row = sheetOf(`<row><c t="inlineStr"><is><t>web01</t></is></c><c><v>2</v></c></row>`);

  it("reads stored (method 0) entries", () => {
    const bytes = zipOf(workbookEntries(row).map((e) => ({ ...e, store: true })));
    expect(readXlsx(bytes, "stored.xlsx").get("vInfo")).toEqual([["web01", "2"]]);
  });

  it("reads what fflate's zipSync writes at level 0 (stored) as at level 9", () => {
    for (const level of [0, 9] as const) {
      expect(
        readXlsx(xlsxBytes(FLEET, { level }), "fleet.xlsx").get("vHost")!.length,
      ).toBeGreaterThan(1);
    }
  });

  it("refuses an unknown compression method, naming it and the part", () => {
    const entries = workbookEntries(row);
    entries[2] = { ...entries[2]!, method: 12 };
    expect(inputErrorOf(() => readXlsx(zipOf(entries), "bz.xlsx")).message).toBe(
      "bz.xlsx [xl/worksheets/sheet1.xml]: expected an .xlsx workbook (zip) with stored or deflated, unencrypted parts, got compression method 12",
    );
  });

  it("refuses an entry flagged encrypted", () => {
    const entries = workbookEntries(row);
    entries[0] = { ...entries[0]!, flags: 1 };
    expect(inputErrorOf(() => readXlsx(zipOf(entries), "secret.xlsx")).message).toBe(
      "secret.xlsx [xl/workbook.xml]: expected an .xlsx workbook (zip) with stored or deflated, unencrypted parts, got an encrypted part (a password-protected workbook: save it without a password)",
    );
  });

  it("refuses a part name that appears twice, whatever its case", () => {
    const entries = workbookEntries(row);
    const twice = zipOf([...entries, { ...entries[2]!, name: "XL/worksheets/Sheet1.xml" }]);
    expect(inputErrorOf(() => readXlsx(twice, "dup.xlsx")).message).toBe(
      "dup.xlsx: expected an .xlsx workbook (zip), got a truncated or damaged zip (the part name XL/worksheets/Sheet1.xml appears twice)",
    );
  });

  it("refuses a local header that disagrees with the directory", () => {
    const entries = workbookEntries(row);
    entries[2] = { ...entries[2]!, localDeclaredBytes: 5 };
    expect(inputErrorOf(() => readXlsx(zipOf(entries), "odd.xlsx")).message).toMatch(
      /^odd\.xlsx: expected an \.xlsx workbook \(zip\), got a truncated or damaged zip \(the local header of xl\/worksheets\/sheet1\.xml declares \d+ bytes stored and 5 inflated, the directory \d+ and \d+\)$/,
    );
  });

  it("refuses a part that inflates to less than declared", () => {
    const entries = workbookEntries(row);
    entries[2] = { ...entries[2]!, declaredBytes: 1000 };
    expect(inputErrorOf(() => readXlsx(zipOf(entries), "short.xlsx")).message).toBe(
      `short.xlsx [vInfo]: expected the 1,000 bytes the zip directory declares for xl/worksheets/sheet1.xml, got ${row.length} bytes once inflated`,
    );
  });

  it("refuses a directory whose entries overlap", () => {
    const bytes = zipOf(workbookEntries(row));
    const view = new DataView(bytes.buffer);
    const end = bytes.length - 22;
    const second = view.getUint32(end + 16, true) + 46 + "xl/workbook.xml".length;
    view.setUint32(second + 42, 0, true); // the second entry's local header offset → the first's
    expect(inputErrorOf(() => readXlsx(bytes, "overlap.xlsx")).message).toMatch(
      /^overlap\.xlsx: expected an \.xlsx workbook \(zip\), got a truncated or damaged zip \(the local header of xl\/_rels\/workbook\.xml\.rels names it "xl\/workbook\.xml"\)$/,
    );
  });

  it("refuses more entries than the directory has bytes for", () => {
    const bytes = zipOf(workbookEntries(row));
    new DataView(bytes.buffer).setUint16(bytes.length - 22 + 8, 60_000, true);
    new DataView(bytes.buffer).setUint16(bytes.length - 22 + 10, 60_000, true);
    expect(inputErrorOf(() => readXlsx(bytes, "many.xlsx")).message).toMatch(
      /^many\.xlsx: expected an \.xlsx workbook \(zip\), got a truncated or damaged zip \(60000 entries declared in a \d+-byte central directory\)$/,
    );
  });

  it("refuses a ZIP64 end record", () => {
    const bytes = zipOf(workbookEntries(row));
    new DataView(bytes.buffer).setUint32(bytes.length - 22 + 16, 0xffffffff, true);
    expect(inputErrorOf(() => readXlsx(bytes, "z64.xlsx")).message).toBe(
      "z64.xlsx: expected an .xlsx workbook (zip) with stored or deflated, unencrypted parts, got a ZIP64 archive",
    );
  });

  it("refuses every truncation of a workbook with an InputError naming the file", () => {
    const bytes = xlsxBytes(FLEET);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: bytes.length - 1 }), (length) => {
        const error = inputErrorOf(() => readXlsx(bytes.subarray(0, length), "cut.xlsx"));
        expect(error.message).toMatch(
          /^cut\.xlsx: expected an \.xlsx workbook \(zip\), got (a truncated or damaged zip|a file that is not a zip)/,
        );
      }),
      { numRuns: 300 },
    );
  });

  it("reads a workbook whose zip ends with a comment", () => {
    const bytes = zipSync(
      { ...Object.fromEntries(workbookEntries(row).map((e) => [e.name, e.data!])) },
      { comment: "made by hand" } as never,
    );
    expect(readXlsx(bytes, "comment.xlsx").get("vInfo")).toEqual([["web01", "2"]]);
  });
});
