import type { ColumnSpecs } from "./ColumnSpec.ts";

// The CSV template's columns (TEMPLATE.md): snake_case names that carry their unit
// (`memory_gib`, `clock_ghz`); the importer converts GiB to bytes and GHz to Hz once.

/** Columns of the template's VM file; `name`, `vcpu` and `memory_gib` are required. */
export const TEMPLATE_VM_COLUMNS = {
  name: { aliases: ["name"], required: true },
  vcpu: { aliases: ["vcpu"], required: true },
  memoryGib: { aliases: ["memory_gib"], required: true },
  diskProvisionedGib: { aliases: ["disk_provisioned_gib"] },
  diskUsedGib: { aliases: ["disk_used_gib"] },
  os: { aliases: ["os"] },
  powerState: { aliases: ["power_state"] },
  host: { aliases: ["host"] },
  cluster: { aliases: ["cluster"] },
  datastore: { aliases: ["datastore"] },
  networks: { aliases: ["networks"] },
  group: { aliases: ["group"] },
  sites: { aliases: ["sites"] },
  profile: { aliases: ["profile"] },
  hardwareVersion: { aliases: ["hardware_version"] },
  activeMemoryGib: { aliases: ["active_memory_gib"] },
  snapshots: { aliases: ["snapshots"] },
  connectedMedia: { aliases: ["connected_media"] },
  ipAddress: { aliases: ["ip_address"] },
} as const satisfies ColumnSpecs<string>;

/** Columns of the template's optional host file; all but `cluster`, `model`, `cpu_model`, `threads_per_core`, `generation` and `esx_version` are required. */
export const TEMPLATE_HOST_COLUMNS = {
  name: { aliases: ["name"], required: true },
  cluster: { aliases: ["cluster"] },
  model: { aliases: ["model"] },
  cpuModel: { aliases: ["cpu_model"] },
  sockets: { aliases: ["sockets"], required: true },
  coresPerSocket: { aliases: ["cores_per_socket"], required: true },
  clockGhz: { aliases: ["clock_ghz"], required: true },
  threadsPerCore: { aliases: ["threads_per_core"] },
  memoryGib: { aliases: ["memory_gib"], required: true },
  generation: { aliases: ["generation"] },
  esxVersion: { aliases: ["esx_version"] },
} as const satisfies ColumnSpecs<string>;

/** Separator of several networks in the template's `networks` cell. */
export const TEMPLATE_NETWORK_SEPARATOR = "|";

/** Header prefix of the template's free columns, which the importer ignores (e.g. `x_owner`). */
export const TEMPLATE_IGNORED_PREFIX = "x_";
