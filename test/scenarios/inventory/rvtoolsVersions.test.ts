import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { importCommand } from "../../../scenarios/cli/commands/importCommand.ts";
import { runCommand as cutoverRun } from "../../../scenarios/cli/commands/run.ts";
import { importInventory } from "../../../scenarios/inventory/importInventory.ts";
import { warningCounts } from "../../../scenarios/inventory/warningCounts.ts";
import { loadScenario } from "../../../scenarios/load/loadScenario.ts";
import { nonFiniteNumbers } from "../../../scenarios/result/nonFiniteNumbers.ts";
import { NULLABLE_RESULT_FIELDS } from "../../../scenarios/result/SimulationResult.ts";
import { runScenario } from "../../../scenarios/run/runScenario.ts";
import { runCommand } from "../cli/runCommand.ts";
import {
  EXPECTED_SUMMARY,
  EXPORTED_AT,
  EXPORTED_AT_CSV,
  expectedWarnings,
  RVTOOLS_VERSIONS,
  VCENTER_PRODUCT,
  versionForms,
  writeVersionFixture,
} from "./rvtoolsVersionFixtures.ts";

const root = mkdtempSync(join(tmpdir(), "cutover-rvtools-versions-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// Generated from the real header rows of each version (rvtoolsVersionFixtures.ts); the counts
// are those of the estate written there, by hand: 8 vInfo rows + a totals row + 2 blank rows.
describe("importInventory(path) on every RVTools version (generated from real headers)", () => {
  for (const version of RVTOOLS_VERSIONS) {
    for (const form of versionForms(version)) {
      describe(`RVTools ${version}, ${form}`, () => {
        const path = writeVersionFixture(root, version, form);
        const imported = importInventory(path);

        it("imports with the counts of the estate written", () => {
          expect(imported.summary).toMatchObject(EXPECTED_SUMMARY);
        });

        it("warns of each recoverable problem, by code", () => {
          expect(warningCounts(imported.warnings)).toEqual(expectedWarnings(version));
        });

        it("records which RVTools wrote it, when and from which vCenter (vMetaData, vSource)", () => {
          const facts = imported.source.export;
          if (version === "3.x") {
            // the 3.x headers FACTS.md lists have no vMetaData or vSource tab
            expect(facts).toEqual({ rvtoolsVersions: [], exportedAt: [], servers: [] });
            return;
          }
          const server = facts.servers[0]!;
          expect([
            facts.rvtoolsVersions,
            facts.exportedAt,
            facts.servers.length,
            server.name,
            server.product,
            server.version,
            // as written: a number in 4.4 (grouped in a `;` CSV), text with leading zeros from 4.6
            server.build?.replace(/\D/g, "").replace(/^0+/, ""),
          ]).toEqual([
            [`${version}.4`],
            [form === "xlsx" ? EXPORTED_AT : EXPORTED_AT_CSV],
            1,
            "vcenter01.corp.example",
            VCENTER_PRODUCT,
            "8.0.2",
            "22617221",
          ]);
        });

        it("matches hosts written as FQDN or short name, keeps the unlisted one, flags the 0-CPU VM", () => {
          const hostOf = Object.fromEntries(imported.inventory.vms.map((vm) => [vm.name, vm.host]));
          const orphan = imported.inventory.vms.find((vm) => vm.name === "orphan01")!;
          expect([
            hostOf.web02,
            hostOf.app01,
            hostOf.lost01,
            imported.inventory.hosts.filter((h) => h.unlisted === true).map((h) => h.name),
            [orphan.inaccessible, orphan.powerState],
          ]).toEqual([
            "esx01",
            "esx03.corp.example",
            "10.0.0.99",
            ["10.0.0.99"],
            [true, "poweredOff"],
          ]);
        });

        it("reads the clock from Speed, generations including the upper-case 6526Y, and 'unknown'", () => {
          expect(
            imported.inventory.hosts.map((h) => [h.name, h.clockHz, h.generation]).slice(0, 4),
          ).toEqual([
            ["esx01", 2_095_000_000, "Skylake"],
            ["esx02", 2_800_000_000, "Emerald Rapids"],
            ["esx03.corp.example", 3_400_000_000, "Rocket Lake"],
            ["esx04", 3_600_000_000, "unknown"],
          ]);
        });

        it("reads the measurements where the version has them", () => {
          const web01 = imported.inventory.vms[0]!;
          const esx01 = imported.inventory.hosts[0]!;
          const measured = version !== "3.x";
          expect([
            web01.cpuUsedHz,
            web01.memoryConsumedBytes,
            web01.minRequiredEvc,
            esx01.cpuUsageFraction,
            esx01.memoryUsageFraction,
          ]).toEqual([
            measured ? 601_000_000 : null,
            measured ? 2458 * 1024 * 1024 : null,
            measured ? "intel-haswell" : null,
            0.355,
            0.6125,
          ]);
        });

        it("runs against the reference platforms to a result with no NaN and no forbidden null", async () => {
          const result = runScenario(await loadScenario(path), { sensitivity: false });
          expect([
            nonFiniteNumbers(result, NULLABLE_RESULT_FIELDS),
            result.inventory.warnings.count,
            result.inventory.inaccessibleCount,
            result.inventory.unlistedHostCount,
          ]).toEqual([
            [],
            Object.values(expectedWarnings(version)).reduce((a, b) => a + b, 0),
            1,
            1,
          ]);
        });
      });
    }
  }

  it("cutover import --json gives { inventory, summary, warnings: [{ code, file, tab, row, column, message }] } and exit 0", async () => {
    const path = writeVersionFixture(root, "4.7.1", "comma");
    const { code, stdout } = await runCommand(importCommand, path, "--json");
    const json = JSON.parse(stdout);
    expect([code, Object.keys(json.warnings[0]).sort(), json.summary.vmCount]).toEqual([
      0,
      ["code", "column", "file", "message", "row", "tab"],
      7,
    ]);
  });

  it("cutover import and cutover run say which RVTools wrote the export, when and from where", async () => {
    const path = writeVersionFixture(root, "4.7.1", "xlsx");
    const said = `RVTools 4.7.1.4; written ${EXPORTED_AT}; from vcenter01.corp.example (${VCENTER_PRODUCT})`;
    const imported = await runCommand(importCommand, path);
    const run = await runCommand(cutoverRun, path);
    expect([imported.code, imported.stdout.split("\n")[1]]).toEqual([0, `  export       ${said}`]);
    expect(run.stdout.split("\n")).toContain(`  export     ${said}`);
  });
});
