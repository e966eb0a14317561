import { headerKey } from "./headerKey.ts";
import type { ImportResult, InventorySourceKind } from "./ImportResult.ts";
import { InputError } from "./InputError.ts";
import { DEFAULT_INPUT_LIMITS, type InputLimits } from "./InputLimits.ts";
import { inventorySummary } from "./inventorySummary.ts";
import type { ParsedInventory } from "./ParsedInventory.ts";
import { readCsv } from "./readCsv.ts";
import { readXlsx } from "./readXlsx.ts";
import { RVTOOLS_TABS, type RvtoolsTab, VINFO_COLUMNS } from "./rvtoolsColumns.ts";
import { type RvtoolsTables, rvtoolsInventory } from "./rvtoolsInventory.ts";
import type { Table } from "./Table.ts";
import { tableFromRows } from "./tableFromRows.ts";
import { templateInventory } from "./templateInventory.ts";

/** A file handed to the importer: its name (a path, or a browser File's name) and content. */
export interface InputFile {
  /** The name used in messages; its last path segment decides how it is read. */
  name: string;
  /** The content. */
  bytes: Uint8Array;
}

const EXPECTED_INPUT =
  "an RVTools export (.xlsx, or RVTools_tabvInfo.csv and the other RVTools_tab*.csv files) or a CSV template (see TEMPLATE.md)";
const WORKBOOK_NAME = /\.(xlsx|xlsm|xls)$/i;
const TAB_FILE = /^(?:RVTools_tab)?(\w+)\.csv$/i;
const TAB_BY_KEY = new Map<string, RvtoolsTab>(RVTOOLS_TABS.map((tab) => [tab.toLowerCase(), tab]));

/**
 * Imports an inventory from files already in memory — the core of `importInventory`, usable in
 * a browser (a dropped workbook or folder). Recognises, in this order:
 * 1. RVTools CSV files, named `RVTools_tab<tab>.csv` or `<tab>.csv` (vInfo, vHost, vDatastore,
 *    vNetwork, vPort, dvPort, vSnapshot, vCD, vFloppy; any case); other CSV files are not read;
 * 2. otherwise one workbook (.xlsx, or any file that is a zip), read with `readXlsx`: its vInfo,
 *    vHost, … sheets (names matched case-insensitively); CSV files are then not read;
 * 3. otherwise CSV files recognised by their header: the template's host file (`name` and
 *    `cores_per_socket`), its VM file (`name` and `vcpu` or `memory_gib`), or else an RVTools
 *    vInfo export under another name (`VM` or `vInfoVMName`); other CSV files are ignored.
 *
 * @param files - the files; one file, or the files of a folder.
 * @param path - the file or folder as the user named it, for the result and messages.
 * @param limits - limits on what is read (rows, cells; for a workbook also its size, its parts'
 *   inflated sizes and ratios): see `InputLimits`.
 * @returns the inventory, its summary, the source kind and warnings.
 * @throws {InputError} when nothing is recognised, a kind of file appears twice, the vInfo tab
 *   is missing, any file is over a limit, or any file is malformed (see `readCsv`, `readXlsx`, `rvtoolsInventory`,
 *   `templateInventory`).
 * @example
 * importInventoryFiles([{ name: "RVTools_export.xlsx", bytes }], "RVTools_export.xlsx").summary.vmCount // 48
 */
export function importInventoryFiles(
  files: readonly InputFile[],
  path: string,
  limits: InputLimits = DEFAULT_INPUT_LIMITS,
): ImportResult {
  const { kind, parsed } = recognise(files, path, limits);
  return {
    inventory: parsed.inventory,
    summary: inventorySummary(parsed.inventory, parsed),
    source: { kind, path, export: parsed.exportFacts },
    warnings: parsed.warnings,
  };
}

interface Recognised {
  kind: InventorySourceKind;
  parsed: ParsedInventory;
}

function recognise(files: readonly InputFile[], path: string, limits: InputLimits): Recognised {
  const workbooks = files.filter((f) => WORKBOOK_NAME.test(f.name) || isZip(f.bytes));
  const csvs = files.filter((f) => !workbooks.includes(f));
  const tabFiles = csvs.filter((f) => tabOf(f.name) !== undefined);
  if (tabFiles.some((f) => tabOf(f.name) === "vInfo")) {
    return { kind: "rvtools-csv", parsed: rvtoolsInventory(csvTabs(tabFiles, limits)) };
  }
  if (workbooks.length === 1) {
    return { kind: "rvtools-xlsx", parsed: rvtoolsInventory(workbookTabs(workbooks[0]!, limits)) };
  }
  const tables = csvs.map((f) => readCsv(f.bytes, f.name, limits));
  const byHeader = csvByHeader(tables, path);
  if (byHeader !== null) return byHeader;
  const only = files.length === 1 ? tables[0] : undefined;
  if (only !== undefined) {
    throw new InputError({
      file: only.file,
      expected:
        "an RVTools vInfo export (columns VM, CPUs, Memory) or a CSV template (columns name, vcpu, memory_gib; see TEMPLATE.md)",
      got: `a header ${JSON.stringify(only.header.slice(0, 6).join(","))}`,
    });
  }
  throw new InputError({
    file: path,
    expected: EXPECTED_INPUT,
    got:
      workbooks.length > 1
        ? `${workbooks.length} workbooks (keep one)`
        : csvs.length > 0
          ? "no CSV file with an RVTools or template header"
          : "no .xlsx or .csv file",
  });
}

function baseName(name: string): string {
  return name.split(/[\\/]/).pop() ?? name;
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function tabOf(name: string): RvtoolsTab | undefined {
  const match = TAB_FILE.exec(baseName(name));
  return match === null ? undefined : TAB_BY_KEY.get(match[1]!.toLowerCase());
}

function csvTabs(files: readonly InputFile[], limits: InputLimits): RvtoolsTables {
  const tables: Partial<Record<RvtoolsTab, Table>> = {};
  const from: Partial<Record<RvtoolsTab, string>> = {};
  for (const file of files) {
    const tab = tabOf(file.name)!;
    if (from[tab] !== undefined) {
      throw new InputError({
        file: file.name,
        expected: `one ${tab} file`,
        got: `a second one besides ${from[tab]}`,
      });
    }
    from[tab] = file.name;
    tables[tab] = readCsv(file.bytes, file.name, limits);
  }
  return tables as RvtoolsTables;
}

function workbookTabs(file: InputFile, limits: InputLimits): RvtoolsTables {
  const sheets = readXlsx(file.bytes, file.name, { sheets: RVTOOLS_TABS, limits });
  const tables: Partial<Record<RvtoolsTab, Table>> = {};
  for (const [sheet, rows] of sheets) {
    const tab = TAB_BY_KEY.get(sheet.toLowerCase())!;
    const blank = rows.every((row) => row.every((cell) => cell.trim() === ""));
    if (blank && tab !== "vInfo") continue;
    tables[tab] = tableFromRows(
      rows,
      rows.map((_, i) => i + 1),
      { file: file.name, sheet, decimalSeparator: "." },
    );
  }
  if (tables.vInfo === undefined) {
    // Only on this error path is every sheet read, to list their names.
    const names = [...readXlsx(file.bytes, file.name, { limits }).keys()];
    throw new InputError({
      file: file.name,
      expected: "a sheet named vInfo (an RVTools export)",
      got: names.length === 0 ? "no sheets" : `sheets ${names.map((n) => `"${n}"`).join(", ")}`,
    });
  }
  return tables as RvtoolsTables;
}

/** True when the header has, for each list of names, at least one of them. */
function hasAnyOf(table: Table, aliases: readonly (readonly string[])[]): boolean {
  const keys = new Set(table.header.map(headerKey));
  return aliases.every((names) => names.some((name) => keys.has(headerKey(name))));
}

/** The template's files or a lone vInfo export among `tables`, recognised by header; null when none. */
function csvByHeader(tables: readonly Table[], path: string): Recognised | null {
  const vmTables = tables.filter(
    (t) => hasAnyOf(t, [["name"], ["vcpu", "memory_gib"]]) && !isHostTemplate(t),
  );
  const hostTables = tables.filter(isHostTemplate);
  const vInfoTables = tables.filter((t) => hasAnyOf(t, [VINFO_COLUMNS.name.aliases]));
  const vmTable = single(vmTables, "VM template file");
  const hostTable = single(hostTables, "host template file");
  if (vmTable !== undefined) {
    return { kind: "csv-template", parsed: templateInventory(vmTable, hostTable ?? null) };
  }
  if (hostTable !== undefined) {
    throw new InputError({
      file: path,
      expected: "a VM template file next to the host template file",
      got: "none",
    });
  }
  const vInfo = single(vInfoTables, "vInfo file");
  return vInfo === undefined ? null : { kind: "rvtools-csv", parsed: rvtoolsInventory({ vInfo }) };
}

function isHostTemplate(table: Table): boolean {
  return hasAnyOf(table, [["name"], ["cores_per_socket"]]);
}

function single(tables: readonly Table[], what: string): Table | undefined {
  if (tables.length > 1) {
    throw new InputError({
      file: tables[1]!.file,
      expected: `one ${what}`,
      got: `a second one besides ${tables[0]!.file}`,
    });
  }
  return tables[0];
}
