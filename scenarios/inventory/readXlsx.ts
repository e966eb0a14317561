import { type Unzipped, unzipSync } from "fflate";
import { decodeXmlText } from "./decodeXmlText.ts";
import { InputError } from "./InputError.ts";

/** Options of {@link readXlsx}. */
export interface ReadXlsxOptions {
  /** Read only these sheets (names matched case-insensitively); all sheets when absent. */
  sheets?: readonly string[];
}

const EXPECTED = "an .xlsx workbook (zip)";
const DECODER = new TextDecoder("utf-8");
// Element names may carry a namespace prefix (`<x:row>` from some writers), hence `(?:[\w.-]+:)?`.
const P = "(?:[\\w.-]+:)?";
const ROW = new RegExp(`<(${P})row\\b([^>]*?)(?:/>|>([\\s\\S]*?)</\\1row>)`, "g");
const CELL = new RegExp(`<(${P})c\\b([^>]*?)(?:/>|>([\\s\\S]*?)</\\1c>)`, "g");
const VALUE = new RegExp(`<(${P})v(?:\\s[^>]*?)?(?<!/)>([\\s\\S]*?)</\\1v>`);
const TEXT_RUN = new RegExp(`<(${P})t(?:\\s[^>]*?)?(?<!/)>([\\s\\S]*?)</\\1t>`, "g");
const PHONETIC_RUN = new RegExp(`<(${P})rPh\\b[\\s\\S]*?</\\1rPh>`, "g");
const SHARED_ITEM = new RegExp(`<(${P})si\\b[^>]*?(?:/>|>([\\s\\S]*?)</\\1si>)`, "g");
const SHEET = new RegExp(`<${P}sheet\\b([^>]*?)/?>`, "g");
const RELATIONSHIP = new RegExp(`<${P}Relationship\\b([^>]*?)/?>`, "g");
const ATTRIBUTE = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const SHEET_DATA_START = new RegExp(`<${P}sheetData\\b`);
const SHEET_DATA_END = new RegExp(`</${P}sheetData>`);
const CELL_REF = /^([A-Za-z]{1,3})(\d*)$/;

/**
 * Reads the sheets of an .xlsx workbook (SpreadsheetML, ECMA-376) into rows of strings, with
 * no dependency but fflate's `unzipSync`, in Node and in browsers alike.
 *
 * The sheet names come from `xl/workbook.xml` (located through `_rels/.rels`) and its
 * relationships. Cells: shared strings (including rich-text runs `<r><t>`, without phonetic
 * runs `<rPh>`), inline strings, formula strings, numbers (written back in JavaScript's
 * shortest form: "1.2345E+3" → "1234.5"), booleans ("TRUE"/"FALSE"), error values ("#N/A"),
 * XML entities and `_xHHHH_` escapes decoded. Cells are placed by their reference (`r="C7"`),
 * or after the previous one when `r` is missing, gaps filled with ""; rows likewise, so that
 * `rows[i]` is the workbook's row i + 1. Each sheet ends at its last non-empty row, and each row
 * at its last non-empty cell. Styles and formats are ignored: a date reads as its serial number.
 *
 * @param bytes - the file's content.
 * @param fileName - the file as the user named it, for messages.
 * @param options - `sheets`: read only these sheets.
 * @returns the rows of each sheet by sheet name, in workbook order.
 * @throws {InputError} for an empty file, a legacy .xls, a file that is not a zip, a truncated
 *   or damaged zip, a zip without `xl/workbook.xml`, or a cell pointing past the shared strings.
 * @example
 * readXlsx(bytes, "RVTools_export.xlsx", { sheets: ["vInfo", "vHost"] })
 * // Map { "vInfo" => [["VM", "CPUs", …], ["web01", "2", …]], "vHost" => […] }
 */
export function readXlsx(
  bytes: Uint8Array,
  fileName: string,
  options: ReadXlsxOptions = {},
): Map<string, string[][]> {
  checkSignature(bytes, fileName);
  const meta = unzip(bytes, fileName, (name) =>
    /(^|\/)(_rels\/[^/]*\.rels|workbook\.xml|sharedStrings\.xml)$/i.test(name),
  );
  const workbookPath = officeDocumentPath(meta);
  const workbookXml = meta[workbookPath];
  if (workbookXml === undefined) {
    throw new InputError({
      file: fileName,
      expected: `${EXPECTED} containing ${workbookPath}`,
      got: "a zip without a workbook",
    });
  }
  const sheets = sheetParts(text(workbookXml), relationships(meta, workbookPath));
  const wanted = options.sheets?.map((name) => name.toLowerCase());
  const chosen = sheets.filter(
    (s) => wanted === undefined || wanted.includes(s.name.toLowerCase()),
  );
  const parts = new Set(chosen.map((s) => s.part));
  const sheetFiles = unzip(bytes, fileName, (name) => parts.has(name));
  const sharedPath = [...Object.keys(meta)].find((name) => /(^|\/)sharedStrings\.xml$/i.test(name));
  const shared = sharedPath === undefined ? [] : sharedStrings(text(meta[sharedPath]!));
  const result = new Map<string, string[][]>();
  for (const sheet of chosen) {
    const xml = sheetFiles[sheet.part];
    if (xml !== undefined)
      result.set(sheet.name, worksheetRows(text(xml), shared, fileName, sheet.name));
  }
  return result;
}

function checkSignature(bytes: Uint8Array, file: string): void {
  if (bytes.length === 0) throw new InputError({ file, expected: EXPECTED, got: "an empty file" });
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new InputError({
      file,
      expected: EXPECTED,
      got: "an Excel 97–2003 .xls workbook (save it as .xlsx)",
    });
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new InputError({ file, expected: EXPECTED, got: "a file that is not a zip" });
  }
}

function unzip(bytes: Uint8Array, file: string, keep: (name: string) => boolean): Unzipped {
  try {
    return unzipSync(bytes, { filter: (entry) => keep(entry.name) });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError({
      file,
      expected: EXPECTED,
      got: `a truncated or damaged zip (${reason})`,
    });
  }
}

function text(bytes: Uint8Array): string {
  return DECODER.decode(bytes);
}

function attributes(source: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of source.matchAll(ATTRIBUTE)) found.set(m[1]!, decodeXmlText(m[2] ?? m[3] ?? ""));
  return found;
}

/** The workbook part named by the package relationships, `xl/workbook.xml` by default. */
function officeDocumentPath(files: Unzipped): string {
  const rels = files["_rels/.rels"];
  if (rels !== undefined) {
    for (const m of text(rels).matchAll(RELATIONSHIP)) {
      const a = attributes(m[1]!);
      if (a.get("Type")?.endsWith("/officeDocument") === true)
        return resolvePart("", a.get("Target") ?? "");
    }
  }
  return "xl/workbook.xml";
}

/** The relationships of `part` (from `dir/_rels/name.rels`), Id → resolved part path. */
function relationships(files: Unzipped, part: string): Map<string, string> {
  const slash = part.lastIndexOf("/");
  const dir = part.slice(0, slash + 1);
  const rels = files[`${dir}_rels/${part.slice(slash + 1)}.rels`];
  const byId = new Map<string, string>();
  if (rels === undefined) return byId;
  for (const m of text(rels).matchAll(RELATIONSHIP)) {
    const a = attributes(m[1]!);
    const id = a.get("Id");
    const target = a.get("Target");
    if (id !== undefined && target !== undefined && a.get("TargetMode") !== "External") {
      byId.set(id, resolvePart(dir, target));
    }
  }
  return byId;
}

/** Resolves a relationship target against the folder of its source part. */
function resolvePart(dir: string, target: string): string {
  const segments = (target.startsWith("/") ? target.slice(1) : dir + target).split("/");
  const out: string[] = [];
  for (const segment of segments) {
    if (segment === "..") out.pop();
    else if (segment !== "." && segment !== "") out.push(segment);
  }
  return out.join("/");
}

/** Sheet names and their parts, in workbook order. */
function sheetParts(
  workbookXml: string,
  rels: Map<string, string>,
): { name: string; part: string }[] {
  const sheets: { name: string; part: string }[] = [];
  let index = 0;
  for (const m of workbookXml.matchAll(SHEET)) {
    index++;
    const a = attributes(m[1]!);
    const name = a.get("name");
    // The relationship id is `r:id`, whatever prefix the writer bound to the relationships namespace.
    const id = [...a.entries()].find(([key]) => key.endsWith(":id"))?.[1];
    const part = (id === undefined ? undefined : rels.get(id)) ?? `xl/worksheets/sheet${index}.xml`;
    if (name !== undefined) sheets.push({ name, part });
  }
  return sheets;
}

/** The text of each shared-string item, rich-text runs concatenated. */
function sharedStrings(xml: string): string[] {
  const strings: string[] = [];
  for (const m of xml.matchAll(SHARED_ITEM)) strings.push(runsText(m[2] ?? ""));
  return strings;
}

/** The concatenated `<t>` runs of a string item, phonetic runs left out. */
function runsText(xml: string): string {
  const body = xml.includes("rPh") ? xml.replace(PHONETIC_RUN, "") : xml;
  let out = "";
  for (const m of body.matchAll(TEXT_RUN)) out += m[2]!;
  return decodeXmlText(out, true);
}

/** Column letters to a 0-based index: A → 0, Z → 25, AA → 26. */
function columnIndex(letters: string): number {
  let index = 0;
  for (const c of letters.toUpperCase()) index = index * 26 + (c.charCodeAt(0) - 64);
  return index - 1;
}

function worksheetRows(
  xml: string,
  shared: readonly string[],
  file: string,
  sheet: string,
): string[][] {
  const start = xml.search(SHEET_DATA_START);
  const end = xml.search(SHEET_DATA_END);
  const data = start === -1 ? "" : xml.slice(start, end === -1 ? xml.length : end);
  const rows: string[][] = [];
  let rowNumber = 0;
  for (const row of data.matchAll(ROW)) {
    const r = /\br\s*=\s*"(\d+)"/.exec(row[2]!);
    rowNumber = r === null ? rowNumber + 1 : Number(r[1]);
    const cells = rowCells(row[3] ?? "", shared, (expected, got) => {
      throw new InputError({ file, sheet, row: rowNumber, expected, got });
    });
    if (cells.length > 0) {
      while (rows.length < rowNumber - 1) rows.push([]);
      rows[rowNumber - 1] = cells;
    }
  }
  return rows;
}

function rowCells(
  xml: string,
  shared: readonly string[],
  fail: (expected: string, got: string) => never,
): string[] {
  const cells: string[] = [];
  let column = -1;
  for (const cell of xml.matchAll(CELL)) {
    const attrs = cell[2]!;
    const ref = /\br\s*=\s*"([^"]*)"/.exec(attrs);
    const letters = ref === null ? null : CELL_REF.exec(ref[1]!);
    column = letters === null ? column + 1 : columnIndex(letters[1]!);
    const value = cellValue(
      /\bt\s*=\s*"(\w+)"/.exec(attrs)?.[1] ?? "n",
      cell[3] ?? "",
      shared,
      fail,
    );
    if (value !== "") {
      while (cells.length < column) cells.push("");
      cells[column] = value;
    }
  }
  return cells;
}

function cellValue(
  type: string,
  body: string,
  shared: readonly string[],
  fail: (expected: string, got: string) => never,
): string {
  if (type === "inlineStr") return runsText(body);
  const raw = VALUE.exec(body)?.[2];
  if (raw === undefined) return "";
  switch (type) {
    case "s": {
      const text = shared[Number(raw)];
      return (
        text ?? fail(`a shared string index below ${shared.length}`, `index ${JSON.stringify(raw)}`)
      );
    }
    case "b":
      return raw.trim() === "1" ? "TRUE" : "FALSE";
    case "str":
    case "e":
    case "d":
      return decodeXmlText(raw, true);
    default: {
      const number = Number(raw);
      return raw.trim() !== "" && Number.isFinite(number)
        ? String(number)
        : decodeXmlText(raw, true);
    }
  }
}
