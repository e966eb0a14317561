import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  type Cell,
  COMMA_CSV,
  SEMICOLON_CSV,
  type Sheets,
  writeCsvFolder,
  xlsxBytes,
} from "./makeFixtures.ts";

/**
 * Fixtures of every RVTools version the importer claims to read, GENERATED at test time from the
 * real header rows in ../shared/reference/rvtools-headers/ (4.4.3, 4.6.1, 4.7.1; CI has
 * /work/shared beside the clone) and, for 3.x, from the names FACTS.md lists. The values are our
 * own: one small estate with every quirk issue 13 names — customer custom-attribute columns
 * between `Annotation` and `Datacenter`, blank rows, a hand-added totals row, a VM whose host is
 * written as an FQDN where vHost has a short name and one written short where vHost has the
 * FQDN, a VM on a host (an IP) that vHost does not list, a VM with 0 CPUs and 0 MiB, a CPU model
 * with no clock (`INTEL(R) XEON(R) GOLD 6526Y`), an unknown CPU model, a blank disk size and a
 * blank measurement. No real export is committed.
 */

/** The versions with header files, and 3.x from FACTS.md. */
export const RVTOOLS_VERSIONS = ["3.x", "4.4.3", "4.6.1", "4.7.1"] as const;
export type RvtoolsVersion = (typeof RVTOOLS_VERSIONS)[number];

const HERE = dirname(fileURLToPath(import.meta.url));
const VC = "vcenter01.corp.example";
/** ../shared/reference/rvtools-headers beside the clone. */
export const HEADERS_DIR = resolve(HERE, "../../../../shared/reference/rvtools-headers");

/** Custom attributes as vCenters carry them (backup stamps, owners): any number may appear. */
const CUSTOM_ATTRIBUTES = ["com.veeam.backup_status", "Owner", "Last Backup"];

/** RVTools 3.x (3.8 era) headers of the tabs read, with FACTS.md's 3.x names. */
const HEADERS_3X: Record<string, string[]> = {
  vInfo: [
    "VM",
    "Powerstate",
    "Template",
    "Config status",
    "DNS Name",
    "Connection state",
    "PowerOn",
    "CPUs",
    "Memory",
    "NICs",
    "Disks",
    "Primary IP Address",
    "Network #1",
    "Network #2",
    "Resource pool",
    "Folder",
    "vApp",
    "Provisioned MB",
    "In Use MB",
    "Unshared MB",
    "VM Version",
    "Path",
    "Annotation",
    "Datacenter",
    "Cluster",
    "Host",
    "OS",
    "UUID",
    "Object ID",
    "VI SDK Server",
    "vCenter UUID",
  ],
  vHost: [
    "Host",
    "Datacenter",
    "Cluster",
    "CPU Model",
    "Speed",
    "HT Available",
    "HT Active",
    "# CPU",
    "Cores per CPU",
    "# Cores",
    "CPU usage %",
    "# Memory",
    "Memory usage %",
    "ESX Version",
    "Domain",
    "Vendor",
    "Model",
    "VI SDK Server",
    "vCenter UUID",
  ],
  vDatastore: [
    "Name",
    "Config status",
    "Accessible",
    "Type",
    "# VMs",
    "Capacity MB",
    "Provisioned MB",
    "In Use MB",
    "Free MB",
    "VI SDK Server",
  ],
};

/** The one datastore every VM's files sit on (`Path` "[ds1] …"), 4 TiB with 1.5 TiB free. */
const DATASTORE: Row = {
  Name: "ds1",
  "Config status": "green",
  Accessible: "True",
  Type: "VMFS",
  "# VMs": 8,
  "Capacity MiB": 4194304,
  "Capacity MB": 4194304,
  "Free MiB": 1572864.5,
  "Free MB": 1572864.5,
  "VI SDK Server": VC,
};

/** The header row of each tab of `version`, custom attributes inserted on per-VM tabs. */
export function rvtoolsHeaders(version: RvtoolsVersion): Record<string, string[]> {
  const tabs =
    version === "3.x"
      ? HEADERS_3X
      : Object.fromEntries(
          readFileSync(join(HEADERS_DIR, `rvtools-${version}.txt`), "utf8")
            .split("\n")
            .filter((line) => line !== "" && !line.startsWith("#"))
            .map((line) => {
              const colon = line.indexOf(": ");
              return [line.slice(0, colon), line.slice(colon + 2).split(" | ")];
            }),
        );
  return Object.fromEntries(
    Object.entries(tabs).map(([tab, header]) => {
      const at = header.indexOf("Datacenter");
      const perVm = header.includes("Annotation") && at > header.indexOf("Annotation");
      return [
        tab,
        perVm ? [...header.slice(0, at), ...CUSTOM_ATTRIBUTES, ...header.slice(at)] : header,
      ];
    }),
  );
}

type Row = Record<string, Cell>;

/** vHost rows: esx01 short (Domain corp.example), esx02 with no clock in its model, esx03 as an FQDN, esx04 an unknown CPU. */
const HOSTS: Row[] = [
  {
    Host: "esx01",
    "CPU Model": "Intel(R) Xeon(R) Gold 6130 CPU @ 2.10GHz",
    Speed: 2095,
    "# CPU": 2,
    "Cores per CPU": 16,
    "# Cores": 32,
    "CPU usage %": 35.5,
    "# Memory": 393216,
    "Memory usage %": 61.25,
  },
  {
    Host: "esx02",
    "CPU Model": "INTEL(R) XEON(R) GOLD 6526Y",
    Speed: 2800,
    "# CPU": 2,
    "Cores per CPU": 16,
    "# Cores": 32,
    "CPU usage %": 12,
    "# Memory": 524288,
    "Memory usage %": 40,
  },
  {
    Host: "esx03.corp.example",
    "CPU Model": "Intel(R) Xeon(R) E-2334 CPU @ 3.40GHz",
    Speed: 3400,
    "# CPU": 1,
    "Cores per CPU": 4,
    "# Cores": 4,
    "CPU usage %": 20,
    "# Memory": 65536,
    "Memory usage %": 55.5,
  },
  {
    Host: "esx04",
    "CPU Model": "Intel(R) Core(TM) i9-9900K CPU @ 3.60GHz",
    Speed: 3600,
    "# CPU": 1,
    "Cores per CPU": 8,
    "# Cores": 8,
    "CPU usage %": 1,
    "# Memory": 65536,
    "Memory usage %": 10,
  },
].map((h) => ({
  ...h,
  Datacenter: "DC1",
  Cluster: "cl-prod",
  "Config status": "green",
  "HT Available": "True",
  "HT Active": "True",
  Domain: "corp.example",
  "ESX Version": "VMware ESXi 7.0.3 build-21930508",
  Vendor: "Dell Inc.",
  Model: "PowerEdge R650",
  "VI SDK Server": VC,
}));

interface VmSpec {
  VM: string;
  Powerstate: string;
  CPUs: number;
  Memory: number;
  Host: string;
  template?: boolean;
  inUse?: number | null;
  overallMhz?: number | null;
  consumed?: number;
}

/** The VMs: 7 kept (5 powered on), 1 template. */
const VMS: VmSpec[] = [
  { VM: "web01", Powerstate: "poweredOn", CPUs: 2, Memory: 4096, Host: "esx01" },
  { VM: "web02", Powerstate: "poweredOn", CPUs: 2, Memory: 4096, Host: "ESX01.corp.example" },
  { VM: "db01", Powerstate: "poweredOn", CPUs: 8, Memory: 32768, Host: "esx02" },
  { VM: "app01", Powerstate: "poweredOn", CPUs: 4, Memory: 8192, Host: "esx03" },
  { VM: "orphan01", Powerstate: "poweredOn", CPUs: 0, Memory: 0, Host: "esx01" },
  {
    VM: "lost01",
    Powerstate: "poweredOn",
    CPUs: 2,
    Memory: 2048,
    Host: "10.0.0.99",
    overallMhz: null,
  },
  {
    VM: "app02",
    Powerstate: "poweredOff",
    CPUs: 1,
    Memory: 1024,
    Host: "esx04",
    inUse: null,
    overallMhz: 0,
    consumed: 0,
  },
  {
    VM: "tpl-debian",
    Powerstate: "poweredOff",
    CPUs: 2,
    Memory: 2048,
    Host: "esx01",
    template: true,
  },
];

/** What each generated export must import as (the same for every version). */
export const EXPECTED_SUMMARY = {
  vmCount: 7,
  templateCount: 1,
  poweredOnCount: 5,
  poweredOffCount: 2,
  inaccessibleCount: 1,
  vcpuCount: 2 + 2 + 8 + 4 + 0 + 2 + 1,
  hostCount: 5,
  unlistedHostCount: 1,
  coreCount: 32 + 32 + 4 + 8,
};

/** The warnings each version's export must give, by code (3.x has no vCPU tab to measure). */
export function expectedWarnings(version: RvtoolsVersion): Record<string, number> {
  return {
    "row-no-name": 1,
    "host-spelled-differently": 2,
    "vm-no-cpu-or-memory": 1,
    "host-unlisted": 1,
    "disk-size-blank": 1,
    "clock-from-speed": 1,
    "cpu-model-no-clock": 1,
    "cpu-model-unknown": 1,
    ...(version === "3.x" ? {} : { "measurement-blank": 1 }),
  };
}

function vmRow(vm: VmSpec, i: number): Row {
  const provisioned = 20480 + 1024 * i;
  return {
    VM: vm.VM,
    Powerstate: vm.Powerstate,
    Template: vm.template === true ? "True" : "False",
    "SRM Placeholder": "False",
    "Config status": "green",
    "Connection state": "connected",
    PowerOn: "3/15/2016 7:47:54 AM",
    CPUs: vm.CPUs,
    Memory: vm.Memory,
    "Active Memory": Math.round(vm.Memory * 0.25),
    "Overall Cpu Readiness": vm.Powerstate === "poweredOn" ? 1 : 0,
    "min Required EVC Mode Key": "intel-haswell",
    NICs: 1,
    Disks: 1,
    "Primary IP Address": `10.0.1.${10 + i}`,
    "Network #1": "prod, vlan 10",
    "Resource pool": "/Resources",
    Folder: "/DC1/vm/Shop",
    "Provisioned MiB": provisioned,
    "Provisioned MB": provisioned,
    "In Use MiB": vm.inUse === undefined ? provisioned / 2 + 0.5 : vm.inUse,
    "In Use MB": vm.inUse === undefined ? provisioned / 2 + 0.5 : vm.inUse,
    "HW version": "vmx-14",
    "VM Version": "vmx-14",
    Path: `[ds1] ${vm.VM}/${vm.VM}.vmx`,
    Annotation: 'Owner: "shop"; tel 01 23',
    "com.veeam.backup_status": "Success",
    Owner: "shop",
    "Last Backup": "3/15/2016 7:47:54 AM",
    Datacenter: "DC1",
    Cluster: "cl-prod",
    Host: vm.Host,
    "OS according to the configuration file": "Debian GNU/Linux 12 (64-bit)",
    "OS according to the VMware Tools": "Debian GNU/Linux 12 (64-bit)",
    OS: "Debian GNU/Linux 12 (64-bit)",
    "VI SDK Server": VC,
    // vCPU and vMemory measurements (MHz, MiB)
    Overall: vm.overallMhz === undefined ? vm.CPUs * 300.5 : vm.overallMhz,
    Max: vm.CPUs * 2095,
    "Size MiB": vm.Memory,
    Consumed: vm.consumed ?? Math.round(vm.Memory * 0.6),
    Active: Math.round(vm.Memory * 0.25),
  };
}

/** A sheet: `header`, then each row's cells in the header's order (null where a row has none). */
export function rows(header: readonly string[], data: readonly Row[]): Cell[][] {
  return [header.slice(), ...data.map((row) => header.map((h) => (h in row ? row[h]! : null)))];
}

/** When the generated exports were written: 30 April 2026, 14:00 (RVTools machine's clock). */
export const EXPORTED_AT = "2026-04-30 14:00:00";
/** The same instant as RVTools writes it in a CSV export on an en-US machine. */
export const EXPORTED_AT_CSV = "4/30/2026 2:00:00 PM";
/** The vCenter product each 4.x export's vSource names. */
export const VCENTER_PRODUCT = "VMware vCenter Server 8.0.2 build-22617221";

/**
 * The estate's sheets in `version`'s headers: vInfo (with blank rows and a totals row), vHost,
 * vDatastore, and for 4.x vCPU/vMemory and vMetaData/vSource (RVTools `<version>.4`, written at
 * {@link EXPORTED_AT}: a date cell in a workbook, en-US text in CSV files; vSource's `Build` a
 * number in 4.4, text with leading zeros from 4.6, as FACTS.md says).
 */
export function versionSheets(
  version: RvtoolsVersion,
  form: "xlsx" | "comma" | "semicolon" = "xlsx",
): Sheets {
  const headers = rvtoolsHeaders(version);
  const vms = VMS.map(vmRow);
  const blank = (header: readonly string[]) => header.map(() => null);
  const vInfoHeader = headers.vInfo!;
  const vInfo = rows(vInfoHeader, vms);
  const totals: Row = { CPUs: 19, Memory: 54272, "Provisioned MiB": 999999 };
  const sheets: Sheets = {
    vInfo: [
      ...vInfo.slice(0, 3),
      blank(vInfoHeader),
      ...vInfo.slice(3),
      blank(vInfoHeader),
      ...rows(vInfoHeader, [totals]).slice(1),
    ],
    vHost: rows(headers.vHost!, HOSTS),
    vDatastore: rows(headers.vDatastore!, [DATASTORE]),
  };
  if (version !== "3.x") {
    sheets.vCPU = rows(headers.vCPU!, vms);
    sheets.vMemory = rows(headers.vMemory!, vms);
    const [year, month, day, hour] = [2026, 4, 30, 14];
    // Excel's 1900 date system: days since 1899-12-30, the time of day as a fraction
    const serial = Date.UTC(year, month - 1, day, hour) / 86_400_000 + 25_569;
    sheets.vMetaData = rows(headers.vMetaData!, [
      {
        "RVTools major version": 4,
        "RVTools version": `${version}.4`,
        "xlsx creation datetime": form === "xlsx" ? serial : EXPORTED_AT_CSV,
        Server: VC,
      },
    ]);
    sheets.vSource = rows(headers.vSource!, [
      {
        Name: VC,
        "OS type": "linux-x64",
        "API type": "VirtualCenter",
        "API version": "8.0.2.0",
        Version: "8.0.2",
        Build: version === "4.4.3" ? 22617221 : "0022617221",
        Fullname: VCENTER_PRODUCT,
        "Product name": "VMware VirtualCenter Server",
        "Product version": "8.0",
        "Product line": "vpx",
        Vendor: "VMware, Inc.",
        "VI SDK Server": VC,
      },
    ]);
  }
  return sheets;
}

/** The forms each version is written in: 3.x as comma CSV only; 4.x also .xlsx and `;` CSV. */
export function versionForms(version: RvtoolsVersion): ("xlsx" | "comma" | "semicolon")[] {
  return version === "3.x" ? ["comma"] : ["xlsx", "comma", "semicolon"];
}

/**
 * Writes `version`'s export under `root` in `form` and returns the path to import: an .xlsx file,
 * or a folder of RVTools_tab*.csv files (comma, or `;` with decimal commas).
 */
export function writeVersionFixture(
  root: string,
  version: RvtoolsVersion,
  form: "xlsx" | "comma" | "semicolon",
): string {
  const sheets = versionSheets(version, form);
  const dir = join(root, `rvtools-${version}`);
  mkdirSync(dir, { recursive: true });
  if (form === "xlsx") {
    const file = join(dir, `RVTools_export_all_${version}.xlsx`);
    writeFileSync(file, xlsxBytes(sheets));
    return file;
  }
  return writeCsvFolder(join(dir, form), sheets, form === "comma" ? COMMA_CSV : SEMICOLON_CSV);
}
