import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadScenario } from "../../../scenarios/load/loadScenario.ts";

const fleet = join(import.meta.dirname, "../../fixtures/inventory/fleet-comma");

describe("a bare inventory runs as the imported scenario", () => {
  it("describes the export as the estate and the rest as the reference case's placeholders, never as synthetic", async () => {
    const scenario = await loadScenario(fleet);
    expect(scenario.name).toBe("imported");
    expect(scenario.description).toMatch(
      /^The estate is the inventory \S*test\/fixtures\/inventory\/fleet-comma;/,
    );
    expect(scenario.description).toMatch(/placeholders until a scenario replaces them/);
    expect(scenario.description).not.toMatch(/SYNTHETIC/i);
    expect(scenario.inventory.vms.length).toBeGreaterThan(0);
  });
});
