import { describe, expect, it } from "vitest";
import { GBIT_PER_SECOND } from "../../../models/units.ts";
import { InputError } from "../../../scenarios/inventory/InputError.ts";
import { loadScenario } from "../../../scenarios/load/loadScenario.ts";
import { scenarioFromFiles } from "../../../web/worker/scenarioFromFiles.ts";
import { builtinTexts, textFile } from "../builtinTexts.ts";

const builtins = builtinTexts();

function thrown(f: () => unknown): InputError {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error("expected an InputError");
}

describe("scenarioFromFiles(files, builtins)", () => {
  it("loads a built-in scenario's file as loadScenario does", async () => {
    const fromPage = scenarioFromFiles([textFile("reference.json", builtins.reference!)], builtins);
    const fromDisk = await loadScenario("reference");
    expect({ ...fromPage, file: "" }).toEqual({
      ...fromDisk,
      file: "",
      inventorySource: { ...fromDisk.inventorySource, path: "reference.json" },
    });
  });

  it("resolves an overlay's extends of a built-in scenario (the 1 Gbit/s link)", async () => {
    const overlay = JSON.stringify({
      schemaVersion: 1,
      extends: "reference",
      name: "slow",
      title: "Slow",
      link: { bandwidth: "1 Gbit/s", extensionThroughput: "1 Gbit/s" },
    });
    const scenario = scenarioFromFiles([textFile("slow.json", overlay)], builtins);
    const oneGbe = await loadScenario("reference-1gbe");
    expect(scenario.link.bandwidthBytesPerSecond).toBe(1 * GBIT_PER_SECOND);
    expect(scenario.link).toEqual(oneGbe.link);
    expect(scenario.migration).toEqual(oneGbe.migration);
    expect(scenario.inventory).toEqual(oneGbe.inventory);
    expect(scenario.title).toBe("Slow");
  });

  it("names the file, line and what was expected for malformed JSON", () => {
    const e = thrown(() =>
      scenarioFromFiles([textFile("broken.json", '{\n  "a": 1,,\n}')], builtins),
    );
    expect(e.message).toMatch(/^broken\.json: row 2: expected valid JSON \(line 2, column \d+\)/);
  });

  it("names the field of a schema error", () => {
    const text = JSON.stringify({ schemaVersion: 1, extends: "reference", link: { rtt: -1 } });
    const e = thrown(() => scenarioFromFiles([textFile("bad.json", text)], builtins));
    expect(e.file).toBe("bad.json");
    expect(e.message).toMatch(/^bad\.json: field "link\.rtt": expected/);
  });

  it("says an extends of a file cannot be read in the page, listing the built-in names", () => {
    const text = JSON.stringify({ schemaVersion: 1, extends: "../base.json" });
    const e = thrown(() => scenarioFromFiles([textFile("mine.json", text)], builtins));
    expect(e.message).toContain('mine.json: field "extends": expected a built-in scenario');
    expect(e.message).toContain("reference-1gbe");
    expect(e.message).toContain('got "../base.json"');
  });

  it("runs a bare CSV template against the reference scenario's platforms", () => {
    const csv =
      "name,vcpu,memory_gib,disk_provisioned_gib,host\napp01,2,4,40,esx01\napp02,4,8,80,esx01\n";
    const hosts =
      "name,cluster,sockets,cores_per_socket,clock_ghz,threads_per_core,memory_gib,generation\nesx01,cl,2,16,2.1,2,384,Skylake\n";
    const scenario = scenarioFromFiles(
      [textFile("vms.csv", csv), textFile("hosts.csv", hosts)],
      builtins,
    );
    expect(scenario.name).toBe("imported");
    expect(scenario.title).toBe("Imported inventory vms.csv, hosts.csv on the reference platforms");
    expect(scenario.inventorySource).toEqual({
      kind: "csv-template",
      path: "vms.csv, hosts.csv",
      synthetic: null,
      export: { rvtoolsVersions: [], exportedAt: [], servers: [] },
    });
    expect(scenario.source.hosts.map((h) => h.name)).toEqual(["esx01"]);
    expect(scenario.inventory.vms.map((vm) => vm.name)).toEqual(["app01", "app02"]);
  });

  it("names the CSV file and row of a malformed inventory", () => {
    const csv = "name,vcpu,memory_gib\nweb01,four,8\n";
    const e = thrown(() => scenarioFromFiles([textFile("vms.csv", csv)], builtins));
    expect(e.file).toBe("vms.csv");
    expect(e.row).toBe(2);
    expect(e.message).toMatch(/^vms\.csv: row 2, column "vcpu": expected/);
  });

  it("refuses two scenario files and an empty selection", () => {
    const two = [textFile("a.json", "{}"), textFile("b.json", "{}")];
    expect(thrown(() => scenarioFromFiles(two, builtins)).message).toBe(
      "b.json: expected one scenario file, got a second one besides a.json",
    );
    expect(thrown(() => scenarioFromFiles([], builtins)).message).toMatch(/got nothing$/);
  });
});
