import type { Host, Vm } from "../../models/Inventory.ts";
import { GHZ, GIB } from "../../models/units.ts";
import { PHYSICAL_RANGES as R } from "../schema/physicalRanges.ts";
import type { ColumnSpecs } from "./ColumnSpec.ts";
import { cpuGeneration } from "./cpuGeneration.ts";
import { hardwareVersionOf } from "./hardwareVersionOf.ts";
import { headerKey } from "./headerKey.ts";
import { InputError } from "./InputError.ts";
import type { ParsedInventory } from "./ParsedInventory.ts";
import { powerStateOf } from "./powerStateOf.ts";
import { noExportFacts } from "./rvtoolsExportFacts.ts";
import type { Table } from "./Table.ts";
import { TableColumns } from "./TableColumns.ts";
import {
  TEMPLATE_HOST_COLUMNS,
  TEMPLATE_IGNORED_PREFIX,
  TEMPLATE_NETWORK_SEPARATOR,
  TEMPLATE_VM_COLUMNS,
} from "./templateColumns.ts";

const GIB_RULE = { min: 0, unit: "GiB", range: R.vmDiskBytes, scale: GIB } as const;
const MEMORY_GIB_RULE = { min: 0, unit: "GiB", range: R.vmMemoryBytes, scale: GIB } as const;

/**
 * Builds an inventory from the documented CSV template (TEMPLATE.md): a VM file and an
 * optional host file, sizes in GiB and clocks in GHz converted to bytes and Hz once. Defaults:
 * power state on, sites 0, no group or profile; a missing disk size takes the other one (or
 * 0); a host's threads per core 2 and its generation from `cpu_model`. The networks are
 * those the VMs name (separated by "|"); the template lists no datastores (their capacity is
 * unknown), only each VM's datastore name.
 *
 * @param vmTable - the VM file.
 * @param hostTable - the host file, or null.
 * @returns the inventory (no templates or placeholders), and no warnings.
 * @throws {InputError} for an unknown column (a typo would silently drop data; prefix free
 *   columns with `x_`), a missing required column, an empty or repeated name, a value that is
 *   not a number in range, an unknown power state or boolean, or a VM on a host that the host
 *   file does not list.
 * @example
 * templateInventory(readCsv("name,vcpu,memory_gib\nweb01,2,4\n", "vms.csv"), null).inventory.vms[0].memoryBytes // 4294967296
 */
export function templateInventory(vmTable: Table, hostTable: Table | null): ParsedInventory {
  const hosts = hostTable === null ? null : templateHosts(hostTable);
  const vms = templateVms(vmTable, hosts === null ? null : new Set(hosts.map((h) => h.name)));
  return {
    inventory: {
      vms,
      hosts: hosts ?? [],
      datastores: [],
      networks: unique(vms.flatMap((vm) => vm.networks)).map((name) => ({ name, vlanId: null })),
    },
    templateCount: 0,
    placeholderCount: 0,
    exportFacts: noExportFacts(),
    warnings: [],
  };
}

function unique(names: readonly (string | null)[]): string[] {
  return [...new Set(names.filter((n) => n !== null))];
}

function checkedColumns<F extends string>(table: Table, specs: ColumnSpecs<F>): TableColumns<F> {
  const known = new Set(
    Object.values<{ aliases: readonly string[] }>(specs).flatMap((s) => s.aliases.map(headerKey)),
  );
  for (const cell of table.header) {
    const key = headerKey(cell);
    if (key !== "" && !known.has(key) && !key.startsWith(TEMPLATE_IGNORED_PREFIX)) {
      throw new InputError({
        file: table.file,
        row: table.headerRowNumber,
        field: cell,
        expected: `a template column (${[...known].join(", ")}; free columns start with "${TEMPLATE_IGNORED_PREFIX}")`,
        value: cell,
      });
    }
  }
  return new TableColumns(table, specs);
}

function gibToBytes(gib: number | null): number | null {
  return gib === null ? null : Math.round(gib * GIB);
}

function templateVms(table: Table, knownHosts: ReadonlySet<string> | null): Vm[] {
  const columns = checkedColumns(table, TEMPLATE_VM_COLUMNS);
  const seen = new Map<string, number>();
  const vms: Vm[] = [];
  for (let row = 0; row < table.rows.length; row++) {
    const name = columns.requiredText(row, "name", "a VM name");
    columns.unique(row, "name", name, "VM", seen);
    const host = columns.optionalText(row, "host");
    if (host !== null && knownHosts !== null && !knownHosts.has(host)) {
      throw columns.fail(row, "host", "a host listed in the host file", host);
    }
    const provisioned = columns.number(row, "diskProvisionedGib", GIB_RULE);
    const used = columns.number(row, "diskUsedGib", GIB_RULE);
    const powerText = columns.text(row, "powerState");
    const powerState = powerText === "" ? "poweredOn" : powerStateOf(powerText);
    if (powerState === undefined)
      throw columns.fail(row, "powerState", "on, off or suspended", powerText);
    const hwText = columns.text(row, "hardwareVersion");
    const hardwareVersion = hwText === "" ? null : hardwareVersionOf(hwText);
    if (hardwareVersion === undefined) {
      throw columns.fail(
        row,
        "hardwareVersion",
        'a hardware version such as "vmx-14" or "14"',
        hwText,
      );
    }
    vms.push({
      name,
      vcpu: columns.requiredNumber(row, "vcpu", { min: 1, integer: true, range: R.vmVcpus }),
      memoryBytes: gibToBytes(
        columns.requiredNumber(row, "memoryGib", { ...MEMORY_GIB_RULE, exclusiveMin: true }),
      )!,
      diskProvisionedBytes: gibToBytes(provisioned ?? used ?? 0)!,
      diskUsedBytes: gibToBytes(used ?? provisioned ?? 0)!,
      os: columns.text(row, "os"),
      powerState,
      host,
      cluster: columns.optionalText(row, "cluster"),
      datastore: columns.optionalText(row, "datastore"),
      networks: unique(
        columns
          .text(row, "networks")
          .split(TEMPLATE_NETWORK_SEPARATOR)
          .map((n) => n.trim() || null),
      ),
      group: columns.optionalText(row, "group"),
      sites: columns.number(row, "sites", { min: 0, integer: true, range: R.vmSites }) ?? 0,
      profile: columns.optionalText(row, "profile"),
      hardwareVersion,
      activeMemoryBytes: gibToBytes(columns.number(row, "activeMemoryGib", MEMORY_GIB_RULE)),
      snapshotCount: columns.number(row, "snapshots", {
        min: 0,
        integer: true,
        range: R.vmSnapshots,
      }),
      connectedMedia: columns.boolean(row, "connectedMedia"),
      ipAddress: columns.optionalText(row, "ipAddress"),
    });
  }
  return vms;
}

function templateHosts(table: Table): Host[] {
  const columns = checkedColumns(table, TEMPLATE_HOST_COLUMNS);
  const seen = new Map<string, number>();
  const hosts: Host[] = [];
  for (let row = 0; row < table.rows.length; row++) {
    const name = columns.requiredText(row, "name", "a host name");
    columns.unique(row, "name", name, "host", seen);
    const threads = columns.number(row, "threadsPerCore", { min: 1, integer: true }) ?? 2;
    if (threads > 2)
      throw columns.fail(row, "threadsPerCore", "1 or 2", columns.text(row, "threadsPerCore"));
    const cpuModel = columns.text(row, "cpuModel");
    hosts.push({
      name,
      cluster: columns.optionalText(row, "cluster"),
      model: columns.text(row, "model"),
      cpuModel,
      sockets: columns.requiredNumber(row, "sockets", {
        min: 1,
        integer: true,
        range: R.hostSockets,
      }),
      coresPerSocket: columns.requiredNumber(row, "coresPerSocket", {
        min: 1,
        integer: true,
        range: R.hostCoresPerSocket,
      }),
      clockHz: Math.round(
        columns.requiredNumber(row, "clockGhz", {
          min: 0,
          exclusiveMin: true,
          unit: "GHz",
          range: R.hostClockHz,
          scale: GHZ,
        }) * GHZ,
      ),
      threadsPerCore: threads,
      memoryBytes: gibToBytes(
        columns.requiredNumber(row, "memoryGib", {
          min: 0,
          exclusiveMin: true,
          unit: "GiB",
          range: R.hostMemoryBytes,
          scale: GIB,
        }),
      )!,
      generation: columns.optionalText(row, "generation") ?? cpuGeneration(cpuModel),
      esxVersion: columns.optionalText(row, "esxVersion"),
    });
  }
  return hosts;
}
