import type { Host } from "../../models/Inventory.ts";
import { GHZ, MHZ, MIB } from "../../models/units.ts";
import { PHYSICAL_RANGES as R } from "../schema/physicalRanges.ts";
import { cpuGeneration } from "./cpuGeneration.ts";
import { InputError } from "./InputError.ts";
import { VHOST_COLUMNS } from "./rvtoolsColumns.ts";
import type { Table } from "./Table.ts";
import { TableColumns } from "./TableColumns.ts";
import { WarningLog } from "./WarningLog.ts";

/** The hosts of a vHost table, and what was assumed. */
export interface RvtoolsHosts {
  /** The hosts, in the table's order. */
  hosts: Host[];
  /** What was assumed for incomplete rows. */
  warnings: string[];
}

const ESX_VERSION = /\b(\d+\.\d+(?:\.\d+)?)\b/;
const CLOCK_IN_MODEL = /@\s*(\d+(?:\.\d+)?)\s*GHz/i;

/**
 * Reads the hosts of an RVTools vHost table, converting MiB to bytes and MHz to Hz once.
 * The clock is `Speed (MHz)`, else the nominal clock in the CPU model ("… @ 2.10GHz").
 * Cores per socket come from `Cores per CPU`, else from `# Cores` ÷ `# CPU`; threads per core
 * are 2 when `HT Active` is true, else 1 (an empty `HT Active` counts as inactive, with a
 * warning); the model is `Vendor` and `Model` joined; the ESXi version is the version number in
 * `ESX Version` ("VMware ESXi 7.0.3 build-20328353" → "7.0.3"); the generation comes from
 * `cpuGeneration`.
 *
 * @param table - the vHost table.
 * @returns the hosts and warnings.
 * @throws {InputError} for a missing Host, # CPU or # Memory column, or neither Cores per CPU
 *   nor # Cores; an empty or repeated host name; a count that is not a whole number ≥ 1; a
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
  const log = new WarningLog(table);
  const seen = new Map<string, number>();
  const hosts: Host[] = [];
  for (let row = 0; row < table.rows.length; row++) {
    const name = columns.requiredText(row, "name", "a host name");
    columns.unique(row, "name", name, "host", seen);
    const sockets = columns.requiredNumber(row, "sockets", {
      min: 1,
      integer: true,
      range: R.hostSockets,
    });
    const cpuModel = columns.text(row, "cpuModel").replace(/\s+/g, " ");
    const esx = columns.text(row, "esxVersion");
    hosts.push({
      name,
      cluster: columns.optionalText(row, "cluster"),
      model: [columns.text(row, "vendor"), columns.text(row, "model")]
        .filter((s) => s !== "")
        .join(" "),
      cpuModel,
      sockets,
      coresPerSocket: coresPerSocket(columns, row, sockets),
      clockHz: clockHz(columns, row, cpuModel),
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
      generation: cpuGeneration(cpuModel),
      esxVersion: esx === "" ? null : (ESX_VERSION.exec(esx)?.[1] ?? esx),
    });
  }
  return { hosts, warnings: log.messages() };
}

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
    log.add(row, `no "${columns.headerOf("htActive")}": counted as 1 thread per core`);
  return active === true ? 2 : 1;
}

function clockHz(columns: VhostColumns, row: number, cpuModel: string): number {
  const mhz = columns.number(row, "speedMhz", {
    min: 0,
    exclusiveMin: true,
    unit: "MHz",
    range: R.hostClockHz,
    scale: MHZ,
  });
  if (mhz !== null) return mhz * MHZ;
  const ghz = CLOCK_IN_MODEL.exec(cpuModel)?.[1];
  if (ghz !== undefined && Number(ghz) > 0) return Math.round(Number(ghz) * GHZ);
  throw columns.fail(row, "speedMhz", 'a clock in MHz (or a CPU model ending "@ 2.10GHz")', "");
}
