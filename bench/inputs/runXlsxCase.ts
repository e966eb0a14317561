import { InputError } from "../../scenarios/inventory/InputError.ts";
import { importInventory } from "../../scenarios/inventory/importInventory.ts";
import { readXlsx } from "../../scenarios/inventory/readXlsx.ts";
import { xlsxBomb } from "../../test/scenarios/inventory/zip/xlsxBomb.ts";

/**
 * One case of the hostile-input benchmark, run in a process of its own so that its peak RSS is
 * its own: `node runXlsxCase.js <case> [file]`. Builds the input (untimed), then times reading
 * it and prints one JSON line: {@link XlsxCaseResult}. Cases: `bomb-honest` (the bomb,
 * directory honest), `bomb-lying-size` (directory declaring 1 MB), `bomb-lying-ratio` (directory
 * declaring 150 MB, under the ratio limit), `import <file>` (importInventory of an .xlsx).
 */
export interface XlsxCaseResult {
  case: string;
  /** Size of the file read, bytes. */
  fileBytes: number;
  /** Wall time of the read (to refusal, or to the import's end), seconds. */
  seconds: number;
  /** RSS before the read, after building the input, MiB. */
  rssBeforeMiB: number;
  /** Peak RSS of the whole process, MiB. */
  peakRssMiB: number;
  /** The refusal's message, or what the import found. */
  outcome: string;
}

const [name = "", file = ""] = process.argv.slice(2);
const declared: Record<string, number | undefined> = {
  "bomb-honest": undefined,
  "bomb-lying-size": 1_000_000,
  "bomb-lying-ratio": 150_000_000,
};
let fileBytes = 0;
let read: () => string;
if (name === "import") {
  read = () => {
    const result = importInventory(file);
    return `${result.summary.vmCount} VMs`;
  };
} else if (name in declared) {
  const declaredBytes = declared[name];
  const bomb = xlsxBomb(declaredBytes === undefined ? {} : { declaredBytes });
  fileBytes = bomb.bytes.length;
  read = () => {
    readXlsx(bomb.bytes, "bomb.xlsx");
    return "read (not refused!)";
  };
} else {
  throw new Error(`unknown case "${name}"`);
}
const rssBeforeMiB = process.memoryUsage().rss / 2 ** 20;
const started = performance.now();
let outcome: string;
try {
  outcome = read();
} catch (error) {
  if (!(error instanceof InputError)) throw error;
  outcome = error.message;
}
const seconds = (performance.now() - started) / 1000;
const result: XlsxCaseResult = {
  case: name,
  fileBytes,
  seconds,
  rssBeforeMiB,
  peakRssMiB: process.resourceUsage().maxRSS / 1024,
  outcome,
};
console.log(JSON.stringify(result));
