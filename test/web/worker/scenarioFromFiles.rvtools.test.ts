import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadScenario } from "../../../scenarios/load/loadScenario.ts";
import { runScenario } from "../../../scenarios/run/runScenario.ts";
import { scenarioFromFiles } from "../../../web/worker/scenarioFromFiles.ts";
import { COMMA_CSV, csvText, FLEET, xlsxBytes } from "../../scenarios/inventory/makeFixtures.ts";
import { builtinTexts, textFile } from "../builtinTexts.ts";

const builtins = builtinTexts();

describe("scenarioFromFiles with an RVTools export", () => {
  it("reads a workbook as loadScenario reads it from disk, and runs it", async () => {
    const bytes = xlsxBytes(FLEET, { withoutReferences: ["vPort"] });
    const inPage = scenarioFromFiles([{ name: "RVTools_export_all.xlsx", bytes }], builtins);
    const dir = mkdtempSync(join(tmpdir(), "cutover-rvtools-"));
    const path = join(dir, "RVTools_export_all.xlsx");
    writeFileSync(path, bytes);
    const onDisk = await loadScenario(path);
    expect(inPage.inventory).toEqual(onDisk.inventory);
    expect(inPage.inventorySource.kind).toBe("rvtools-xlsx");
    expect(runScenario(inPage).inventory.vmCount).toBe(runScenario(onDisk).inventory.vmCount);
  });

  it("reads the RVTools_tab*.csv files of a folder, opened together", () => {
    const files = Object.entries(FLEET).map(([tab, rows]) =>
      textFile(`export/RVTools_tab${tab}.csv`, csvText(rows, COMMA_CSV)),
    );
    const fromCsv = scenarioFromFiles(files, builtins);
    const fromXlsx = scenarioFromFiles(
      [{ name: "x.xlsx", bytes: xlsxBytes(FLEET, { withoutReferences: ["vPort"] }) }],
      builtins,
    );
    expect(fromCsv.inventorySource).toEqual({
      kind: "rvtools-csv",
      path: "export",
      synthetic: null,
      // the fleet fixture has no vMetaData or vSource tab: the export says nothing of itself
      export: { rvtoolsVersions: [], exportedAt: [], servers: [] },
    });
    expect(fromCsv.inventory).toEqual(fromXlsx.inventory);
  });
});
