import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { inlineScenario } from "../../../scenarios/load/inlineScenario.ts";
import { loadScenario } from "../../../scenarios/load/loadScenario.ts";
import { parseScenario, type ScenarioReader } from "../../../scenarios/load/parseScenario.ts";
import { platformSection } from "../../../scenarios/run/platformSection.ts";
import { inputErrorOf } from "../inputErrorOf.ts";

const builtin = join(import.meta.dirname, "../../../scenarios/builtin");
const reference = await loadScenario("reference");

describe("placement rules from the scenario", () => {
  it("are honoured on the target: affinity keeps VMs on one host, anti-affinity on different ones", () => {
    const scenario = {
      ...reference,
      placementRules: [
        {
          name: "databases together",
          kind: "affinity" as const,
          vms: ["shared-db-01", "shared-db-02"],
        },
        {
          name: "web apart",
          kind: "antiAffinity" as const,
          vms: ["shared-web-01", "shared-web-02", "shared-web-03"],
        },
      ],
    };
    const { section } = platformSection(scenario);
    const on = section.after.placement;
    expect(on["shared-db-01"]).toBe(on["shared-db-02"]);
    expect(
      new Set(["shared-web-01", "shared-web-02", "shared-web-03"].map((vm) => on[vm])).size,
    ).toBe(3);
    expect(section.rules.map((r) => r.name)).toEqual(["databases together", "web apart"]);
  });

  it("replace the derived rules when given, even as an empty list", () => {
    expect(platformSection({ ...reference, placementRules: [] }).section.rules).toEqual([]);
    expect(platformSection(reference).section.rules.length).toBeGreaterThan(0);
  });

  it("must name VMs of the inventory", () => {
    const raw = JSON.parse(readFileSync(join(builtin, "reference.json"), "utf8"));
    raw.placementRules = [
      { name: "typo", kind: "affinity", vms: ["shared-db-01", "shared-db-99"] },
    ];
    const read: ScenarioReader = (ref) => ({
      text: readFileSync(join(builtin, `${ref}.json`), "utf8"),
      file: ref,
    });
    const error = inputErrorOf(() =>
      inlineScenario(parseScenario(JSON.stringify(raw), "s.json", read).parsed, "s.json"),
    );
    expect(error.message).toBe(
      's.json: field "placementRules[0] (typo).vms": expected names of VMs of the inventory, got "shared-db-99"',
    );
  });
});
