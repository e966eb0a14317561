import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { largeExport, xlsxBytes } from "../../test/scenarios/inventory/makeFixtures.ts";
import type { XlsxCaseResult } from "./runXlsxCase.ts";

/** Targets of issue 12 for a hostile .xlsx: refused within a second and 200 MB. */
export const XLSX_BOMB_TARGETS = { seconds: 1, peakRssMiB: 200 } as const;

/** One row of {@link compareXlsxInputs}. */
export interface XlsxInputRow extends XlsxCaseResult {
  /** What the case is, for the table. */
  label: string;
  /** True for the bombs, which must be refused: the targets apply to them. */
  hostile: boolean;
}

const CASES = [
  { case: "bomb-honest", label: "bomb, directory honest (1.6 GB declared)" },
  { case: "bomb-lying-size", label: "bomb, directory lying (1 MB declared)" },
  { case: "bomb-lying-ratio", label: "bomb, directory lying (150 MB declared, under the ratio)" },
] as const;

/**
 * The hostile-input benchmark (issue 12): the zip bomb (a ~2 MB .xlsx whose shared
 * strings inflate to 1.6 GB) with an honest and with lying directories, then the import of a
 * 100,000-VM RVTools .xlsx; each case in a child process (`runXlsxCase.js`, beside this file
 * once compiled) so that its peak RSS is its own. Wall time is the read alone, the input built
 * beforehand.
 *
 * @param vms - VMs in the generated RVTools export (100,000; fewer for a smoke run).
 * @param progress - receives a line per case.
 * @returns one row per case, bombs first.
 * @throws Error when a child fails (a bomb that crashes rather than being refused).
 */
export function compareXlsxInputs(vms: number, progress: (line: string) => void): XlsxInputRow[] {
  const child = new URL("./runXlsxCase.js", import.meta.url).pathname;
  const run = (args: readonly string[]): XlsxCaseResult =>
    JSON.parse(execFileSync(process.execPath, [child, ...args], { encoding: "utf8" }));
  const rows: XlsxInputRow[] = CASES.map((c) => {
    progress(`xlsx input: ${c.label}`);
    return { ...run([c.case]), label: c.label, hostile: true };
  });
  const dir = mkdtempSync(join(tmpdir(), "cutover-bench-xlsx-"));
  try {
    const file = join(dir, "RVTools_large.xlsx");
    progress(`xlsx input: generating a ${vms}-VM RVTools .xlsx`);
    writeFileSync(file, xlsxBytes(largeExport(vms, Math.max(1, vms / 1000)), { level: 1 }));
    progress("xlsx input: importing it");
    const result = run(["import", file]);
    rows.push({
      ...result,
      fileBytes: statSync(file).size,
      label: `import of a ${vms.toLocaleString("en-US")}-VM RVTools .xlsx`,
      hostile: false,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
