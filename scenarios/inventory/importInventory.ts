import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { ImportResult } from "./ImportResult.ts";
import { InputError } from "./InputError.ts";
import { DEFAULT_INPUT_LIMITS, type InputLimits } from "./InputLimits.ts";
import { type InputFile, importInventoryFiles } from "./importInventoryFiles.ts";
import { readInputFile } from "./readInputFile.ts";

const EXPECTED_PATH =
  "an .xlsx workbook, a folder of RVTools CSV files, or a CSV template (file or folder)";
const EXPECTED_FILE = "an RVTools .xlsx or .csv file, or a CSV template";
const READABLE = /\.(csv|xlsx|xlsm|xls)$/i;

/**
 * Imports an inventory from disk (Node): an RVTools .xlsx export, a folder of RVTools CSV
 * files (`RVTools_tabvInfo.csv`, `RVTools_tabvHost.csv`, … or `vInfo.csv`, …), a single CSV
 * (the template's VM file, or an RVTools vInfo export), or a folder holding the template's VM
 * file and optional host file. A folder's .csv/.xlsx files are read in name order; see
 * `importInventoryFiles` for how each is recognised. Every file read must be a regular file
 * within `limits` (see `readInputFile`): a device, a FIFO or a socket is refused before it is
 * opened, a file too large before it is read.
 *
 * @param path - a file or folder, as the user named it (used as is in messages).
 * @param limits - the input limits (`--max-input-mib`), also for rows and cells.
 * @returns the inventory in base units, its summary, the source kind and warnings.
 * @throws {InputError} when the path does not exist, is not a regular file or a folder, is
 *   larger than the limits or cannot be read, or for any mistake in the files (naming the file,
 *   row and column); never returns a partial inventory.
 * @example
 * importInventory("exports/RVTools_export_all.xlsx").summary
 * // { vmCount: 48, templateCount: 2, placeholderCount: 0, poweredOnCount: 45, … }
 */
export function importInventory(
  path: string,
  limits: InputLimits = DEFAULT_INPUT_LIMITS,
): ImportResult {
  return importInventoryFiles(inputFiles(path, limits), path, limits);
}

function inputFiles(path: string, limits: InputLimits): InputFile[] {
  if (!isFolder(path)) {
    return [{ name: path, bytes: readInputFile(path, limits, EXPECTED_PATH) }];
  }
  let names: string[];
  try {
    // By name only: a FIFO or device named vInfo.csv is refused by readInputFile, not skipped.
    names = readdirSync(path, { withFileTypes: true })
      .filter((entry) => !entry.isDirectory() && READABLE.test(entry.name))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code !== "string") throw error;
    throw new InputError({
      file: (error as { path?: string }).path ?? path,
      expected: EXPECTED_PATH,
      got: code === "ENOENT" ? "nothing at this path" : `a path that cannot be read (${code})`,
    });
  }
  return names.map((name) => {
    const file = join(path, name);
    return { name: file, bytes: readInputFile(file, limits, EXPECTED_FILE) };
  });
}

/** Whether `path` is a folder; anything else goes to readInputFile, which says what is wrong. */
function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
