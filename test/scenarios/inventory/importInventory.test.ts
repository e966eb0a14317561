import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { GIB, MIB } from "../../../models/units.ts";
import { importInventory } from "../../../scenarios/inventory/importInventory.ts";
import { inputErrorOf } from "../inputErrorOf.ts";
import { COMMA_CSV, csvText, FLEET, SEMICOLON_CSV, writeFleet, xlsxBytes } from "./makeFixtures.ts";

const FIXTURES = resolve(dirname(import.meta.filename), "../../fixtures/inventory");
const TEMPLATE_DIR = resolve(dirname(import.meta.filename), "../../../scenarios/inventory");
const tmp = mkdtempSync(join(tmpdir(), "cutover-inventory-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const fleet = writeFleet(join(tmp, "fleet"));

/** Writes `files` (name → content) into a new folder under the temp dir; returns its path. */
function folder(name: string, files: Record<string, string | Uint8Array>): string {
  const dir = join(tmp, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, content] of Object.entries(files)) writeFileSync(join(dir, file), content);
  return dir;
}

describe("importInventory(path) on the same RVTools export in three forms", () => {
  const xlsx = importInventory(fleet.xlsx);
  const comma = importInventory(fleet.comma);
  const semicolon = importInventory(fleet.semicolon);

  it("recognises an .xlsx workbook and folders of RVTools CSV files", () => {
    // the fleet fixture has no vMetaData or vSource tab: the export says nothing of itself
    const nothing = { rvtoolsVersions: [], exportedAt: [], servers: [] };
    expect([xlsx.source, comma.source, semicolon.source]).toEqual([
      { kind: "rvtools-xlsx", path: fleet.xlsx, export: nothing },
      { kind: "rvtools-csv", path: fleet.comma, export: nothing },
      { kind: "rvtools-csv", path: fleet.semicolon, export: nothing },
    ]);
  });

  it("gives the same inventory from the .xlsx, the comma CSVs and the semicolon CSVs with decimal commas", () => {
    expect(comma.inventory).toEqual(xlsx.inventory);
    expect(semicolon.inventory).toEqual(xlsx.inventory);
  });

  it("gives the same summary from all three", () => {
    expect(comma.summary).toEqual(xlsx.summary);
    expect(semicolon.summary).toEqual(xlsx.summary);
  });

  it("summarises the fleet as computed by hand", () => {
    // 12 vInfo rows: 1 template, 1 SRM placeholder, 10 VMs (nopriv01 has no power state: on).
    // Memory 8192+8192+32768+4096+2048+16384+2048+3072+4096+1024 = 81920 MiB = 80 GiB.
    // Provisioned 49152.25+49152+204800+20480+16384+102400+10240+30720+40960+8192 = 532480.25 MiB.
    // In use: the same VMs' In Use MiB, nopriv01's provisioned 10240 standing in for its empty
    // cell; every value is exact in bytes but web02's 12345.678 MiB, rounded to whole bytes.
    const exactInUseMib =
      23117.671875 + 150000.5 + 8192 + 16384 + 51200.125 + 10240 + 10000.75 + 20000 + 4096.5;
    expect(xlsx.summary).toEqual({
      vmCount: 10,
      templateCount: 1,
      placeholderCount: 1,
      poweredOnCount: 8,
      poweredOffCount: 1,
      suspendedCount: 1,
      inaccessibleCount: 0,
      vcpuCount: 4 + 4 + 8 + 2 + 1 + 4 + 2 + 2 + 2 + 1,
      memoryBytes: 80 * GIB,
      diskProvisionedBytes: 532480.25 * MIB,
      diskUsedBytes: exactInUseMib * MIB + Math.round(12345.678 * MIB),
      hostCount: 3,
      unlistedHostCount: 0,
      coreCount: 2 * 16 + 2 * 14 + 1 * 32,
    });
  });

  it("converts MiB to bytes and keeps every field of a complete vInfo row", () => {
    expect(xlsx.inventory.vms[0]).toEqual({
      name: "web01",
      vcpu: 4,
      memoryBytes: 8 * GIB,
      diskProvisionedBytes: 49152.25 * MIB,
      diskUsedBytes: 23117.671875 * MIB,
      os: "Debian GNU/Linux 10 (64-bit)",
      powerState: "poweredOn",
      host: "esx01.agence.example",
      cluster: "cl-prod",
      datastore: "nfs-web",
      networks: ["web-frontend", "backend"],
      group: "Clients/Acme",
      sites: 0,
      profile: null,
      hardwareVersion: 14,
      activeMemoryBytes: 1638 * MIB,
      snapshotCount: 0,
      connectedMedia: true,
      ipAddress: "10.0.1.11",
      vcenter: null,
      cpuReadinessFraction: null,
      minRequiredEvc: null,
      cpuUsedHz: null,
      memoryConsumedBytes: null,
    });
  });

  it("leaves out templates and SRM placeholders, even one named like a real VM on a host vHost lacks", () => {
    const names = xlsx.inventory.vms.map((vm) => vm.name);
    expect(names).toEqual([
      "web01",
      "web02",
      "db01",
      "mail01",
      "legacy01",
      "backup01",
      "nopriv01",
      "café-r&d <test>",
      "monitor01",
      "dns01",
    ]);
  });

  it("reads more than 8 Network # columns, in numeric order", () => {
    expect(xlsx.inventory.vms.find((vm) => vm.name === "backup01")!.networks).toEqual([
      "web-frontend",
      "backend",
      "R&D <lab>",
      "mgmt",
      "backup",
      "nfs-storage",
      "vmotion-test",
      "dmz",
      "replication",
      "monitoring",
    ]);
  });

  it("turns empty cells (an export without privileges) into nulls and documented defaults, with warnings", () => {
    const vm = xlsx.inventory.vms.find((v) => v.name === "nopriv01")!;
    expect(vm).toMatchObject({
      powerState: "poweredOn",
      os: "Other 4.x or later Linux (64-bit)",
      host: null,
      cluster: null,
      datastore: null,
      networks: [],
      group: null,
      hardwareVersion: null,
      activeMemoryBytes: null,
      ipAddress: null,
      diskProvisionedBytes: 10240 * MIB,
      diskUsedBytes: 10240 * MIB,
    });
    const file = join(fleet.comma, "RVTools_tabvInfo.csv");
    expect(comma.warnings).toEqual([
      {
        code: "power-state-blank",
        file,
        tab: "vInfo",
        row: 11,
        column: "Powerstate",
        message: `${file}: row 11, column "Powerstate": blank: counted as powered on`,
      },
      {
        code: "disk-size-blank",
        file,
        tab: "vInfo",
        row: 11,
        column: "In Use MiB",
        message: `${file}: row 11, column "In Use MiB": blank: the provisioned size was used`,
      },
    ]);
  });

  it("names workbook warnings by sheet and workbook row", () => {
    expect(xlsx.warnings[0]!.message).toBe(
      `${fleet.xlsx} [vInfo]: row 10, column "Powerstate": blank: counted as powered on`,
    );
  });

  it("prefers the OS VMware Tools report, then the configuration file's", () => {
    const os = Object.fromEntries(xlsx.inventory.vms.map((vm) => [vm.name, vm.os]));
    expect([os.web02, os.mail01]).toEqual([
      "Debian GNU/Linux 12 (64-bit)",
      "Debian GNU/Linux 10 (64-bit)",
    ]);
  });

  it("takes the group from the vApp, then the folder, then the resource pool", () => {
    const group = Object.fromEntries(xlsx.inventory.vms.map((vm) => [vm.name, vm.group]));
    expect([group.monitor01, group.dns01, group.backup01, group.legacy01]).toEqual([
      "Monitoring",
      "Infra",
      "Backup",
      null,
    ]);
  });

  it('reads hardware versions written "vmx-08" and 14', () => {
    const hw = Object.fromEntries(xlsx.inventory.vms.map((vm) => [vm.name, vm.hardwareVersion]));
    expect([hw.legacy01, hw.monitor01]).toEqual([8, 14]);
  });

  it("counts snapshots from vSnapshot and connected media from vCD", () => {
    const vms = xlsx.inventory.vms;
    expect(vms.map((vm) => vm.snapshotCount)).toEqual([0, 1, 2, 0, 0, 0, 0, 0, 0, 0]);
    expect(vms.filter((vm) => vm.connectedMedia).map((vm) => vm.name)).toEqual(["web01"]);
  });

  it("reads hosts with their generation, threads, clock in Hz and memory in bytes", () => {
    expect(xlsx.inventory.hosts).toEqual([
      {
        name: "esx01.agence.example",
        cluster: "cl-prod",
        model: "Dell Inc. PowerEdge R640",
        cpuModel: "Intel(R) Xeon(R) Gold 6130 CPU @ 2.10GHz",
        sockets: 2,
        coresPerSocket: 16,
        clockHz: 2_095_000_000,
        threadsPerCore: 2,
        memoryBytes: 384 * GIB,
        generation: "Skylake",
        esxVersion: "6.7.0",
        cpuUsageFraction: 0.355,
        memoryUsageFraction: 0.6125,
      },
      {
        name: "esx02.agence.example",
        cluster: "cl-prod",
        model: "HPE ProLiant DL380 Gen9",
        cpuModel: "Intel(R) Xeon(R) CPU E5-2680 v4 @ 2.40GHz",
        sockets: 2,
        coresPerSocket: 14,
        clockHz: 2_394_000_000,
        threadsPerCore: 1,
        memoryBytes: 256 * GIB,
        generation: "Broadwell",
        esxVersion: "6.5.0",
        cpuUsageFraction: 0.41,
        memoryUsageFraction: 0.705,
      },
      {
        name: "esx03.agence.example",
        cluster: "cl-prod",
        model: "HPE ProLiant DL325 Gen10 Plus",
        cpuModel: "AMD EPYC 7543 32-Core Processor",
        sockets: 1,
        coresPerSocket: 32,
        clockHz: 2_794_000_000,
        threadsPerCore: 2,
        memoryBytes: 512 * GIB,
        generation: "Milan",
        esxVersion: "7.0.3",
        cpuUsageFraction: 0.2275,
        memoryUsageFraction: 0.48,
      },
    ]);
  });

  it("reads datastores, including grouped thousands in the semicolon files", () => {
    expect(semicolon.inventory.datastores).toEqual([
      { name: "nfs-web", type: "NFS", capacityBytes: 4 * 1024 * GIB, freeBytes: 1694303.5 * MIB },
      { name: "vmfs-db", type: "VMFS", capacityBytes: 2 * 1024 * GIB, freeBytes: 1197152 * MIB },
      { name: "vsanDatastore", type: "vsan", capacityBytes: 8 * 1024 * GIB, freeBytes: null },
    ]);
  });

  it("lists networks from vNetwork, then from the VMs, with VLAN ids from vPort (a trunk has none)", () => {
    expect(xlsx.inventory.networks).toEqual([
      { name: "web-frontend", vlanId: 101 },
      { name: "backend", vlanId: 102 },
      { name: "tpl-build", vlanId: null },
      { name: "R&D <lab>", vlanId: 230 },
      { name: "mgmt", vlanId: 0 },
      { name: "backup", vlanId: null },
      { name: "nfs-storage", vlanId: null },
      { name: "vmotion-test", vlanId: null },
      { name: "dmz", vlanId: null },
      { name: "replication", vlanId: null },
      { name: "monitoring", vlanId: null },
    ]);
  });
});

describe("importInventory(path) on header variants", () => {
  const variants = ["new-names", "old-names", "mb-names", "messy-headers"] as const;
  const results = Object.fromEntries(
    variants.map((v) => [v, importInventory(join(FIXTURES, "variants", v))]),
  );

  it("reads the current RVTools names as computed by hand", () => {
    const { inventory, summary } = results["new-names"]!;
    expect(inventory.vms[0]).toEqual({
      name: "app01",
      vcpu: 2,
      memoryBytes: 4 * GIB,
      diskProvisionedBytes: 20 * GIB,
      diskUsedBytes: 10240.5 * MIB,
      os: "Debian GNU/Linux 12 (64-bit)",
      powerState: "poweredOn",
      host: "esx-a",
      cluster: "cl1",
      datastore: null,
      networks: ["front", "back"],
      group: "Shop",
      sites: 0,
      profile: null,
      hardwareVersion: 14,
      activeMemoryBytes: null,
      snapshotCount: null,
      connectedMedia: null,
      ipAddress: null,
      vcenter: null,
      cpuReadinessFraction: null,
      minRequiredEvc: null,
      cpuUsedHz: null,
      memoryConsumedBytes: null,
    });
    expect(summary).toMatchObject({
      vmCount: 3,
      templateCount: 1,
      poweredOnCount: 2,
      poweredOffCount: 1,
      vcpuCount: 14,
      memoryBytes: 28 * GIB,
      hostCount: 2,
      unlistedHostCount: 0,
      coreCount: 24 + 56,
    });
    expect(inventory.hosts.map((h) => [h.generation, h.threadsPerCore, h.clockHz])).toEqual([
      ["Cascade Lake", 2, 2_195_000_000],
      ["Ice Lake", 1, 1_995_000_000],
    ]);
    expect(inventory.datastores).toEqual([
      { name: "ds-shop", type: "NFS", capacityBytes: 1024 * GIB, freeBytes: 524288.5 * MIB },
    ]);
  });

  for (const variant of ["old-names", "mb-names", "messy-headers"] as const) {
    it(`reads ${variant} into the same inventory as the current names`, () => {
      expect(results[variant]!.inventory).toEqual(results["new-names"]!.inventory);
    });
  }
});

describe("importInventory(path) on the CSV template", () => {
  const vmsOnly = importInventory(join(TEMPLATE_DIR, "template-example.csv"));
  const withHosts = importInventory(TEMPLATE_DIR);

  it("recognises the template by its header, as a file or a folder with a host file", () => {
    expect([vmsOnly.source.kind, withHosts.source.kind]).toEqual(["csv-template", "csv-template"]);
    expect([vmsOnly.inventory.hosts.length, withHosts.inventory.hosts.length]).toEqual([0, 2]);
  });

  it("converts GiB and GHz once and applies the documented defaults", () => {
    const [web01, , , mail01] = withHosts.inventory.vms;
    expect(web01).toEqual({
      name: "web01",
      vcpu: 4,
      memoryBytes: 8 * GIB,
      diskProvisionedBytes: 48 * GIB,
      diskUsedBytes: 22.5 * GIB,
      os: "Debian GNU/Linux 12 (64-bit)",
      powerState: "poweredOn",
      host: "esx01",
      cluster: "cl-prod",
      datastore: "nfs-web",
      networks: ["web-frontend", "backend"],
      group: "Acme",
      sites: 12,
      profile: "web-dedicated",
      hardwareVersion: 19,
      activeMemoryBytes: 1.5 * GIB,
      snapshotCount: 0,
      connectedMedia: false,
      ipAddress: "10.0.1.11",
    });
    expect(mail01).toMatchObject({
      powerState: "poweredOff",
      profile: null,
      hardwareVersion: 14,
      activeMemoryBytes: null,
      snapshotCount: null,
      connectedMedia: null,
      ipAddress: null,
    });
    expect(withHosts.inventory.hosts[0]).toEqual({
      name: "esx01",
      cluster: "cl-prod",
      model: "Dell PowerEdge R640",
      cpuModel: "Intel(R) Xeon(R) Gold 6130 CPU @ 2.10GHz",
      sockets: 2,
      coresPerSocket: 16,
      clockHz: 2_100_000_000,
      threadsPerCore: 2,
      memoryBytes: 384 * GIB,
      generation: "Skylake",
      esxVersion: "6.7.0",
    });
  });

  it("summarises the example as computed by hand", () => {
    expect(withHosts.summary).toEqual({
      vmCount: 5,
      templateCount: 0,
      placeholderCount: 0,
      poweredOnCount: 4,
      poweredOffCount: 1,
      suspendedCount: 0,
      inaccessibleCount: 0,
      vcpuCount: 4 + 4 + 8 + 2 + 2,
      memoryBytes: (8 + 8 + 32 + 4 + 4) * GIB,
      diskProvisionedBytes: (48 + 48 + 200 + 20 + 40) * GIB,
      diskUsedBytes: (22.5 + 12 + 146.5 + 8 + 19.5) * GIB,
      hostCount: 2,
      unlistedHostCount: 0,
      coreCount: 2 * 16 + 2 * 28,
    });
  });

  it("lists the networks the VMs name", () => {
    expect(withHosts.inventory.networks.map((n) => n.name)).toEqual([
      "web-frontend",
      "backend",
      "mgmt",
    ]);
  });

  it("reads a semicolon template with decimal commas and ignores x_ columns", () => {
    const dir = folder("template-semicolon", {
      "vms.csv": "name;vcpu;memory_gib;disk_used_gib;x_owner\nweb01;2;1,5;10,25;Ops; team\n",
    });
    expect(importInventory(dir).inventory.vms[0]).toMatchObject({
      memoryBytes: 1.5 * GIB,
      diskUsedBytes: 10.25 * GIB,
      diskProvisionedBytes: 10.25 * GIB,
    });
  });
});

describe("importInventory(path) refuses bad input with an InputError naming the file, row, column and what was expected", () => {
  it("a missing required column", () => {
    const file = join(FIXTURES, "bad/missing-column.csv");
    expect(inputErrorOf(() => importInventory(file)).message).toBe(
      `${file}: row 1, column "CPUs": expected a column named "CPUs" or "vInfoCPUs", got none in the header`,
    );
  });

  it("text in a number", () => {
    const file = join(FIXTURES, "bad/text-in-number.csv");
    expect(inputErrorOf(() => importInventory(file)).message).toBe(
      `${file}: row 3, column "Memory": expected a number ≥ 0 and ≤ 25165824 (MiB; 24 TiB, the vSphere 8 maximum per VM), written with a decimal point and no thousands separators, e.g. 1234.5, got "4 GB"`,
    );
  });

  it("negative memory", () => {
    const file = join(FIXTURES, "bad/negative-memory.csv");
    expect(inputErrorOf(() => importInventory(file)).message).toBe(
      `${file}: row 4, column "Memory": expected a number ≥ 0 and ≤ 25165824 (MiB; 24 TiB, the vSphere 8 maximum per VM), got "-8192"`,
    );
  });

  it("a negative or fractional CPU count", () => {
    const dir = folder("bad-cpus", { "RVTools_tabvInfo.csv": "VM,CPUs,Memory\nweb01,-2,4096\n" });
    expect(inputErrorOf(() => importInventory(dir)).message).toBe(
      `${join(dir, "RVTools_tabvInfo.csv")}: row 2, column "CPUs": expected a whole number ≥ 0 and ≤ 768 (the vSphere 8 maximum per VM), got "-2"`,
    );
    const half = folder("bad-cpus-half", {
      "RVTools_tabvInfo.csv": "VM,CPUs,Memory\nweb01,1.5,4096\n",
    });
    expect(inputErrorOf(() => importInventory(half)).expected).toBe(
      "a whole number ≥ 0 and ≤ 768 (the vSphere 8 maximum per VM)",
    );
  });

  it("a figure no real platform has: a VM of 1e300 MiB, 769 vCPUs, a 20 GHz host (the physical ranges)", () => {
    const vms = folder("beyond-vms", { "RVTools_tabvInfo.csv": "VM,CPUs,Memory\nweb01,2,1e300\n" });
    expect(inputErrorOf(() => importInventory(vms)).message).toBe(
      `${join(vms, "RVTools_tabvInfo.csv")}: row 2, column "Memory": expected a number ≥ 0 and ≤ 25165824 (MiB; 24 TiB, the vSphere 8 maximum per VM), got "1e300"`,
    );
    const cpus = folder("beyond-cpus", {
      "RVTools_tabvInfo.csv": "VM,CPUs,Memory\nweb01,769,4096\n",
    });
    expect(inputErrorOf(() => importInventory(cpus)).field).toBe("CPUs");
    const exactly = folder("at-max", {
      "RVTools_tabvInfo.csv": "VM,CPUs,Memory\nweb01,768,25165824\n",
    });
    expect(importInventory(exactly).inventory.vms[0]!.vcpu).toBe(768);
    const template = folder("beyond-clock", {
      "vms.csv": "name,vcpu,memory_gib\nweb01,2,4\n",
      "hosts.csv": "name,sockets,cores_per_socket,clock_ghz,memory_gib\nesx01,2,16,20,512\n",
    });
    expect(inputErrorOf(() => importInventory(template)).message).toMatch(
      /hosts\.csv: row 2, column "clock_ghz": expected a number > 0 and ≤ 10 \(GHz; 10 GHz, an assumed bound\), got "20"$/,
    );
  });

  it("duplicate VM names", () => {
    const file = join(FIXTURES, "bad/duplicate-names.csv");
    expect(inputErrorOf(() => importInventory(file)).message).toBe(
      `${file}: row 4, column "VM": expected a unique VM name (also on row 2), got "web01"`,
    );
  });

  it("an empty file", () => {
    const file = join(FIXTURES, "bad/empty.csv");
    expect(inputErrorOf(() => importInventory(file)).message).toBe(
      `${file}: expected a header row, got an empty file`,
    );
  });

  it("a binary file named like an RVTools CSV", () => {
    const dir = folder("binary", {
      "RVTools_tabvInfo.csv": new Uint8Array([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13,
      ]),
    });
    expect(inputErrorOf(() => importInventory(dir)).message).toBe(
      `${join(dir, "RVTools_tabvInfo.csv")}: expected a text (CSV) file, got a binary file (it contains NUL bytes)`,
    );
  });

  it("a CSV that is not UTF-8", () => {
    const dir = folder("latin1", {
      "RVTools_tabvInfo.csv": new Uint8Array([
        ...new TextEncoder().encode("VM,CPUs,Memory\ncaf"),
        0xe9,
        ...new TextEncoder().encode(",2,4096\n"),
      ]),
    });
    expect(inputErrorOf(() => importInventory(dir)).row).toBe(2);
  });

  it("a truncated .xlsx", () => {
    const bytes = readFileSync(fleet.xlsx);
    const file = join(tmp, "truncated.xlsx");
    writeFileSync(file, bytes.subarray(0, bytes.length - 100));
    expect(inputErrorOf(() => importInventory(file)).message).toMatch(
      new RegExp(
        `^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: expected an \\.xlsx workbook \\(zip\\), got a truncated or damaged zip`,
      ),
    );
  });

  it("a bad cell in a workbook, naming the sheet and the workbook row", () => {
    const file = join(tmp, "bad-cell.xlsx");
    const vInfo = FLEET.vInfo!.map((row) => [...row]);
    vInfo[3]![7] = -1;
    writeFileSync(file, xlsxBytes({ ...FLEET, vInfo }));
    expect(inputErrorOf(() => importInventory(file)).message).toBe(
      `${file} [vInfo]: row 4, column "Memory": expected a number ≥ 0 and ≤ 25165824 (MiB; 24 TiB, the vSphere 8 maximum per VM), got "-1"`,
    );
  });

  it("a workbook without a vInfo sheet", () => {
    const file = join(tmp, "no-vinfo.xlsx");
    writeFileSync(file, xlsxBytes({ vHost: FLEET.vHost!, Summary: [["a"]] }));
    expect(inputErrorOf(() => importInventory(file)).message).toBe(
      `${file}: expected a sheet named vInfo (an RVTools export), got sheets "vHost", "Summary"`,
    );
  });

  it("a number that is ambiguous in a semicolon file", () => {
    const dir = folder("ambiguous", { "RVTools_tabvInfo.csv": "VM;CPUs;Memory\nweb01;2;4.096\n" });
    expect(inputErrorOf(() => importInventory(dir)).message).toMatch(
      /row 2, column "Memory": expected a number ≥ 0 and ≤ 25165824 \(MiB; 24 TiB, the vSphere 8 maximum per VM\), written with a decimal comma.*ambiguous.*got "4\.096"$/,
    );
  });

  it("a template with an unknown (misspelt) column", () => {
    const dir = folder("template-typo", {
      "vms.csv": "name,vcpu,memory_gib,disk_used_gb\nweb01,2,4,10\n",
    });
    const error = inputErrorOf(() => importInventory(dir));
    expect([error.row, error.field, error.value]).toEqual([1, "disk_used_gb", "disk_used_gb"]);
  });

  it("a template VM on a host the host file does not list", () => {
    const dir = folder("template-host", {
      "vms.csv": "name,vcpu,memory_gib,host\nweb01,2,4,esx01\nweb02,2,4,esx02\n",
      "hosts.csv": "name,sockets,cores_per_socket,clock_ghz,memory_gib\nesx01,2,16,2.1,384\n",
    });
    expect(inputErrorOf(() => importInventory(dir)).message).toBe(
      `${join(dir, "vms.csv")}: row 3, column "host": expected a host listed in the host file, got "esx02"`,
    );
  });

  it("a template power state or thread count out of range", () => {
    const power = folder("template-power", {
      "vms.csv": "name,vcpu,memory_gib,power_state\nweb01,2,4,maybe\n",
    });
    expect(inputErrorOf(() => importInventory(power)).expected).toBe("on, off or suspended");
    const threads = folder("template-threads", {
      "vms.csv": "name,vcpu,memory_gib\nweb01,2,4\n",
      "hosts.csv":
        "name,sockets,cores_per_socket,clock_ghz,memory_gib,threads_per_core\nesx01,2,16,2.1,384,4\n",
    });
    expect(inputErrorOf(() => importInventory(threads)).expected).toBe("1 or 2");
  });

  it("a path that does not exist", () => {
    const path = join(tmp, "nowhere.xlsx");
    expect(inputErrorOf(() => importInventory(path)).message).toBe(
      `${path}: expected an .xlsx workbook, a folder of RVTools CSV files, or a CSV template (file or folder), got nothing at this path`,
    );
  });

  it("a folder with nothing to import", () => {
    const dir = folder("nothing", { "notes.txt": "hello" });
    expect(inputErrorOf(() => importInventory(dir)).message).toMatch(
      /: expected an RVTools export .* got no \.xlsx or \.csv file$/,
    );
  });

  it("a CSV whose header is neither RVTools nor the template", () => {
    const dir = folder("unknown-csv", { "prices.csv": "item,price\nhost,1500\n" });
    expect(inputErrorOf(() => importInventory(join(dir, "prices.csv"))).message).toBe(
      `${join(dir, "prices.csv")}: expected an RVTools vInfo export (columns VM, CPUs, Memory) or a CSV template (columns name, vcpu, memory_gib; see TEMPLATE.md), got a header "item,price"`,
    );
  });
});

describe("importInventory(path) recognises its input", () => {
  it("reads a single vInfo export under any file name", () => {
    const dir = folder("single-vinfo", {
      "export 2024-03.csv": "VM,CPUs,Memory,Powerstate\nweb01,2,4096,poweredOn\n",
    });
    const result = importInventory(join(dir, "export 2024-03.csv"));
    expect([result.source.kind, result.summary.vmCount]).toEqual(["rvtools-csv", 1]);
  });

  it("ignores CSV files of other RVTools tabs, and an empty optional sheet", () => {
    const dir = folder("other-tabs", {
      "RVTools_tabvInfo.csv": "VM,CPUs,Memory\nweb01,2,4096\n",
      "RVTools_tabvPartition.csv": "\u0000binary junk",
    });
    expect(importInventory(dir).summary.vmCount).toBe(1);
    const file = join(tmp, "empty-tab.xlsx");
    writeFileSync(
      file,
      xlsxBytes({
        vInfo: [
          ["VM", "CPUs", "Memory"],
          ["web01", 2, 4096],
        ],
        vSnapshot: [],
      }),
    );
    expect(importInventory(file).inventory.vms[0]!.snapshotCount).toBeNull();
  });

  it("reads a workbook in a folder without reading the folder's other CSV files", () => {
    const dir = folder("workbook-and-notes", {
      "export.xlsx": xlsxBytes({
        vInfo: [
          ["VM", "CPUs", "Memory"],
          ["web01", 2, 4096],
        ],
      }),
      "notes.csv": "\u0000not even text",
    });
    expect(importInventory(dir).source.kind).toBe("rvtools-xlsx");
  });

  it("warns when there is no vHost and then checks no hosts", () => {
    const dir = folder("no-vhost", {
      "RVTools_tabvInfo.csv":
        "VM,Powerstate,CPUs,Memory,Provisioned MiB,In Use MiB,Host\nweb01,poweredOn,2,4096,100,50,esx09\n",
    });
    expect(importInventory(dir).warnings.map((w) => w.message)).toEqual([
      `${join(dir, "RVTools_tabvInfo.csv")}: no vHost tab: no hosts, and the VMs' hosts were not checked`,
    ]);
  });
});

describe("committed fixtures (regression, not truth)", () => {
  for (const [name, options] of [
    ["fleet-comma", COMMA_CSV],
    ["fleet-semicolon", SEMICOLON_CSV],
  ] as const) {
    it(`${name}/ matches what makeFixtures writes`, () => {
      for (const [tab, rows] of Object.entries(FLEET)) {
        expect(readFileSync(join(FIXTURES, name, `RVTools_tab${tab}.csv`), "utf8")).toBe(
          csvText(rows, options),
        );
      }
    });
  }
});
