import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { inputLimits } from "../../../scenarios/inventory/InputLimits.ts";
import { importInventory } from "../../../scenarios/inventory/importInventory.ts";
import { inputErrorOf } from "../inputErrorOf.ts";
import { makeFifo } from "../makeFifo.ts";

const FIXTURES = resolve(dirname(import.meta.filename), "../../fixtures/inventory");
const tmp = mkdtempSync(join(tmpdir(), "cutover-import-limits-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A copy of the fixture folder of RVTools CSV files (vInfo is 3,417 bytes, 13 rows). */
function fleetCopy(name: string): string {
  const dir = join(tmp, name);
  cpSync(join(FIXTURES, "fleet-comma"), dir, { recursive: true });
  return dir;
}

describe("importInventory(path, limits)", () => {
  it("imports the fixture folder within the default limits and within 0.01 MiB", () => {
    const dir = fleetCopy("ok");
    expect(importInventory(dir).summary.vmCount).toBe(10);
    expect(importInventory(dir, inputLimits(0.01)).summary.vmCount).toBe(10);
  });

  it("refuses /dev/zero as an inventory at once, saying what it is", () => {
    expect(inputErrorOf(() => importInventory("/dev/zero")).message).toBe(
      "/dev/zero: expected an .xlsx workbook, a folder of RVTools CSV files, or a CSV template (file or folder), got a character device, not a regular file",
    );
  });

  it("checks each file of a folder: one over the limit is named with its size", () => {
    const dir = fleetCopy("big");
    expect(inputErrorOf(() => importInventory(dir, inputLimits(0.001))).message).toBe(
      `${join(dir, "RVTools_tabvInfo.csv")}: expected a file of at most 1,048 bytes (raise the limit with --max-input-mib M, now 0.001), got 3,417 bytes`,
    );
  });

  it("passes the row limit to the CSV reader", () => {
    const dir = fleetCopy("rows");
    // 0.0025 MiB: files up to 2,621 bytes, but at most 10 rows; vInfo has 13 (header included)
    const rows = "web,poweredOn,1,1024\n".repeat(12);
    writeFileSync(join(dir, "RVTools_tabvInfo.csv"), `VM,Powerstate,CPUs,Memory\n${rows}`);
    expect(inputErrorOf(() => importInventory(dir, inputLimits(0.0025))).message).toBe(
      `${join(dir, "RVTools_tabvInfo.csv")}: expected at most 10 rows, header and blank rows included (raise the limit with --max-input-mib M), got more than 10`,
    );
  });

  it.skipIf(!makeFifo(join(tmp, "probe.fifo")))(
    "refuses a FIFO named like an RVTools tab inside a folder instead of blocking on it",
    () => {
      const dir = fleetCopy("fifo");
      rmSync(join(dir, "RVTools_tabvHost.csv"));
      makeFifo(join(dir, "RVTools_tabvHost.csv"));
      expect(inputErrorOf(() => importInventory(dir)).message).toBe(
        `${join(dir, "RVTools_tabvHost.csv")}: expected an RVTools .xlsx or .csv file, or a CSV template, got a FIFO (named pipe), not a regular file`,
      );
    },
  );
});
