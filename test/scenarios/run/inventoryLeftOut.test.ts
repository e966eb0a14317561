import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importInventory } from "../../../scenarios/inventory/importInventory.ts";
import { loadScenario } from "../../../scenarios/load/loadScenario.ts";
import { runScenario } from "../../../scenarios/run/runScenario.ts";
import { writeVersionFixture } from "../inventory/rvtoolsVersionFixtures.ts";

describe("the result counts what the import skipped", () => {
  it("templates and SRM placeholders of an export reach result.inventory (were always 0)", async () => {
    const path = writeVersionFixture(
      mkdtempSync(join(tmpdir(), "cutover-leftout-")),
      "4.7.1",
      "xlsx",
    );
    const imported = await importInventory(path);
    expect(imported.summary.templateCount + imported.summary.placeholderCount).toBeGreaterThan(0);
    const result = runScenario(await loadScenario(path), { sensitivity: false });
    expect(result.inventory.templateCount).toBe(imported.summary.templateCount);
    expect(result.inventory.placeholderCount).toBe(imported.summary.placeholderCount);
  });

  it("an inline inventory skipped nothing", async () => {
    const result = runScenario(await loadScenario("reference"), { sensitivity: false });
    expect(result.inventory.templateCount).toBe(0);
    expect(result.inventory.placeholderCount).toBe(0);
  });
});
