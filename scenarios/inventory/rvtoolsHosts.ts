import type { Host } from "../../models/Inventory.ts";
import { GHZ, MHZ, MIB } from "../../models/units.ts";
import { PHYSICAL_RANGES as R } from "../schema/physicalRanges.ts";
import { cpuGeneration, UNKNOWN_GENERATION } from "./cpuGeneration.ts";
import { headerKey } from "./headerKey.ts";
import type { ImportWarning } from "./ImportWarning.ts";
import { InputError } from "./InputError.ts";
import { measurement } from "./measurement.ts";
import { VHOST_COLUMNS } from "./rvtoolsColumns.ts";
import type { Table } from "./Table.ts";
import { TableColumns } from "./TableColumns.ts";
import { WarningLog } from "./WarningLog.ts";

/** The hosts of a vHost table, and what was assumed. */
export interface RvtoolsHosts {
  /** The hosts, in the table's order. */
  hosts: Host[];
  /** Each host's DNS domain (`Domain`), by host name, for matching VMs' FQDNs; "" when none. */
  domains: Map<string, string>;
  /** What was assumed or skipped. */
  warnings: ImportWarning[];
}

const ESX_VERSION = /\b(\d+\.\d+(?:\.\d+)?)\b/;
const INTEL = /\b(?:intel|xeon)/i;
const CLOCK_IN_MODEL = /@\s*(\d+(?:\.\d+)?)\s*GHz/i;

/**
 * Reads the hosts of an RVTools vHost table, converting MiB to bytes and MHz to Hz once.
 * The clock is `Speed (MHz)` (or `Speed`, as every real 4.x export names it: read as MHz, with
 * one warning for the table), else the nominal clock in the CPU model ("… @ 2.10GHz"); a model
 * with no clock in it is warned about. A row with no host name (a hand-added total) is skipped
 * with a warning; a CPU model the generation table does not know gives generation "unknown"
 * with a warning. The measurements `CPU usage %` and `Memory usage %` become fractions, null
 * when the column is missing or the cell is blank or unreadable (the last two with a warning).
 * Cores per socket come from `Cores per CPU`, else from `# Cores` ÷ `# CPU`; threads per core
 * are 2 when `HT Active` is true, else 1 (an empty `HT Active` counts as inactive, with a
 * warning); the model is `Vendor` and `Model` joined; the ESXi version is the version number in
 * `ESX Version` ("VMware ESXi 7.0.3 build-20328353" → "7.0.3"); the generation comes from
 * `cpuGeneration`.
 *
 * @param table - the vHost table.
 * @returns the hosts and warnings.
 * @throws {InputError} for a missing Host, # CPU or # Memory column, or neither Cores per CPU
 *   nor # Cores; a repeated host name; a count that is not a whole number ≥ 1; a
 *   clock or memory that is not a number > 0, or no clock at all; `# Cores` not a multiple of
 *   `# CPU`.
 * @example
 * rvtoolsHosts(vHostTable).hosts[0] // { name: "esx01", sockets: 2, coresPerSocket: 16, clockHz: 2.1e9, … }
 */
export function rvtoolsHosts(table: Table): RvtoolsHosts {
  const columns = new TableColumns(table, VHOST_COLUMNS);
  if (!columns.has("coresPerSocket") && !columns.has("cores")) {
    throw new InputError({
      file: table.file,
      ...(table.sheet === undefined ? {} : { sheet: table.sheet }),
      row: table.headerRowNumber,
      field: "Cores per CPU",
      expected: 'a column named "Cores per CPU", "vHostCoresPerCPU" or "# Cores"',
      got: "none in the header",
    });
  }
  const log = new WarningLog(table, "vHost");
  if (columns.has("speedMhz") && headerKey(columns.headerOf("speedMhz")) === "speed") {
    log.add(
      null,
      "clock-from-speed",
      "the host clock has no unit in its name: read as MHz",
      columns.headerOf("speedMhz"),
    );
  }
  const seen = new Map<string, number>();
  const hosts: Host[] = [];
  const domains = new Map<string, string>();
  for (let row = 0; row < table.rows.length; row++) {
    const name = columns.text(row, "name");
    if (name === "") {
      log.add(
        row,
        "row-no-name",
        "a row with no host name (a hand-added total, or notes): skipped",
        columns.headerOf("name"),
      );
      continue;
    }
    columns.unique(row, "name", name, "host", seen);
    const sockets = columns.requiredNumber(row, "sockets", {
      min: 1,
      integer: true,
      range: R.hostSockets,
    });
    const cpuModel = columns.text(row, "cpuModel").replace(/\s+/g, " ");
    const esx = columns.text(row, "esxVersion");
    const generation = cpuGeneration(cpuModel);
    if (generation === UNKNOWN_GENERATION) {
      log.add(
        row,
        "cpu-model-unknown",
        `CPU model ${JSON.stringify(cpuModel)} not in the generation table: per-core speed from its clock alone (Skylake's per-clock throughput, ASSUMPTION)`,
        columns.headerOf("cpuModel"),
      );
    }
    domains.set(name, columns.text(row, "domain"));
    hosts.push({
      name,
      cluster: columns.optionalText(row, "cluster"),
      model: [columns.text(row, "vendor"), columns.text(row, "model")]
        .filter((s) => s !== "")
        .join(" "),
      cpuModel,
      sockets,
      coresPerSocket: coresPerSocket(columns, row, sockets),
      clockHz: clockHz(columns, row, cpuModel, log),
      threadsPerCore: threadsPerCore(columns, row, log),
      memoryBytes: Math.round(
        columns.requiredNumber(row, "memoryMib", {
          min: 0,
          exclusiveMin: true,
          unit: "MiB",
          range: R.hostMemoryBytes,
          scale: MIB,
        }) * MIB,
      ),
      generation,
      esxVersion: esx === "" ? null : (ESX_VERSION.exec(esx)?.[1] ?? esx),
      cpuUsageFraction: measurement(columns, row, "cpuUsagePercent", PERCENT_RULE, 0.01, log),
      memoryUsageFraction: measurement(columns, row, "memoryUsagePercent", PERCENT_RULE, 0.01, log),
    });
  }
  return { hosts, domains, warnings: log.warnings() };
}

const PERCENT_RULE = { min: 0, unit: "%", range: R.fraction, scale: 0.01 } as const;

type VhostColumns = TableColumns<keyof typeof VHOST_COLUMNS>;

function coresPerSocket(columns: VhostColumns, row: number, sockets: number): number {
  const perSocket = columns.number(row, "coresPerSocket", {
    min: 1,
    integer: true,
    range: R.hostCoresPerSocket,
  });
  if (perSocket !== null) return perSocket;
  const field = columns.has("cores") ? "cores" : "coresPerSocket";
  const cores = columns.requiredNumber(row, field, {
    min: 1,
    integer: true,
    range: R.hostCoresPerSocket,
  });
  if (cores % sockets !== 0) {
    throw columns.fail(
      row,
      field,
      `a whole multiple of "${columns.headerOf("sockets")}" (${sockets})`,
      columns.text(row, field),
    );
  }
  return cores / sockets;
}

function threadsPerCore(columns: VhostColumns, row: number, log: WarningLog): number {
  const active = columns.boolean(row, "htActive");
  if (active === null)
    log.add(
      row,
      "hyperthreading-blank",
      "blank: counted as 1 thread per core",
      columns.headerOf("htActive"),
    );
  return active === true ? 2 : 1;
}

function clockHz(columns: VhostColumns, row: number, cpuModel: string, log: WarningLog): number {
  const mhz = columns.number(row, "speedMhz", {
    min: 0,
    exclusiveMin: true,
    unit: "MHz",
    range: R.hostClockHz,
    scale: MHZ,
  });
  const ghz = CLOCK_IN_MODEL.exec(cpuModel)?.[1];
  if (mhz !== null) {
    // Intel's model strings carry their clock ("… @ 2.10GHz"), AMD's never do: only a missing
    // Intel clock is worth a warning.
    if (ghz === undefined && INTEL.test(cpuModel)) {
      log.add(
        row,
        "cpu-model-no-clock",
        `CPU model ${JSON.stringify(cpuModel)} names no clock: ${mhz} MHz from "${columns.headerOf("speedMhz")}"`,
        columns.headerOf("cpuModel"),
      );
    }
    return mhz * MHZ;
  }
  if (ghz !== undefined && Number(ghz) > 0) return Math.round(Number(ghz) * GHZ);
  throw columns.fail(row, "speedMhz", 'a clock in MHz (or a CPU model ending "@ 2.10GHz")', "");
}
