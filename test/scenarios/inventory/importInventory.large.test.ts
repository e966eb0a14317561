import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { GIB, MIB } from "../../../models/units.ts";
import { importInventory } from "../../../scenarios/inventory/importInventory.ts";
import { csvText, largeExport, writeCsvFolder, xlsxBytes } from "./makeFixtures.ts";

// 100,000 VMs (plus 100 templates) on 100 hosts, generated into a temp dir, never committed.
// Times are printed, not asserted (STYLE.md: tests never assert wall-clock times).
const VM_COUNT = 100_000;
const HOST_COUNT = 100;
const tmp = mkdtempSync(join(tmpdir(), "cutover-inventory-large-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const sheets = largeExport(VM_COUNT, HOST_COUNT);

// By hand, from largeExport's definition: VM i has 1 + i % 8 vCPUs and 1024 × (1 + i % 16) MiB;
// 100,000 VMs hold 12,500 full cycles of 8 and 6,250 of 16; every 10th is powered off.
const EXPECTED = {
  vmCount: VM_COUNT,
  templateCount: VM_COUNT / 1000,
  placeholderCount: 0,
  poweredOnCount: VM_COUNT - VM_COUNT / 10,
  poweredOffCount: VM_COUNT / 10,
  suspendedCount: 0,
  inaccessibleCount: 0,
  vcpuCount: (VM_COUNT / 8) * (1 + 2 + 3 + 4 + 5 + 6 + 7 + 8),
  memoryBytes: (VM_COUNT / 16) * 136 * GIB,
  diskProvisionedBytes: VM_COUNT * 40 * GIB,
  diskUsedBytes: VM_COUNT * 10240.5 * MIB,
  hostCount: HOST_COUNT,
  unlistedHostCount: 0,
  coreCount: HOST_COUNT * 2 * 16,
};

function timed<T>(label: string, run: () => T): T {
  const start = performance.now();
  const result = run();
  console.log(`${label}: ${((performance.now() - start) / 1000).toFixed(2)} s`);
  return result;
}

describe("importInventory(path) on a 100,000-VM export", () => {
  it("imports a folder of RVTools CSV files and counts every VM", () => {
    const dir = writeCsvFolder(join(tmp, "csv"), sheets, { separator: "," });
    const result = timed(`import of ${VM_COUNT} VMs from CSV`, () => importInventory(dir));
    expect(result.summary).toEqual(EXPECTED);
  });

  it("imports a semicolon CSV with decimal commas and counts every VM", () => {
    const dir = writeCsvFolder(join(tmp, "semicolon"), sheets, {
      separator: ";",
      bom: true,
      crlf: true,
    });
    const result = timed(`import of ${VM_COUNT} VMs from semicolon CSV`, () =>
      importInventory(dir),
    );
    expect(result.summary).toEqual(EXPECTED);
  });

  it("imports an .xlsx workbook and counts every VM", () => {
    const file = join(tmp, "large.xlsx");
    writeFileSync(file, xlsxBytes(sheets, { level: 1 }));
    const result = timed(`import of ${VM_COUNT} VMs from .xlsx`, () => importInventory(file));
    expect(result.summary).toEqual(EXPECTED);
  });

  it("has the generator write what it says (a check of the fixture itself)", () => {
    expect(csvText(sheets.vInfo!.slice(0, 3), { separator: "," }).split("\n")[1]).toBe(
      "tpl-0,poweredOff,True,False,2,2048,10240,2048,build,vm,vmx-19,[ds0] tpl-0/tpl.vmtx,cl-prod,esx0,Debian GNU/Linux 12 (64-bit)",
    );
  });
});
