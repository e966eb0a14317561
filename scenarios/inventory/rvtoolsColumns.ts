import type { ColumnSpecs } from "./ColumnSpec.ts";

// Column names of RVTools exports (FACTS.md, "RVTools exports"): the ONE table through which
// every column is read, by name. The current header first, then older spellings: RVTools 4.4.3,
// 4.6.1 and 4.7.1 headers as in ../shared/reference/rvtools-headers/ (4.6 and 4.7 share them on
// the tabs read here), the 3.x names FACTS.md lists (`Provisioned MB`, `In Use MB`, `OS`,
// `VM Version`, `vCenter UUID`, `Capacity MB`, `Free MB`), and the CSV internal names. Every "MB" in an RVTools header is in fact MiB (1,048,576 bytes): RVTools
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
  /** Integer %, since 4.7 (FACTS.md). */
  cpuReadinessPercent: { aliases: ["Overall Cpu Readiness", "vInfoOverallCpuReadiness"] },
  /** The EVC mode the VM needs, e.g. "intel-haswell"; 4.4 and later. */
  minRequiredEvc: { aliases: ["min Required EVC Mode Key", "vInfoMinRequiredEVCModeKey"] },
  provisionedMib: { aliases: ["Provisioned MiB", "Provisioned MB", "vInfoProvisioned"] },
  inUseMib: { aliases: ["In Use MiB", "In Use MB", "vInfoInUse"] },
  host: { aliases: ["Host", "vInfoHost"] },
  cluster: { aliases: ["Cluster", "vInfoCluster"] },
  datacenter: { aliases: ["Datacenter", "vInfoDataCenter"] },
  osTools: { aliases: ["OS according to the VMware Tools", "vInfoGuestOS"] },
  osConfig: { aliases: ["OS according to the configuration file", "OS", "vInfoOS"] },
  hardwareVersion: { aliases: ["HW version", "VM Version", "vInfoHWVersion", "vInfoVersion"] },
  ipAddress: { aliases: ["Primary IP Address", "vInfoPrimaryIPAddress"] },
  annotation: { aliases: ["Annotation", "vInfoAnnotation"] },
  folder: { aliases: ["Folder", "vInfoFolder"] },
  resourcePool: { aliases: ["Resource pool", "vInfoResourcePool"] },
  vApp: { aliases: ["vApp", "vInfoVApp"] },
  path: { aliases: ["Path", "vInfoPath"] },
  /** The vCenter the VM belongs to: VM names are unique within one vCenter only. */
  vcenter: { aliases: ["VI SDK Server", "vInfoVISDKServer"] },
} as const satisfies ColumnSpecs<string>;

/** Header prefixes of vInfo's numbered network columns ("Network #1" … "Network #N", any N). */
export const VINFO_NETWORK_PREFIXES: readonly string[] = ["Network #", "vInfoNetwork"];

/** vHost: one row per ESXi host. Memory in MiB, clock in MHz. */
export const VHOST_COLUMNS = {
  name: { aliases: ["Host", "vHostName"], required: true },
  cluster: { aliases: ["Cluster", "vHostCluster"] },
  cpuModel: { aliases: ["CPU Model", "vHostCpuModel"] },
  /** MHz. Every real 4.x export names it `Speed` (FACTS.md): read as MHz, with a warning. */
  speedMhz: { aliases: ["Speed (MHz)", "vHostCpuMhz", "Speed"] },
  htAvailable: { aliases: ["HT Available", "vHostHTAvailable"] },
  htActive: { aliases: ["HT Active", "vHostHTActive"] },
  sockets: { aliases: ["# CPU", "vHostNumCpu"], required: true },
  coresPerSocket: { aliases: ["Cores per CPU", "vHostCoresPerCPU"] },
  cores: { aliases: ["# Cores", "vHostNumCpuCores"] },
  memoryMib: {
    aliases: ["# Memory (MiB)", "# Memory (MB)", "# Memory", "vHostMemorySize"],
    required: true,
  },
  /** %, the host's CPU use when RVTools ran. */
  cpuUsagePercent: { aliases: ["CPU usage %", "vHostCpuUsage"] },
  /** %, the host's memory use when RVTools ran. */
  memoryUsagePercent: { aliases: ["Memory usage %", "vHostMemoryUsage"] },
  /** DNS domain: `Host` + "." + `Domain` is the host's FQDN when `Host` is a short name. */
  domain: { aliases: ["Domain", "vHostDomain"] },
  esxVersion: { aliases: ["ESX Version", "vHostVersion"] },
  vendor: { aliases: ["Vendor", "vHostVendor"] },
  model: { aliases: ["Model", "vHostModel"] },
} as const satisfies ColumnSpecs<string>;

/** vCPU: one row per VM; `Overall` is the MHz the VM used when RVTools ran. */
export const VCPU_COLUMNS = {
  vm: { aliases: ["VM", "vCPUVMName"], required: true },
  overallMhz: { aliases: ["Overall", "vCPUOverall"] },
  vcenter: { aliases: ["VI SDK Server", "vCPUVISDKServer"] },
} as const satisfies ColumnSpecs<string>;

/** vMemory: one row per VM; `Consumed` and `Active` in MiB when RVTools ran. */
export const VMEMORY_COLUMNS = {
  vm: { aliases: ["VM", "vMemoryVMName"], required: true },
  consumedMib: { aliases: ["Consumed", "vMemoryConsumed"] },
  activeMib: { aliases: ["Active", "vMemoryActive"] },
  vcenter: { aliases: ["VI SDK Server", "vMemoryVISDKServer"] },
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

/**
 * vMetaData in RVTools 4.x: one row per vCenter read, saying which RVTools wrote the export and
 * when (FACTS.md; the header in ../shared/reference/rvtools-headers/). In a workbook the date is
 * a date cell, read as its serial number; in a CSV file it is text as RVTools wrote it.
 */
export const VMETADATA_COLUMNS = {
  version: { aliases: ["RVTools version"] },
  majorVersion: { aliases: ["RVTools major version"] },
  createdAt: { aliases: ["xlsx creation datetime"] },
  server: { aliases: ["Server"] },
} as const satisfies ColumnSpecs<string>;

/**
 * vMetaData written as two columns, a property and its value, one row per property: the form
 * other parsers report for exports before 4.x (not seen in a header file here: read if present).
 */
export const VMETADATA_PROPERTY_COLUMNS = {
  property: { aliases: ["Property"], required: true },
  value: { aliases: ["Value"], required: true },
} as const satisfies ColumnSpecs<string>;

/**
 * vSource: one row per vCenter (or ESXi host) read: its product name, version and build. The
 * server is `VI SDK Server`, or `Name` where that is blank.
 */
export const VSOURCE_COLUMNS = {
  server: { aliases: ["VI SDK Server"] },
  name: { aliases: ["Name"] },
  fullName: { aliases: ["Fullname"] },
  version: { aliases: ["Version"] },
  build: { aliases: ["Build"] },
} as const satisfies ColumnSpecs<string>;

/** The RVTools tabs the importer reads; the others (vDisk, vPartition, …) are not needed. */
export const RVTOOLS_TABS = [
  "vInfo",
  "vCPU",
  "vMemory",
  "vHost",
  "vDatastore",
  "vNetwork",
  "vPort",
  "dvPort",
  "vSnapshot",
  "vCD",
  "vFloppy",
  "vMetaData",
  "vSource",
] as const;

/** The name of an RVTools tab the importer reads. */
export type RvtoolsTab = (typeof RVTOOLS_TABS)[number];
