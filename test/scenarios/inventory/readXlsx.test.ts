import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readXlsx } from "../../../scenarios/inventory/readXlsx.ts";
import { inputErrorOf } from "../inputErrorOf.ts";
import { FLEET, xlsxBytes } from "./makeFixtures.ts";

// A hand-written workbook exercising the SpreadsheetML features the reader must handle.
// Sheet order in the workbook differs from part numbering, and the rels use an absolute target.
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
  <sheets>
    <sheet name="vInfo" sheetId="4" rel:id="rId9"/>
    <sheet name="R&amp;D" sheetId="1" rel:id="rId2"/>
    <sheet name="Prefixed" sheetId="2" rel:id="rId3"/>
  </sheets>
</workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
  <Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/>
  <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="./worksheets/../worksheets/sheet3.xml"/>
</Relationships>`;
const SHARED = `<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="4">
  <si><t>VM</t></si>
  <si><r><rPr><b/></rPr><t>web</t></r><r><t xml:space="preserve">01 </t></r><rPh sb="0" eb="1"><t>ウェブ</t></rPh></si>
  <si><t>R&amp;D &lt;lab&gt; caf&#xE9; &#233;t&#233;</t></si>
  <si><t>line one_x000D_&#10;line two _x005F_x0041_</t></si>
  <si/>
</sst>`;
// vInfo: cell references with gaps (B1 missing), a row gap (row 3 missing), numbers with an
// exponent, booleans, an error value, a formula string, an inline string with runs, an empty
// `<v/>`, and a last row holding nothing but a styled empty cell.
const SHEET_VINFO = `<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
  <dimension ref="A1:F6"/>
  <sheetData>
    <row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>CPUs</t></is></c><c r="D1" t="str"><f>"Mem"&amp;"ory"</f><v>Memory</v></c></row>
    <row r="2"><c r="A2" t="s"><v>1</v></c><c r="C2"><v>4</v></c><c r="D2" s="3"><v>8.192E+3</v></c><c r="E2" t="b"><v>1</v></c><c r="F2" t="e"><v>#N/A</v></c></row>
    <row r="4"><c r="A4" t="s"><v>2</v></c><c r="B4" t="s"><v>4</v></c><c r="C4" t="inlineStr"><is><r><t>1</t></r><r><t>6</t></r></is></c><c r="D4"><v/></c><c r="E4" t="b"><v>0</v></c></row>
    <row r="5"><c r="A5" t="s"><v>3</v></c><c r="D5"><v>0.1</v></c></row>
    <row r="9"><c r="A9" s="2"/></row>
  </sheetData>
  <mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>
</worksheet>`;
// No `r` attributes at all: cells and rows follow one another; an empty `<c/>` keeps its place.
const SHEET_NO_REFS = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row><c t="inlineStr"><is><t>a</t></is></c><c/><c><v>3</v></c></row>
<row/>
<row><c><v>-1.5</v></c><c t="inlineStr"><is><t xml:space="preserve"> x </t></is></c></row>
</sheetData></worksheet>`;
// Elements with a namespace prefix, as some generators write them; a self-closing empty `<x:t/>`.
const SHEET_PREFIXED = `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>name</x:t></x:is></x:c><x:c r="B1" t="inlineStr"><x:is><x:t/></x:is></x:c><x:c r="C1"><x:v>42</x:v></x:c></x:row>
</x:sheetData></x:worksheet>`;

function workbook(parts: Record<string, string>): Uint8Array {
  return zipSync(
    Object.fromEntries(Object.entries(parts).map(([name, xml]) => [name, strToU8(xml)])),
  );
}

const HAND_WRITTEN = workbook({
  "[Content_Types].xml": `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
  "_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  "xl/workbook.xml": WORKBOOK,
  "xl/_rels/workbook.xml.rels": WORKBOOK_RELS,
  "xl/sharedStrings.xml": SHARED,
  "xl/worksheets/sheet1.xml": SHEET_NO_REFS,
  "xl/worksheets/sheet2.xml": SHEET_VINFO,
  "xl/worksheets/sheet3.xml": SHEET_PREFIXED,
});

describe("readXlsx(bytes, fileName, options)", () => {
  const sheets = readXlsx(HAND_WRITTEN, "hand.xlsx");

  it("names sheets from workbook.xml through its relationships, in workbook order", () => {
    expect([...sheets.keys()]).toEqual(["vInfo", "R&D", "Prefixed"]);
  });

  it("places cells by reference, fills gaps with empty strings and keeps row numbers (rows[i] is row i + 1)", () => {
    const rows = sheets.get("vInfo")!;
    expect(rows[0]).toEqual(["VM", "", "CPUs", "Memory"]);
    expect(rows[2]).toEqual([]);
  });

  it("reads shared strings with rich-text runs (without phonetic runs), numbers in shortest form, booleans and error values", () => {
    expect(sheets.get("vInfo")![1]).toEqual(["web01 ", "", "4", "8192", "TRUE", "#N/A"]);
  });

  it("decodes entities and character references, and the _xHHHH_ escapes of cell text", () => {
    expect(sheets.get("vInfo")![3]![0]).toBe("R&D <lab> café été");
    expect(sheets.get("vInfo")![4]![0]).toBe("line one\r\nline two _x0041_");
  });

  it("reads inline strings made of runs, an empty shared string, an empty <v/> and a false boolean", () => {
    expect(sheets.get("vInfo")![3]).toEqual(["R&D <lab> café été", "", "16", "", "FALSE"]);
  });

  it("ends a sheet at its last non-empty row, ignoring styled empty cells", () => {
    expect(sheets.get("vInfo")!.length).toBe(5);
  });

  it("places cells and rows without r attributes one after another", () => {
    expect(sheets.get("R&D")).toEqual([["a", "", "3"], [], ["-1.5", " x "]]);
  });

  it("reads elements written with a namespace prefix, and a self-closing <t/> as empty", () => {
    expect(sheets.get("Prefixed")).toEqual([["name", "", "42"]]);
  });

  it("reads only the sheets asked for, matching names case-insensitively", () => {
    expect([
      ...readXlsx(HAND_WRITTEN, "hand.xlsx", { sheets: ["VINFO", "missing"] }).keys(),
    ]).toEqual(["vInfo"]);
  });

  it("reads the workbooks makeFixtures builds: shared and inline strings, numbers, booleans", () => {
    const fleet = readXlsx(xlsxBytes(FLEET), "fleet.xlsx");
    expect(fleet.get("vDatastore")![1]).toEqual([
      "nfs-web",
      "green",
      "10.0.9.10:/export/web",
      "TRUE",
      "NFS",
      "6",
      "4194304",
      "3000000",
      "2500000.5",
      "1694303.5",
      "40",
    ]);
    expect(fleet.get("vInfo")![1]![30]).toBe('Owner: web team, "prod"; tel 01 23\nsecond line');
  });

  it("has no node: imports, nor do the files it imports, so that the browser report can use it", () => {
    // Walks readXlsx.ts and every project file it imports, directly or not.
    const inventory = resolve(dirname(import.meta.filename), "../../../scenarios/inventory");
    const seen = new Set<string>();
    const external = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, "utf8");
      for (const [, specifier] of source.matchAll(
        /^(?:import|export)\b[^;]*?\bfrom\s+"([^"]+)"/gm,
      )) {
        if (specifier!.startsWith(".")) visit(join(dirname(file), specifier!));
        else external.add(specifier!);
      }
    };
    visit(join(inventory, "readXlsx.ts"));
    expect([...external]).toEqual(["fflate"]);
    expect(seen.has(join(inventory, "zip/zipDirectory.ts"))).toBe(true);
  });
});

describe("readXlsx(bytes, fileName) on what is not a workbook", () => {
  it("throws an InputError for an empty file", () => {
    expect(inputErrorOf(() => readXlsx(new Uint8Array(), "empty.xlsx")).message).toBe(
      "empty.xlsx: expected an .xlsx workbook (zip), got an empty file",
    );
  });

  it("throws an InputError for a text file", () => {
    expect(inputErrorOf(() => readXlsx(strToU8("VM,CPUs\n"), "vInfo.xlsx")).message).toBe(
      "vInfo.xlsx: expected an .xlsx workbook (zip), got a file that is not a zip",
    );
  });

  it("throws an InputError naming an Excel 97–2003 .xls file", () => {
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(inputErrorOf(() => readXlsx(xls, "old.xls")).message).toMatch(
      /^old\.xls: expected an \.xlsx workbook \(zip\), got an Excel 97–2003 \.xls workbook/,
    );
  });

  it("throws an InputError for a truncated workbook", () => {
    const bytes = xlsxBytes(FLEET);
    const error = inputErrorOf(() =>
      readXlsx(bytes.subarray(0, Math.floor(bytes.length / 2)), "half.xlsx"),
    );
    expect(error.message).toMatch(
      /^half\.xlsx: expected an \.xlsx workbook \(zip\), got a truncated or damaged zip/,
    );
  });

  it("throws an InputError for a zip without a workbook (e.g. a .docx)", () => {
    const docx = workbook({ "word/document.xml": "<w:document/>" });
    expect(inputErrorOf(() => readXlsx(docx, "report.docx")).message).toBe(
      "report.docx: expected an .xlsx workbook (zip) containing xl/workbook.xml, got a zip without a workbook",
    );
  });

  it("throws an InputError naming the sheet and row of a cell pointing past the shared strings", () => {
    const broken = workbook({
      "xl/workbook.xml": `<workbook><sheets><sheet name="vInfo" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      "xl/_rels/workbook.xml.rels": `<Relationships><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      "xl/worksheets/sheet1.xml": `<worksheet><sheetData><row r="3"><c r="A3" t="s"><v>7</v></c></row></sheetData></worksheet>`,
    });
    expect(inputErrorOf(() => readXlsx(broken, "broken.xlsx")).message).toBe(
      'broken.xlsx [vInfo]: row 3: expected a shared string index below 0, got index "7"',
    );
  });
});
