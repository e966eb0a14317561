import type { ColumnSpecs } from "./ColumnSpec.ts";

// Column names of RVTools exports (FACTS.md, "RVTools exports"): the current header first, then
// older spellings. Every "MB" in an RVTools header is in fact MiB (1,048,576 bytes): RVTools
// 4.x renamed "Provisioned MB" to "Provisioned MiB" without changing the values, and
// `Memory`, `# Memory (MB)`, `vInfoMemory` … are all MiB. The internal `vInfo…`/`vHost…` names
// that FACTS.md lists are verified; the other internal names follow the same pattern.

/**
 * vInfo: one row per VM, template and SRM placeholder. Sizes in MiB. `datacenter` and
 * `annotation` are recognised but not kept: `Vm` (models/Inventory.ts) has no field for them.
 */
export const VINFO_COLUMNS = {
  name: { aliases: ["VM", "vInfoVMName"], required: true },
  powerState: { aliases: ["Powerstate", "vInfoPowerstate"] },
  template: { aliases: ["Template", "vInfoTemplate"] },
  srmPlaceholder: { aliases: ["SRM Placeholder", "vInfoSRMPlaceholder"] },
  vcpu: { aliases: ["CPUs", "vInfoCPUs"], required: true },
  memoryMib: { aliases: ["Memory", "vInfoMemory"], required: true },
  activeMemoryMib: { aliases: ["Active Memory", "vInfoActiveMemory"] },
  provisionedMib: { aliases: ["Provisioned MiB", "Provisioned MB", "vInfoProvisioned"] },
  inUseMib: { aliases: ["In Use MiB", "In Use MB", "vInfoInUse"] },
  host: { aliases: ["Host", "vInfoHost"] },
  cluster: { aliases: ["Cluster", "vInfoCluster"] },
  datacenter: { aliases: ["Datacenter", "vInfoDataCenter"] },
  osTools: { aliases: ["OS according to the VMware Tools", "vInfoGuestOS"] },
  osConfig: { aliases: ["OS according to the configuration file", "vInfoOS"] },
  hardwareVersion: { aliases: ["HW version", "vInfoHWVersion"] },
  ipAddress: { aliases: ["Primary IP Address", "vInfoPrimaryIPAddress"] },
  annotation: { aliases: ["Annotation", "vInfoAnnotation"] },
  folder: { aliases: ["Folder", "vInfoFolder"] },
  resourcePool: { aliases: ["Resource pool", "vInfoResourcePool"] },
  vApp: { aliases: ["vApp", "vInfoVApp"] },
  path: { aliases: ["Path", "vInfoPath"] },
} as const satisfies ColumnSpecs<string>;

/** Header prefixes of vInfo's numbered network columns ("Network #1" … "Network #N", any N). */
export const VINFO_NETWORK_PREFIXES: readonly string[] = ["Network #", "vInfoNetwork"];

/** vHost: one row per ESXi host. Memory in MiB, clock in MHz. */
export const VHOST_COLUMNS = {
  name: { aliases: ["Host", "vHostName"], required: true },
  cluster: { aliases: ["Cluster", "vHostCluster"] },
  cpuModel: { aliases: ["CPU Model", "vHostCpuModel"] },
  speedMhz: { aliases: ["Speed (MHz)", "vHostCpuMhz"] },
  htAvailable: { aliases: ["HT Available", "vHostHTAvailable"] },
  htActive: { aliases: ["HT Active", "vHostHTActive"] },
  sockets: { aliases: ["# CPU", "vHostNumCpu"], required: true },
  coresPerSocket: { aliases: ["Cores per CPU", "vHostCoresPerCPU"] },
  cores: { aliases: ["# Cores", "vHostNumCpuCores"] },
  memoryMib: {
    aliases: ["# Memory (MiB)", "# Memory (MB)", "# Memory", "vHostMemorySize"],
    required: true,
  },
  esxVersion: { aliases: ["ESX Version", "vHostVersion"] },
  vendor: { aliases: ["Vendor", "vHostVendor"] },
  model: { aliases: ["Model", "vHostModel"] },
} as const satisfies ColumnSpecs<string>;

/** vDatastore: one row per datastore. Sizes in MiB. */
export const VDATASTORE_COLUMNS = {
  name: { aliases: ["Name", "vDatastoreName"], required: true },
  type: { aliases: ["Type", "vDatastoreType"] },
  capacityMib: { aliases: ["Capacity MiB", "Capacity MB", "vDatastoreCapacity"], required: true },
  freeMib: { aliases: ["Free MiB", "Free MB", "vDatastoreFreeSpace"] },
} as const satisfies ColumnSpecs<string>;

/** vNetwork: one row per virtual NIC. */
export const VNETWORK_COLUMNS = {
  network: { aliases: ["Network", "vNetworkNetwork"], required: true },
} as const satisfies ColumnSpecs<string>;

/** vPort (standard switch port groups) and dvPort (distributed port groups): VLAN ids. */
export const PORT_GROUP_COLUMNS = {
  name: { aliases: ["Port Group", "Port", "vPortPortGroup", "dvPortPort"], required: true },
  vlan: { aliases: ["VLAN", "vPortVLAN", "dvPortVLAN"], required: true },
} as const satisfies ColumnSpecs<string>;

/** vSnapshot: one row per snapshot. */
export const VSNAPSHOT_COLUMNS = {
  vm: { aliases: ["VM", "vSnapshotVMName"], required: true },
} as const satisfies ColumnSpecs<string>;

/** vCD and vFloppy: one row per CD/DVD or floppy drive. */
export const MEDIA_COLUMNS = {
  vm: { aliases: ["VM", "vCDVMName", "vFloppyVMName"], required: true },
  connected: { aliases: ["Connected", "vCDConnected", "vFloppyConnected"], required: true },
} as const satisfies ColumnSpecs<string>;

/** The RVTools tabs the importer reads; the others (vDisk, vPartition, …) are not needed. */
export const RVTOOLS_TABS = [
  "vInfo",
  "vHost",
  "vDatastore",
  "vNetwork",
  "vPort",
  "dvPort",
  "vSnapshot",
  "vCD",
  "vFloppy",
] as const;

/** The name of an RVTools tab the importer reads. */
export type RvtoolsTab = (typeof RVTOOLS_TABS)[number];
