import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { inventoryReadFacts } from "../../../scenarios/inventory/inventoryReadFacts.ts";
import { loadScenario } from "../../../scenarios/load/loadScenario.ts";
import { runScenario } from "../../../scenarios/run/runScenario.ts";
import {
  dataQualityFacts,
  EXAMPLES_PER_KIND,
  warningExample,
} from "../../../web/transforms/dataQualityFacts.ts";
import {
  EXPORTED_AT,
  EXPORTED_AT_CSV,
  VCENTER_PRODUCT,
  writeVersionFixture,
} from "../../scenarios/inventory/rvtoolsVersionFixtures.ts";

const root = mkdtempSync(join(tmpdir(), "cutover-dq-unit-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const xlsx = await loadScenario(writeVersionFixture(root, "4.7.1", "xlsx"));
const imported = runScenario(xlsx, { sensitivity: false });
const csv = runScenario(await loadScenario(writeVersionFixture(root, "4.7.1", "comma")), {
  sensitivity: false,
});
const reference = runScenario(await loadScenario("reference"), { sensitivity: false });

describe("dataQualityFacts", () => {
  it("the synthetic reference: one summary line, nothing read or inferred, no warnings, no check", () => {
    const dq = dataQualityFacts(reference);
    expect({
      origin: dq.origin,
      read: dq.read,
      inferred: dq.inferred,
      warnings: dq.warnings.groups,
      calibration: dq.calibration,
    }).toEqual({ origin: "synthetic", read: [], inferred: [], warnings: [], calibration: null });
    expect(dq.summary).toMatch(/^Synthetic inventory: .*no import warnings/);
  });

  it("says which RVTools wrote the export, when and from which vCenter, traced to vMetaData and vSource", () => {
    const fact = (result: typeof imported) =>
      dataQualityFacts(result).read.find((f) => f.key === "export");
    expect(fact(imported)).toEqual({
      key: "export",
      label: "Export",
      value: `RVTools 4.7.1.4; written ${EXPORTED_AT}; from vcenter01.corp.example (${VCENTER_PRODUCT})`,
      from: "export: vMetaData, vSource",
    });
    expect(fact(csv)?.value).toBe(
      `RVTools 4.7.1.4; written ${EXPORTED_AT_CSV}; from vcenter01.corp.example (${VCENTER_PRODUCT})`,
    );
    expect(fact(reference)).toBeUndefined();
  });

  it("groups an import's warnings by code with the result's counts, at most three examples each", () => {
    for (const result of [imported, csv]) {
      const { groups, count } = dataQualityFacts(result).warnings;
      expect(Object.fromEntries(groups.map((g) => [g.code, g.count]))).toEqual(
        result.inventory.warnings.byCode,
      );
      expect(groups.reduce((n, g) => n + g.count, 0)).toBe(count);
      for (const g of groups) {
        expect(g.examples.length).toBeLessThanOrEqual(EXAMPLES_PER_KIND);
        expect(g.examples.length + g.notShown).toBe(g.count);
        expect(g.meaning).not.toBe("");
      }
    }
  });

  it("splits a warning's location out of its message, for a workbook sheet and a CSV file", () => {
    const fromXlsx = imported.inventory.warnings.first.find((w) => w.code === "row-no-name")!;
    expect(warningExample(fromXlsx)).toEqual({
      file: "RVTools_export_all_4.7.1.xlsx",
      tab: "vInfo",
      row: String(fromXlsx.row),
      column: "VM",
      message: "a row with no VM name (a hand-added total, or notes): skipped",
    });
    const fromCsv = csv.inventory.warnings.first.find((w) => w.code === "row-no-name")!;
    expect(warningExample(fromCsv).message).toBe(
      "a row with no VM name (a hand-added total, or notes): skipped",
    );
    expect(warningExample(fromCsv).file).toBe("RVTools_tabvInfo.csv");
    // a message that does not start with its location is kept whole
    expect(warningExample({ ...fromCsv, message: "something else" }).message).toBe(
      "something else",
    );
  });

  it("reads facts from the export and infers the unlisted host, CPU generations and profile defaults", () => {
    const dq = dataQualityFacts(imported);
    const value = (facts: typeof dq.read, key: string) =>
      facts.filter((f) => f.key === key).map((f) => f.value);
    expect(value(dq.read, "vms")).toEqual(["7 VMs: 5 powered on, 2 off"]);
    expect(value(dq.read, "hosts")[0]).toMatch(/^4 hosts listed, 76 physical cores; 1 more host/);
    expect(value(dq.read, "tabs")[0]).toBe("vInfo, vHost, vCPU, vMemory, vDatastore");
    expect(value(dq.inferred, "unlisted-hosts")[0]).toMatch(
      /^10\.0\.0\.99 \(1 VM\): given a stand-in capacity/,
    );
    expect(value(dq.inferred, "cpu-generation")).toHaveLength(4);
    expect(
      value(dq.inferred, "cpu-generation").filter((v) => v.includes("→ unknown")),
    ).toHaveLength(1);
    expect(value(dq.inferred, "vm-cpu")[0]).toBe(
      `${imported.calibration!.vms.measured} of 5 powered-on VMs from the export's measurement; ${imported.calibration!.vms.fallback} VM from their workload profile's defaults`,
    );
    for (const f of [...dq.read, ...dq.inferred]) expect(f.from).not.toBe("");
  });

  it("sets each host's modelled figure beside the measured one, with the difference in points", () => {
    const check = dataQualityFacts(imported).calibration!;
    const host = imported.calibration!.hosts[0]!;
    const cpu = check.rows[0]!.cells.find((c) => c.what === "CPU")!;
    const points = (host.cpuModelledFraction - host.cpuMeasuredFraction!) * 100;
    expect(cpu.off).toBe(`${points < 0 ? "−" : "+"}${Math.abs(points).toFixed(1)} points`);
    expect(cpu.within).toBe(Math.abs(points) <= 10);
    expect(check.rows.map((r) => r.host)).toEqual(imported.calibration!.hosts.map((h) => h.name));
    // a host whose VMs report no readiness: not measured, not judged
    const esx04 = check.rows
      .find((r) => r.host === "esx04")!
      .cells.find((c) => c.what === "Ready")!;
    expect(esx04).toMatchObject({ measured: "not measured", off: "—", within: null });
  });
});

describe("inventoryReadFacts", () => {
  it("counts datastores, networks, the listed hosts by CPU model and what the export measured", () => {
    const facts = inventoryReadFacts(xlsx.inventory);
    expect(facts.datastoreCount).toBe(1);
    expect(facts.cpuModels.reduce((n, m) => n + m.hostCount, 0)).toBe(4);
    expect(facts.cpuModels.filter((m) => m.generation === "unknown")).toHaveLength(1);
    expect(facts.measured.vmCpu).toBe(
      xlsx.inventory.vms.filter((vm) => vm.cpuUsedHz != null).length,
    );
    expect(imported.inventory.read).toEqual(facts);
  });

  it("is empty for an empty inventory", () => {
    expect(inventoryReadFacts({ vms: [], hosts: [], datastores: [], networks: [] })).toEqual({
      datastoreCount: 0,
      networkCount: 0,
      cpuModels: [],
      measured: { vmCpu: 0, vmMemory: 0, vmReadiness: 0, hostCpu: 0, hostMemory: 0 },
    });
  });
});

describe("dataQualityFacts of a large import", () => {
  it("counts every warning by kind though the result keeps only the first few in full", () => {
    const first = imported.inventory.warnings.first[0]!;
    const many = {
      ...imported,
      inventory: {
        ...imported.inventory,
        warnings: {
          count: 100_020,
          byCode: { "row-no-name": 20, "measurement-blank": 100_000 },
          first: Array.from({ length: 20 }, (_, i) => ({
            ...first,
            code: "row-no-name" as const,
            row: i + 2,
          })),
        },
      },
    };
    const { groups, listed } = dataQualityFacts(many).warnings;
    expect(listed).toBe(20);
    expect(groups.map((g) => [g.code, g.count, g.examples.length, g.notShown])).toEqual([
      ["row-no-name", 20, EXAMPLES_PER_KIND, 20 - EXAMPLES_PER_KIND],
      ["measurement-blank", 100_000, 0, 100_000],
    ]);
  });
});
