import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { ImportResult } from "./ImportResult.ts";
import { InputError } from "./InputError.ts";
import { type InputFile, importInventoryFiles } from "./importInventoryFiles.ts";

const EXPECTED_PATH =
  "an .xlsx workbook, a folder of RVTools CSV files, or a CSV template (file or folder)";
const READABLE = /\.(csv|xlsx|xlsm|xls)$/i;

/**
 * Imports an inventory from disk (Node): an RVTools .xlsx export, a folder of RVTools CSV
 * files (`RVTools_tabvInfo.csv`, `RVTools_tabvHost.csv`, … or `vInfo.csv`, …), a single CSV
 * (the template's VM file, or an RVTools vInfo export), or a folder holding the template's VM
 * file and optional host file. A folder's .csv/.xlsx files are read in name order; see
 * `importInventoryFiles` for how each is recognised.
 *
 * @param path - a file or folder, as the user named it (used as is in messages).
 * @returns the inventory in base units, its summary, the source kind and warnings.
 * @throws {InputError} when the path does not exist or cannot be read, or for any mistake in
 *   the files (naming the file, row and column); never returns a partial inventory.
 * @example
 * importInventory("exports/RVTools_export_all.xlsx").summary
 * // { vmCount: 48, templateCount: 2, placeholderCount: 0, poweredOnCount: 45, … }
 */
export function importInventory(path: string): ImportResult {
  return importInventoryFiles(inputFiles(path), path);
}

function inputFiles(path: string): InputFile[] {
  try {
    if (!statSync(path).isDirectory()) return [{ name: path, bytes: readFileSync(path) }];
    return readdirSync(path, { withFileTypes: true })
      .filter((entry) => entry.isFile() && READABLE.test(entry.name))
      .map((entry) => entry.name)
      .sort()
      .map((name) => ({ name: join(path, name), bytes: readFileSync(join(path, name)) }));
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code !== "string") throw error;
    throw new InputError({
      file: (error as { path?: string }).path ?? path,
      expected: EXPECTED_PATH,
      got: code === "ENOENT" ? "nothing at this path" : `a path that cannot be read (${code})`,
    });
  }
}
