import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";

/**
 * Fixture builders for the inventory import tests: one small, realistic RVTools export (the
 * "fleet", modelled on the reference case: a web agency's Debian VMs on three hosts of two
 * Intel generations and one AMD), written out as an .xlsx workbook from hand-written
 * SpreadsheetML, as a folder of comma-separated CSV files and as a folder of semicolon-separated
 * CSV files with decimal commas; and a generator of large exports for the 100,000-VM test.
 * Everything is written to directories the caller chooses (a temp dir in tests).
 */

/** A cell: text, a number, a boolean, or null for an empty cell. */
export type Cell = string | number | boolean | null;

/** Sheets by tab name, each a header row and data rows. */
export type Sheets = Record<string, Cell[][]>;

const VINFO_HEADER = [
  "VM",
  "Powerstate",
  "Template",
  "SRM Placeholder",
  "Config status",
  "DNS Name",
  "CPUs",
  "Memory",
  "Active Memory",
  "NICs",
  "Disks",
  "Total disk capacity MiB",
  "Primary IP Address",
  ...Array.from({ length: 10 }, (_, i) => `Network #${i + 1}`),
  "Resource pool",
  "Folder",
  "vApp",
  "Provisioned MiB",
  "In Use MiB",
  "Unshared MiB",
  "HW version",
  "Annotation",
  "Path",
  "Datacenter",
  "Cluster",
  "Host",
  "OS according to the configuration file",
  "OS according to the VMware Tools",
  "VM ID",
] as const;

type VInfoColumn = (typeof VINFO_HEADER)[number];

function vinfoRow(cells: Partial<Record<VInfoColumn, Cell>>): Cell[] {
  const defaults: Partial<Record<VInfoColumn, Cell>> = {
    Powerstate: "poweredOn",
    Template: false,
    "SRM Placeholder": false,
    "Config status": "green",
    Datacenter: "Agence",
    Cluster: "cl-prod",
    "Resource pool": "/Resources",
  };
  return VINFO_HEADER.map((h) => (h in cells ? cells[h]! : (defaults[h] ?? null)));
}

const DEBIAN_10 = "Debian GNU/Linux 10 (64-bit)";
const DEBIAN_12 = "Debian GNU/Linux 12 (64-bit)";
const ESX01 = "esx01.agence.example";
const ESX02 = "esx02.agence.example";
const ESX03 = "esx03.agence.example";

/**
 * The fleet: 12 vInfo rows = 10 VMs (8 powered on, one of them with no power state at all; 1
 * off; 1 suspended), 1 template, 1 SRM placeholder named like a real VM and sitting on a
 * recovery-site host absent from vHost. Sums by hand are in the tests.
 */
export const FLEET: Sheets = {
  vInfo: [
    [...VINFO_HEADER],
    vinfoRow({
      VM: "web01",
      "DNS Name": "web01.agence.example",
      CPUs: 4,
      Memory: 8192,
      "Active Memory": 1638,
      NICs: 2,
      Disks: 1,
      "Total disk capacity MiB": 40960,
      "Primary IP Address": "10.0.1.11",
      "Network #1": "web-frontend",
      "Network #2": "backend",
      Folder: "/Agence/vm/Clients/Acme",
      "Provisioned MiB": 49152.25,
      "In Use MiB": 23117.671875,
      "Unshared MiB": 23117.671875,
      "HW version": "vmx-14",
      Annotation: 'Owner: web team, "prod"; tel 01 23\nsecond line',
      Path: "[nfs-web] web01/web01.vmx",
      Host: ESX01,
      "OS according to the configuration file": DEBIAN_10,
      "OS according to the VMware Tools": DEBIAN_10,
      "VM ID": "vm-101",
    }),
    vinfoRow({
      VM: "web02",
      CPUs: 4,
      Memory: 8192,
      "Active Memory": 2048,
      "Primary IP Address": "10.0.1.12",
      "Network #1": "web-frontend",
      "Network #2": "backend",
      Folder: "/Agence/vm/Clients/Acme",
      "Provisioned MiB": 49152,
      "In Use MiB": 12345.678,
      "HW version": "vmx-14",
      Path: "[nfs-web] web02/web02.vmx",
      Host: ESX02,
      "OS according to the configuration file": DEBIAN_10,
      "OS according to the VMware Tools": DEBIAN_12,
      "VM ID": "vm-102",
    }),
    vinfoRow({
      VM: "db01",
      CPUs: 8,
      Memory: 32768,
      "Active Memory": 20480,
      "Primary IP Address": "10.0.2.21",
      "Network #1": "backend",
      Folder: "/Agence/vm/Clients/Globex",
      "Provisioned MiB": 204800,
      "In Use MiB": 150000.5,
      "HW version": "vmx-17",
      Path: "[vmfs-db] db01/db01.vmx",
      Host: ESX03,
      "OS according to the configuration file": DEBIAN_12,
      "OS according to the VMware Tools": DEBIAN_12,
      "VM ID": "vm-103",
    }),
    vinfoRow({
      VM: "mail01",
      Powerstate: "poweredOff",
      CPUs: 2,
      Memory: 4096,
      "Active Memory": 0,
      "Network #1": "backend",
      Folder: "/Agence/vm/Clients/Acme",
      "Provisioned MiB": 20480,
      "In Use MiB": 8192,
      "HW version": "vmx-13",
      Path: "[nfs-web] mail01/mail01.vmx",
      Host: ESX02,
      "OS according to the configuration file": DEBIAN_10,
      "VM ID": "vm-104",
    }),
    vinfoRow({
      VM: "legacy01",
      Powerstate: "suspended",
      CPUs: 1,
      Memory: 2048,
      "Active Memory": 0,
      "Provisioned MiB": 16384,
      "In Use MiB": 16384,
      "HW version": "vmx-08",
      Path: "[nfs-web] legacy01/legacy01.vmx",
      Host: ESX02,
      "OS according to the configuration file": "Debian GNU/Linux 8 (64-bit)",
      "VM ID": "vm-105",
    }),
    vinfoRow({
      VM: "tpl-debian12",
      Powerstate: "poweredOff",
      Template: true,
      CPUs: 2,
      Memory: 2048,
      "Provisioned MiB": 10240,
      "In Use MiB": 2500,
      "HW version": "vmx-19",
      Path: "[nfs-web] tpl-debian12/tpl-debian12.vmtx",
      Host: ESX01,
      "OS according to the configuration file": DEBIAN_12,
      "VM ID": "vm-106",
    }),
    vinfoRow({
      VM: "web01",
      Powerstate: "poweredOff",
      "SRM Placeholder": true,
      CPUs: 4,
      Memory: 8192,
      "Provisioned MiB": 49152.25,
      "In Use MiB": 0,
      "HW version": "vmx-14",
      Cluster: "cl-dr",
      Host: "esx-dr01.agence.example",
      "VM ID": "vm-107",
    }),
    vinfoRow({
      VM: "backup01",
      CPUs: 4,
      Memory: 16384,
      "Active Memory": 4096,
      "Primary IP Address": "10.0.9.31",
      "Network #1": "web-frontend",
      "Network #2": "backend",
      "Network #3": "R&D <lab>",
      "Network #4": "mgmt",
      "Network #5": "backup",
      "Network #6": "nfs-storage",
      "Network #7": "vmotion-test",
      "Network #8": "dmz",
      "Network #9": "replication",
      "Network #10": "monitoring",
      Folder: "vm",
      "Resource pool": "/Resources/Backup",
      "Provisioned MiB": 102400,
      "In Use MiB": 51200.125,
      "HW version": "vmx-15",
      Path: "[vmfs-db] backup01/backup01.vmx",
      Host: ESX03,
      "OS according to the configuration file": DEBIAN_12,
      "OS according to the VMware Tools": DEBIAN_12,
      "VM ID": "vm-108",
    }),
    // Exported without privileges on this VM: most cells empty.
    vinfoRow({
      VM: "nopriv01",
      Powerstate: null,
      "Config status": null,
      CPUs: 2,
      Memory: 2048,
      Cluster: null,
      "Resource pool": null,
      "Provisioned MiB": 10240,
      "OS according to the configuration file": "Other 4.x or later Linux (64-bit)",
      "VM ID": "vm-109",
    }),
    vinfoRow({
      VM: "café-r&d <test>",
      CPUs: 2,
      Memory: 3072,
      "Active Memory": 512,
      "Primary IP Address": "10.0.3.41",
      "Network #1": "R&D <lab>",
      Folder: "/Agence/vm/R&D",
      "Provisioned MiB": 30720,
      "In Use MiB": 10000.75,
      "HW version": "vmx-14",
      Annotation: "Équipe R&D — prototype",
      Path: "[nfs-web] café-r&d <test>/café.vmx",
      Host: ESX01,
      "OS according to the configuration file": DEBIAN_12,
      "OS according to the VMware Tools": DEBIAN_12,
      "VM ID": "vm-110",
    }),
    vinfoRow({
      VM: "monitor01",
      CPUs: 2,
      Memory: 4096,
      "Active Memory": 1024,
      "Primary IP Address": "10.0.9.51",
      "Network #1": "monitoring",
      "Network #2": "mgmt",
      Folder: "/Agence/vm/Infra",
      vApp: "Monitoring",
      "Provisioned MiB": 40960,
      "In Use MiB": 20000,
      "HW version": 14,
      Path: "[vmfs-db] monitor01/monitor01.vmx",
      Host: ESX03,
      "OS according to the configuration file": DEBIAN_12,
      "OS according to the VMware Tools": DEBIAN_12,
      "VM ID": "vm-111",
    }),
    vinfoRow({
      VM: "dns01",
      CPUs: 1,
      Memory: 1024,
      "Active Memory": 256,
      "Primary IP Address": "10.0.9.53",
      "Network #1": "mgmt",
      Folder: "/Agence/vm/Infra",
      "Provisioned MiB": 8192,
      "In Use MiB": 4096.5,
      "HW version": "vmx-19",
      Path: "[vmfs-db] dns01/dns01.vmx",
      Host: ESX03,
      "OS according to the configuration file": DEBIAN_12,
      "OS according to the VMware Tools": DEBIAN_12,
      "VM ID": "vm-112",
    }),
  ],
  vHost: [
    [
      "Host",
      "Datacenter",
      "Cluster",
      "Config status",
      "CPU Model",
      "Speed (MHz)",
      "HT Available",
      "HT Active",
      "# CPU",
      "Cores per CPU",
      "# Cores",
      "CPU usage %",
      "# Memory (MB)",
      "Memory usage %",
      "# VMs",
      "ESX Version",
      "Vendor",
      "Model",
    ],
    [
      ESX01,
      "Agence",
      "cl-prod",
      "green",
      "Intel(R) Xeon(R) Gold 6130 CPU @ 2.10GHz",
      2095,
      true,
      true,
      2,
      16,
      32,
      35.5,
      393216,
      61.25,
      4,
      "VMware ESXi 6.7.0 build-17700523",
      "Dell Inc.",
      "PowerEdge R640",
    ],
    [
      ESX02,
      "Agence",
      "cl-prod",
      "green",
      "Intel(R) Xeon(R) CPU E5-2680 v4 @ 2.40GHz",
      2394,
      true,
      false,
      2,
      14,
      28,
      41,
      262144,
      70.5,
      3,
      "VMware ESXi 6.5.0 build-13932383",
      "HPE",
      "ProLiant DL380 Gen9",
    ],
    [
      ESX03,
      "Agence",
      "cl-prod",
      "green",
      "AMD EPYC 7543 32-Core Processor",
      2794,
      true,
      true,
      1,
      32,
      32,
      22.75,
      524288,
      48,
      4,
      "VMware ESXi 7.0.3 build-21930508",
      "HPE",
      "ProLiant DL325 Gen10 Plus",
    ],
  ],
  vDatastore: [
    [
      "Name",
      "Config status",
      "Address",
      "Accessible",
      "Type",
      "# VMs",
      "Capacity MiB",
      "Provisioned MiB",
      "In Use MiB",
      "Free MiB",
      "Free %",
    ],
    [
      "nfs-web",
      "green",
      "10.0.9.10:/export/web",
      true,
      "NFS",
      6,
      4194304,
      3000000,
      2500000.5,
      1694303.5,
      40,
    ],
    ["vmfs-db", "green", null, true, "VMFS", 4, 2097152, 1048576, 900000, 1197152, 57],
    ["vsanDatastore", "green", null, true, "vsan", 0, 8388608, 0, 0, null, null],
  ],
  vNetwork: [
    [
      "VM",
      "Powerstate",
      "Template",
      "NIC label",
      "Adapter",
      "Network",
      "Switch",
      "Connected",
      "Starts Connected",
      "Mac Address",
      "Type",
      "IPv4 Address",
    ],
    [
      "web01",
      "poweredOn",
      false,
      "Network adapter 1",
      "VMXNET3",
      "web-frontend",
      "vSwitch0",
      true,
      true,
      "00:50:56:01:01:11",
      "Assigned",
      "10.0.1.11",
    ],
    [
      "web01",
      "poweredOn",
      false,
      "Network adapter 2",
      "VMXNET3",
      "backend",
      "vSwitch0",
      true,
      true,
      "00:50:56:01:01:12",
      "Assigned",
      null,
    ],
    [
      "db01",
      "poweredOn",
      false,
      "Network adapter 1",
      "VMXNET3",
      "backend",
      "vSwitch0",
      true,
      true,
      "00:50:56:01:02:21",
      "Assigned",
      "10.0.2.21",
    ],
    [
      "tpl-debian12",
      "poweredOff",
      true,
      "Network adapter 1",
      "VMXNET3",
      "tpl-build",
      "vSwitch0",
      false,
      true,
      "00:50:56:01:09:99",
      "Assigned",
      null,
    ],
  ],
  vPort: [
    ["Host", "Port Group", "Switch", "VLAN"],
    [ESX01, "web-frontend", "vSwitch0", 101],
    [ESX01, "backend", "vSwitch0", 102],
    [ESX01, "R&D <lab>", "vSwitch0", 230],
    [ESX01, "mgmt", "vSwitch0", 0],
    [ESX02, "web-frontend", "vSwitch0", 101],
    [ESX03, "replication", "vSwitch1", "0-4094"],
  ],
  vSnapshot: [
    [
      "VM",
      "Powerstate",
      "Name",
      "Description",
      "Date / time",
      "Filename",
      "Size MiB (vmsn)",
      "Size MiB (total)",
      "Quiesced",
      "State",
    ],
    [
      "web02",
      "poweredOn",
      "before-upgrade",
      "PHP 8.2",
      "2024/03/01 10:00:00",
      "[nfs-web] web02/web02-Snapshot1.vmsn",
      0.5,
      2048.5,
      false,
      "poweredOff",
    ],
    [
      "db01",
      "poweredOn",
      "daily",
      null,
      "2024/03/02 02:00:00",
      "[vmfs-db] db01/db01-Snapshot1.vmsn",
      0.5,
      4096,
      true,
      "poweredOff",
    ],
    [
      "db01",
      "poweredOn",
      "daily-2",
      null,
      "2024/03/03 02:00:00",
      "[vmfs-db] db01/db01-Snapshot2.vmsn",
      0.5,
      1024,
      true,
      "poweredOff",
    ],
  ],
  vCD: [
    ["VM", "Powerstate", "Template", "Device Node", "Connected", "Starts Connected", "Device Type"],
    [
      "web01",
      "poweredOn",
      false,
      "CD/DVD drive 1",
      true,
      false,
      "[nfs-web] iso/debian-12.5.0-amd64-netinst.iso",
    ],
    ["db01", "poweredOn", false, "CD/DVD drive 1", false, false, "Client Device"],
    ["mail01", "poweredOff", false, "CD/DVD drive 1", false, false, "Client Device"],
  ],
};

function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

function columnLetters(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** Options of {@link xlsxBytes}. */
export interface XlsxOptions {
  /** Sheets whose cells are written without `r` references (empty cells then written as `<c/>`). */
  withoutReferences?: readonly string[];
  /** Compression level, 0–9 (0 for speed with large fixtures); 6 by default. */
  level?: 0 | 1 | 6 | 9;
}

/**
 * A real .xlsx workbook, from hand-written SpreadsheetML: text in odd data rows (and headers)
 * goes to the shared strings, in even rows to inline strings; a shared string starting with
 * "Owner:" is written as two rich-text runs plus a phonetic run (which readers must skip);
 * numbers of a million or more are written in exponent form ("4.194304E+6") as Excel sometimes
 * does; booleans as boolean cells; null cells are left out, so references (`r="C7"`) carry the
 * positions.
 */
export function xlsxBytes(sheets: Sheets, options: XlsxOptions = {}): Uint8Array {
  const shared: string[] = [];
  const sharedIndex = new Map<string, number>();
  const share = (text: string): number => {
    let i = sharedIndex.get(text);
    if (i === undefined) {
      i = shared.length;
      shared.push(text);
      sharedIndex.set(text, i);
    }
    return i;
  };
  const names = Object.keys(sheets);
  const files: Record<string, Uint8Array> = {};
  names.forEach((name, s) => {
    const withRefs = !(options.withoutReferences ?? []).includes(name);
    const rows = sheets[name]!.map((row, r) => {
      const cells = row
        .map((cell, c) => {
          const ref = withRefs ? ` r="${columnLetters(c)}${r + 1}"` : "";
          if (cell === null) return withRefs ? "" : "<c/>";
          if (typeof cell === "number") {
            const v =
              Math.abs(cell) >= 1e6 ? cell.toExponential().replace("e+", "E+") : String(cell);
            return `<c${ref}><v>${v}</v></c>`;
          }
          if (typeof cell === "boolean") return `<c${ref} t="b"><v>${cell ? 1 : 0}</v></c>`;
          if (r > 0 && r % 2 === 0) {
            return `<c${ref} t="inlineStr"><is><t xml:space="preserve">${escapeXml(cell)}</t></is></c>`;
          }
          return `<c${ref} t="s"><v>${share(cell)}</v></c>`;
        })
        .join("");
      return `<row r="${r + 1}">${cells}</row>`;
    });
    files[`xl/worksheets/sheet${s + 1}.xml`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetViews><sheetView workbookViewId="0"/></sheetViews><cols><col min="1" max="1" width="20" customWidth="1"/></cols><sheetData>${rows.join("")}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`,
    );
  });
  const items = shared.map((text) => {
    if (text.startsWith("Owner:")) {
      return `<si><r><rPr><b/></rPr><t>Owner:</t></r><r><t xml:space="preserve">${escapeXml(text.slice(6))}</t></r><rPh sb="0" eb="1"><t>オ</t></rPh></si>`;
    }
    return `<si><t xml:space="preserve">${escapeXml(text)}</t></si>`;
  });
  files["xl/sharedStrings.xml"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${shared.length}" uniqueCount="${shared.length}">${items.join("")}</sst>`,
  );
  files["xl/workbook.xml"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView/></bookViews><sheets>${names
      .map((name, s) => `<sheet name="${escapeXml(name)}" sheetId="${s + 1}" r:id="rId${s + 1}"/>`)
      .join("")}</sheets></workbook>`,
  );
  files["xl/_rels/workbook.xml.rels"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${names
      .map(
        (_, s) =>
          `<Relationship Id="rId${s + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${s + 1}.xml"/>`,
      )
      .join(
        "",
      )}<Relationship Id="rId${names.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId${names.length + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
  );
  files["xl/styles.xml"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="1"><xf/></cellXfs></styleSheet>`,
  );
  files["_rels/.rels"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  files["[Content_Types].xml"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${names
      .map(
        (_, s) =>
          `<Override PartName="/xl/worksheets/sheet${s + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
      )
      .join(
        "",
      )}<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
  );
  return zipSync(files, { level: options.level ?? 6 });
}

/** Options of {@link csvText}. */
export interface CsvOptions {
  /** Field separator; with ";" numbers get a decimal comma. */
  separator: "," | ";";
  /** Start with a UTF-8 byte-order mark, as Excel's "CSV UTF-8" does. */
  bom?: boolean;
  /** End lines with CRLF. */
  crlf?: boolean;
  /** Append this many blank rows (separators only, as spreadsheet programs leave them). */
  trailingBlankRows?: number;
  /** With ";": group the thousands of numbers ≥ 1,000,000 with dots ("4.194.304", "1.694.303,5"). */
  groupThousands?: boolean;
}

function formatNumber(n: number, options: CsvOptions): string {
  if (options.separator === ",") return String(n);
  const [whole, fraction] = String(n).split(".");
  const grouped =
    options.groupThousands === true && Math.abs(n) >= 1e6
      ? whole!.replace(/\B(?=(\d{3})+$)/g, ".")
      : whole!;
  return fraction === undefined ? grouped : `${grouped},${fraction}`;
}

/** CSV text of a sheet, quoting cells that hold a separator, a quote, a line break or edge spaces. */
export function csvText(rows: readonly Cell[][], options: CsvOptions): string {
  const eol = options.crlf === true ? "\r\n" : "\n";
  const field = (cell: Cell): string => {
    if (cell === null) return "";
    if (typeof cell === "boolean") return cell ? "True" : "False";
    if (typeof cell === "number") return formatNumber(cell, options);
    return /[",;\r\n]|^\s|\s$/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
  };
  const width = rows[0]?.length ?? 1;
  const lines = rows.map((row) => row.map(field).join(options.separator));
  for (let i = 0; i < (options.trailingBlankRows ?? 0); i++)
    lines.push(options.separator.repeat(width - 1));
  return (options.bom === true ? "\ufeff" : "") + lines.join(eol) + eol;
}

/** Writes each sheet as `RVTools_tab<name>.csv` in `dir` (created); returns `dir`. */
export function writeCsvFolder(dir: string, sheets: Sheets, options: CsvOptions): string {
  mkdirSync(dir, { recursive: true });
  for (const [name, rows] of Object.entries(sheets)) {
    writeFileSync(join(dir, `RVTools_tab${name}.csv`), csvText(rows, options));
  }
  return dir;
}

/** How the fleet's comma-separated CSV files are written: LF line ends, no byte-order mark. */
export const COMMA_CSV: CsvOptions = { separator: "," };

/**
 * How the fleet's semicolon-separated CSV files are written, as a European Excel saves them:
 * decimal commas, dots grouping the thousands of large numbers, a byte-order mark, CRLF line
 * ends and blank `;;;` rows at the end.
 */
export const SEMICOLON_CSV: CsvOptions = {
  separator: ";",
  bom: true,
  crlf: true,
  trailingBlankRows: 3,
  groupThousands: true,
};

/** The fleet in its three forms under `root`: paths of the .xlsx, the comma folder and the semicolon folder. */
export function writeFleet(root: string): { xlsx: string; comma: string; semicolon: string } {
  mkdirSync(root, { recursive: true });
  const xlsx = join(root, "RVTools_export_all.xlsx");
  writeFileSync(xlsx, xlsxBytes(FLEET, { withoutReferences: ["vPort"] }));
  return {
    xlsx,
    comma: writeCsvFolder(join(root, "comma"), FLEET, COMMA_CSV),
    semicolon: writeCsvFolder(join(root, "semicolon"), FLEET, SEMICOLON_CSV),
  };
}

/**
 * A large synthetic export: `vmCount` VMs spread round-robin over `hostCount` hosts of 2 × 16
 * cores and 512 GiB; VM i has 1 + i % 8 vCPUs, 1024 × (1 + i % 16) MiB of memory, 40,960 MiB
 * provisioned and 10,240.5 MiB in use; every 10th VM is powered off; every 1000th row is an
 * extra template.
 */
export function largeExport(vmCount: number, hostCount: number): Sheets {
  const vInfo: Cell[][] = [
    [
      "VM",
      "Powerstate",
      "Template",
      "SRM Placeholder",
      "CPUs",
      "Memory",
      "Provisioned MiB",
      "In Use MiB",
      "Network #1",
      "Folder",
      "HW version",
      "Path",
      "Cluster",
      "Host",
      "OS according to the configuration file",
    ],
  ];
  for (let i = 0; i < vmCount; i++) {
    if (i % 1000 === 0) {
      vInfo.push([
        `tpl-${i}`,
        "poweredOff",
        true,
        false,
        2,
        2048,
        10240,
        2048,
        "build",
        "vm",
        "vmx-19",
        `[ds${i % 4}] tpl-${i}/tpl.vmtx`,
        "cl-prod",
        `esx${i % hostCount}`,
        DEBIAN_12,
      ]);
    }
    vInfo.push([
      `vm-${String(i).padStart(6, "0")}`,
      i % 10 === 0 ? "poweredOff" : "poweredOn",
      false,
      false,
      1 + (i % 8),
      1024 * (1 + (i % 16)),
      40960,
      10240.5,
      `net-${i % 50}`,
      `/DC/vm/Clients/C${i % 300}`,
      "vmx-14",
      `[ds${i % 4}] vm-${i}/vm-${i}.vmx`,
      "cl-prod",
      `esx${i % hostCount}`,
      DEBIAN_12,
    ]);
  }
  const vHost: Cell[][] = [
    [
      "Host",
      "Cluster",
      "CPU Model",
      "Speed (MHz)",
      "HT Active",
      "# CPU",
      "Cores per CPU",
      "# Memory (MB)",
    ],
  ];
  for (let h = 0; h < hostCount; h++) {
    vHost.push([
      `esx${h}`,
      "cl-prod",
      "Intel(R) Xeon(R) Gold 6430 CPU @ 2.10GHz",
      2100,
      true,
      2,
      16,
      524288,
    ]);
  }
  return { vInfo, vHost };
}
