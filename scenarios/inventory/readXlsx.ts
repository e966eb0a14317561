import { InputError } from "./InputError.ts";
import { DEFAULT_INPUT_LIMITS, type InputLimits } from "./InputLimits.ts";
import { readStartTags } from "./xlsx/readStartTags.ts";
import { readXmlPart } from "./xlsx/readXmlPart.ts";
import { SharedStringsReader } from "./xlsx/SharedStringsReader.ts";
import { WorksheetReader } from "./xlsx/WorksheetReader.ts";
import { formatByteCount } from "./zip/formatByteCount.ts";
import type { ZipEntry } from "./zip/ZipEntry.ts";
import { zipDirectory } from "./zip/zipDirectory.ts";

/** Options of {@link readXlsx}. */
export interface ReadXlsxOptions {
  /** Read only these sheets (names matched case-insensitively); all sheets when absent. */
  sheets?: readonly string[];
  /** Limits on the file, its parts, rows and cells; {@link DEFAULT_INPUT_LIMITS} when absent. */
  limits?: InputLimits;
}

const EXPECTED = "an .xlsx workbook (zip)";
const SHARED_STRINGS = /(^|\/)sharedStrings\.xml$/i;

/**
 * Reads the sheets of an .xlsx workbook (SpreadsheetML, ECMA-376) into rows of strings, in
 * Node and in browsers alike, streaming: the zip's central directory is read and checked first
 * (`zipDirectory`: sizes, inflation ratios, encryption, methods, overlaps — nothing is inflated
 * before), then each part needed is inflated chunk by chunk, decoded and scanned as it comes
 * (`readXmlPart`), shared strings item by item and worksheets row by row, so that memory
 * follows the rows kept rather than the size of the parts. No string of a whole part is built.
 *
 * The sheet names come from `xl/workbook.xml` (located through `_rels/.rels`) and its
 * relationships. Cells: shared strings (including rich-text runs `<r><t>`, without phonetic
 * runs `<rPh>`), inline strings, formula strings, numbers (written back in JavaScript's
 * shortest form: "1.2345E+3" → "1234.5"), booleans ("TRUE"/"FALSE"), error values ("#N/A"),
 * XML entities and `_xHHHH_` escapes decoded; a formula's cached value `<v>` is read, the
 * formula `<f>` is not. Element names may carry a namespace prefix (`<x:row>`). Cells are
 * placed by their reference (`r="C7"`), or after the previous one when `r` is missing, gaps
 * filled with ""; rows likewise, so that `rows[i]` is the workbook's row i + 1. Each sheet ends
 * at its last non-empty row, and each row at its last non-empty cell. Styles and formats are
 * ignored: a date reads as its serial number.
 *
 * Limits (`options.limits`): the file's size (`maxFileBytes`), each part's inflated size
 * (`maxPartBytes`) and inflation ratio (`maxInflateRatio`), declared and actual; rows in a sheet
 * (`maxRows`); characters in a cell or shared string (`maxCellChars`); 16,384 columns.
 *
 * @param bytes - the file's content.
 * @param fileName - the file as the user named it, for messages.
 * @param options - `sheets`: read only these sheets; `limits`: the input limits.
 * @returns the rows of each sheet by sheet name, in workbook order.
 * @throws {InputError} naming the file (and the sheet, part and row where known) for an empty
 *   file, a legacy .xls, a file that is not a zip, a truncated or damaged zip, an encrypted
 *   or ZIP64 zip or an unsupported compression method, a zip without `xl/workbook.xml`, a part
 *   that is not UTF-8 XML, a cell pointing past the shared strings, or anything over a limit.
 * @example
 * readXlsx(bytes, "RVTools_export.xlsx", { sheets: ["vInfo", "vHost"] })
 * // Map { "vInfo" => [["VM", "CPUs", …], ["web01", "2", …]], "vHost" => […] }
 */
export function readXlsx(
  bytes: Uint8Array,
  fileName: string,
  options: ReadXlsxOptions = {},
): Map<string, string[][]> {
  const limits = options.limits ?? DEFAULT_INPUT_LIMITS;
  checkFile(bytes, fileName, limits);
  const entries = zipDirectory(bytes, fileName);
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  const tags = (part: string, name: string): Map<string, string>[] => {
    const entry = byName.get(part);
    return entry === undefined ? [] : readStartTags(bytes, entry, fileName, limits, name);
  };
  const workbookPath = officeDocumentPath(tags("_rels/.rels", "Relationship"));
  const workbook = byName.get(workbookPath);
  if (workbook === undefined) {
    throw new InputError({
      file: fileName,
      expected: `${EXPECTED} containing ${workbookPath}`,
      got: "a zip without a workbook",
    });
  }
  const sheets = sheetParts(
    readStartTags(bytes, workbook, fileName, limits, "sheet"),
    relationships(workbookPath, tags),
  );
  const wanted = options.sheets?.map((name) => name.toLowerCase());
  const chosen = sheets.filter(
    (s) => wanted === undefined || wanted.includes(s.name.toLowerCase()),
  );
  let shared: readonly string[] | undefined;
  const result = new Map<string, string[][]>();
  for (const sheet of chosen) {
    const entry = byName.get(sheet.part);
    if (entry === undefined) continue;
    shared ??= sharedStrings(bytes, entries, fileName, limits);
    const reader = new WorksheetReader(fileName, sheet.name, shared, limits);
    readXmlPart(bytes, entry, fileName, sheet.name, limits, reader);
    result.set(sheet.name, reader.rows);
  }
  return result;
}

function checkFile(bytes: Uint8Array, file: string, limits: InputLimits): void {
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
  if (bytes.length > limits.maxFileBytes) {
    throw new InputError({
      file,
      expected: `${EXPECTED} of at most ${formatByteCount(limits.maxFileBytes)}`,
      got: formatByteCount(bytes.length),
    });
  }
}

/** The shared strings: the first part named sharedStrings.xml, in directory order; none → []. */
function sharedStrings(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  file: string,
  limits: InputLimits,
): string[] {
  const entry = entries.find((e) => SHARED_STRINGS.test(e.name));
  if (entry === undefined) return [];
  const reader = new SharedStringsReader(file, entry.name, limits);
  readXmlPart(bytes, entry, file, entry.name, limits, reader);
  return reader.strings;
}

/** The workbook part named by the package relationships, `xl/workbook.xml` by default. */
function officeDocumentPath(packageRelationships: readonly Map<string, string>[]): string {
  for (const a of packageRelationships) {
    if (a.get("Type")?.endsWith("/officeDocument") === true)
      return resolvePart("", a.get("Target") ?? "");
  }
  return "xl/workbook.xml";
}

/** The relationships of `part` (from `dir/_rels/name.rels`), Id → resolved part path. */
function relationships(
  part: string,
  tags: (part: string, name: string) => Map<string, string>[],
): Map<string, string> {
  const slash = part.lastIndexOf("/");
  const dir = part.slice(0, slash + 1);
  const byId = new Map<string, string>();
  for (const a of tags(`${dir}_rels/${part.slice(slash + 1)}.rels`, "Relationship")) {
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
  sheetTags: readonly Map<string, string>[],
  rels: Map<string, string>,
): { name: string; part: string }[] {
  const sheets: { name: string; part: string }[] = [];
  let index = 0;
  for (const a of sheetTags) {
    index++;
    const name = a.get("name");
    // The relationship id is `r:id`, whatever prefix the writer bound to the relationships namespace.
    const id = [...a.entries()].find(([key]) => key.endsWith(":id"))?.[1];
    const part = (id === undefined ? undefined : rels.get(id)) ?? `xl/worksheets/sheet${index}.xml`;
    if (name !== undefined) sheets.push({ name, part });
  }
  return sheets;
}
