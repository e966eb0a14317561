import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { strToU8, unzipSync, zipSync } from "fflate";
import { afterAll, describe, it } from "vitest";
import {
  type Cell,
  csvText,
  FLEET,
  largeExport,
  type Sheets,
  xlsxBytes,
} from "../scenarios/inventory/makeFixtures.ts";
import { rvtoolsHeaders } from "../scenarios/inventory/rvtoolsVersionFixtures.ts";
import { InProcessCli } from "./cliHarness.ts";
import { printFuzzReport } from "./contract.ts";
import { expectCaseByContract } from "./contractCase.ts";
import { fuzzRuns, propertyTimeoutMs } from "./fuzzConfig.ts";

// Property: an RVTools export (.xlsx, a folder of CSVs, one vInfo CSV) corrupted in any way —
// a truncated or bit-flipped zip, a sheet that is binary or of the wrong part type, duplicate
// headers, formulas, 10^5-character cells, control characters, BOMs, mixed delimiters, blank
// and totals rows, many rows — is imported or refused by the contract (contract.ts), by
// `cutover import FILE --json` and by `cutover run FILE`.

/** A change to the tables before they are written. */
const tableChange = fc.oneof(
  fc.record({
    kind: fc.constant("cell" as const),
    sheet: fc.nat(),
    row: fc.nat(),
    column: fc.nat(),
    value: cellValue(),
  }),
  fc.record({ kind: fc.constant("duplicateHeader" as const), sheet: fc.nat(), column: fc.nat() }),
  fc.record({
    kind: fc.constant("blankRows" as const),
    sheet: fc.nat(),
    row: fc.nat(),
    count: fc.integer({ min: 1, max: 5 }),
  }),
  fc.record({ kind: fc.constant("totalsRow" as const), sheet: fc.nat() }),
  fc.record({ kind: fc.constant("dropSheet" as const), sheet: fc.nat() }),
  fc.record({ kind: fc.constant("dropColumn" as const), sheet: fc.nat(), column: fc.nat() }),
  fc.record({ kind: fc.constant("headerOnly" as const), sheet: fc.nat() }),
);

function cellValue(): fc.Arbitrary<Cell> {
  return fc.oneof(
    fc.constantFrom<Cell>(
      null,
      "",
      "=1+1",
      "=SUM(A1:A3)",
      '=HYPERLINK("http://x","y")',
      "@SUM(1)",
      "+1",
      "-1",
      "0",
      "1e308",
      "-1e308",
      "NaN",
      "Infinity",
      "1,5",
      "1.234.567,8",
      "4 GB",
      "poweredOn",
      "TRUE",
      "#N/A",
      "#DIV/0!",
      "\u0000",
      "\u0007bell",
      "a\u001bb",
      "line\nbreak",
      "cr\ronly",
      "\ufeffbom",
      "\ud800",
      "é🚀",
      '"',
      "'quoted",
      -1,
      0,
      1e308,
      -1e308,
      5e-324,
      Number.MAX_SAFE_INTEGER,
      true,
    ),
    fc.integer({ min: 1, max: 100_000 }).map((n) => "x".repeat(n)),
    fc.string({ maxLength: 10 }),
    fc.double(),
  );
}

type TableChange = typeof tableChange extends fc.Arbitrary<infer T> ? T : never;

function changeTables(base: Sheets, changes: readonly TableChange[]): Sheets {
  const sheets: Sheets = Object.fromEntries(
    Object.entries(base).map(([k, rows]) => [k, rows.map((r) => [...r])]),
  );
  for (const c of changes) {
    const names = Object.keys(sheets);
    if (names.length === 0) break;
    const name = names[c.sheet % names.length]!;
    const rows = sheets[name]!;
    const width = rows[0]?.length ?? 1;
    if (c.kind === "cell" && rows.length > 0) {
      const row = rows[c.row % rows.length]!;
      row[c.column % Math.max(1, row.length)] = c.value;
    } else if (c.kind === "duplicateHeader" && rows.length > 0) {
      for (const [i, row] of rows.entries())
        row.push(i === 0 ? rows[0]![c.column % width]! : (row[c.column % width] ?? null));
    } else if (c.kind === "blankRows") {
      rows.splice(
        1 + (c.row % rows.length),
        0,
        ...Array.from({ length: c.count }, () => Array<Cell>(width).fill(null)),
      );
    } else if (c.kind === "totalsRow") {
      rows.push(
        rows[0]!.map((_, i) =>
          i === 0
            ? "Total"
            : rows
                .slice(1)
                .reduce<number>((s, r) => s + (typeof r[i] === "number" ? (r[i] as number) : 0), 0),
        ),
      );
    } else if (c.kind === "dropSheet") {
      delete sheets[name];
    } else if (c.kind === "dropColumn") {
      for (const row of rows) row.splice(c.column % width, 1);
    } else {
      rows.splice(1);
    }
  }
  return sheets;
}

/** A change to the written bytes. */
const byteChange = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ kind: "none" as const }) },
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant("flip" as const),
    at: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
    byte: fc.integer({ min: 0, max: 255 }),
  }),
);

type ByteChange = typeof byteChange extends fc.Arbitrary<infer T> ? T : never;

function changeBytes(bytes: Uint8Array, c: ByteChange): Uint8Array {
  if (c.kind === "truncate") return bytes.slice(0, c.at % (bytes.length + 1));
  if (c.kind === "flip") {
    const out = bytes.slice();
    if (out.length > 0) for (const at of c.at) out[at % out.length] = c.byte;
    return out;
  }
  return bytes;
}

/** Changes to the parts of a workbook: a binary sheet, wrong part types, formulas, entities. */
const partChange = fc.constantFrom(
  "none",
  "none",
  "binarySheet",
  "binarySharedStrings",
  "wrongContentType",
  "noContentTypes",
  "formulaCells",
  "doctypeEntities",
  "missingSheetPart",
  "utf16Sheet",
  "noWorkbook",
);

function changeParts(xlsx: Uint8Array, change: string, seed: number): Uint8Array {
  if (change === "none") return xlsx;
  const parts = unzipSync(xlsx);
  const noise = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + seed) % 256);
  const sheet = "xl/worksheets/sheet1.xml";
  const text = (p: string) => new TextDecoder().decode(parts[p]);
  if (change === "binarySheet") parts[sheet] = noise;
  else if (change === "binarySharedStrings") parts["xl/sharedStrings.xml"] = noise;
  else if (change === "wrongContentType")
    parts["[Content_Types].xml"] = strToU8(
      text("[Content_Types].xml").replaceAll("spreadsheetml.worksheet+xml", "image/png"),
    );
  else if (change === "noContentTypes") delete parts["[Content_Types].xml"];
  else if (change === "formulaCells")
    parts[sheet] = strToU8(
      text(sheet)
        .replace(/<c r="G(\d+)"><v>([^<]*)<\/v><\/c>/g, '<c r="G$1"><f>SUM(A1:A2)</f><v>$2</v></c>')
        .replace(/<c r="H(\d+)"><v>[^<]*<\/v><\/c>/g, '<c r="H$1"><f>1/0</f></c>'),
    );
  else if (change === "doctypeEntities")
    parts[sheet] = strToU8(
      text(sheet)
        .replace(
          "<worksheet",
          `<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><worksheet`,
        )
        .replace(/<v>1<\/v>/, "<v>&c;</v>"),
    );
  else if (change === "missingSheetPart") delete parts[sheet];
  else if (change === "utf16Sheet")
    parts[sheet] = new Uint8Array(Buffer.from(`\ufeff${text(sheet)}`, "utf16le"));
  else if (change === "noWorkbook") delete parts["xl/workbook.xml"];
  return zipSync(parts, { level: 1 });
}

/** CSV text encodings and quirks: BOMs, UTF-16, mixed delimiters, lone CRs. */
const csvQuirk = fc.constantFrom(
  "comma",
  "semicolon",
  "bomUtf8",
  "utf16le",
  "utf16be",
  "mixedDelimiters",
  "loneCr",
  "tabs",
);

function csvBytes(rows: readonly Cell[][], quirk: string): Uint8Array {
  const semicolon = quirk === "semicolon" || quirk === "mixedDelimiters";
  let text = csvText(rows, { separator: semicolon ? ";" : ",", bom: quirk === "bomUtf8" });
  if (quirk === "mixedDelimiters")
    text = text
      .split("\n")
      .map((line, i) => (i % 3 === 2 ? line.replaceAll(";", ",") : line))
      .join("\n");
  if (quirk === "loneCr") text = text.replaceAll("\n", "\r");
  if (quirk === "tabs") text = text.replaceAll(",", "\t");
  if (quirk === "utf16le") return new Uint8Array(Buffer.from(`\ufeff${text}`, "utf16le"));
  if (quirk === "utf16be") return new Uint8Array(Buffer.from(`\ufeff${text}`, "utf16le").swap16());
  return strToU8(text);
}

const inventoryCase = fc.record({
  base: fc.oneof({ weight: 5, arbitrary: fc.constant(0) }, fc.integer({ min: 1, max: 3000 })),
  tables: fc.array(tableChange, { maxLength: 3 }),
  form: fc.constantFrom("xlsx", "xlsx", "csvFolder", "vInfoCsv"),
  parts: partChange,
  quirk: csvQuirk,
  bytes: byteChange,
  seed: fc.nat(),
  command: fc.constantFrom("import", "import", "run"),
});

type InventoryCase = typeof inventoryCase extends fc.Arbitrary<infer T> ? T : never;

/** vMetaData and vSource as RVTools 4.7.1 writes them (its header rows), corrupted like the rest. */
const SELF_DESCRIPTION: Sheets = (() => {
  const headers = rvtoolsHeaders("4.7.1");
  const row = (header: readonly string[], values: Record<string, Cell>): Cell[] =>
    header.map((h) => values[h] ?? null);
  return {
    vMetaData: [
      headers.vMetaData!,
      row(headers.vMetaData!, {
        "RVTools major version": 4,
        "RVTools version": "4.7.1.4",
        "xlsx creation datetime": 46142.583333,
        Server: "vcenter01.corp.example",
      }),
    ],
    vSource: [
      headers.vSource!,
      row(headers.vSource!, {
        Name: "vcenter01.corp.example",
        Fullname: "VMware vCenter Server 8.0.2 build-22617221",
        Version: "8.0.2",
        Build: "0022617221",
        "VI SDK Server": "vcenter01.corp.example",
      }),
    ],
  };
})();

/** Writes the corrupted export into `root`; returns its path. */
function writeExport(root: string, c: InventoryCase): string {
  const base = c.base === 0 ? FLEET : largeExport(c.base, 4);
  const sheets = changeTables({ ...base, ...SELF_DESCRIPTION }, c.tables);
  if (c.form === "xlsx") {
    const file = join(root, "RVTools_export_all.xlsx");
    writeFileSync(
      file,
      changeBytes(changeParts(xlsxBytes(sheets, { level: 1 }), c.parts, c.seed), c.bytes),
    );
    return file;
  }
  if (c.form === "vInfoCsv") {
    const file = join(root, "RVTools_tabvInfo.csv");
    writeFileSync(file, changeBytes(csvBytes(sheets.vInfo ?? [], c.quirk), c.bytes));
    return file;
  }
  const dir = join(root, "export");
  mkdirSync(dir);
  const names = Object.keys(sheets);
  names.forEach((name, i) => {
    const bytes = csvBytes(sheets[name]!, c.quirk);
    writeFileSync(
      join(dir, `RVTools_tab${name}.csv`),
      i === c.seed % names.length ? changeBytes(bytes, c.bytes) : bytes,
    );
  });
  return dir;
}

const cli = new InProcessCli();

afterAll(async () => {
  printFuzzReport("inventory corruptions");
  await cli.close();
});

const RUNS = 500;

describe("fuzz: RVTools exports", () => {
  it(
    "every corrupted export is imported or refused by the exit-code contract",
    async () => {
      await fc.assert(
        fc.asyncProperty(inventoryCase, (c) =>
          expectCaseByContract(cli, (root) => {
            const path = writeExport(root, c);
            const argv =
              c.command === "import"
                ? ["import", path, "--json"]
                : ["run", path, "--out", join(root, "out")];
            return { argv, inputText: JSON.stringify(c.tables) };
          }),
        ),
        { numRuns: fuzzRuns(RUNS) },
      );
    },
    propertyTimeoutMs(RUNS, 80),
  );
});
