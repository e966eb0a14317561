/**
 * The inventory of a VMware estate in base units (bytes, Hz, counts), as the models use it.
 * Loaders (scenario files, RVTools exports, CSV templates) convert to this once, at the edge.
 */

/** Power state as vCenter reports it. */
export type PowerState = "poweredOn" | "poweredOff" | "suspended";

/** A virtual machine. */
export interface Vm {
  /** Unique name (vCenter's display name). */
  name: string;
  /** Virtual CPUs. */
  vcpu: number;
  /** Configured memory, bytes. */
  memoryBytes: number;
  /** Disk space provisioned (thin + thick), bytes. */
  diskProvisionedBytes: number;
  /** Disk space actually used, bytes (what a copy must move). */
  diskUsedBytes: number;
  /** Guest operating system as reported. */
  os: string;
  /** Power state. */
  powerState: PowerState;
  /** Name of the host it runs on, or null when unknown. */
  host: string | null;
  /** Name of the cluster, or null when unknown. */
  cluster: string | null;
  /** Name of its main datastore, or null when unknown. */
  datastore: string | null;
  /** Names of the networks (port groups) it is connected to. */
  networks: string[];
  /** Customer or application group, kept together in one migration wave; null when none. */
  group: string | null;
  /** Number of websites it hosts (0 for back-end VMs). */
  sites: number;
  /** Name of its workload profile in the scenario, or null for the default profile. */
  profile: string | null;
  /** Virtual hardware version (e.g. 14 for "vmx-14"), or null when unknown. */
  hardwareVersion: number | null;
  /** Memory the guest actively uses, bytes, or null when not reported. */
  activeMemoryBytes: number | null;
  /** Number of snapshots, or null when not reported. */
  snapshotCount: number | null;
  /** True when a CD/DVD or floppy image is connected; null when not reported. */
  connectedMedia: boolean | null;
  /** Primary IP address, or null. */
  ipAddress: string | null;
}

/** An ESXi host. */
export interface Host {
  /** Unique name. */
  name: string;
  /** Cluster name, or null. */
  cluster: string | null;
  /** Server vendor and model, e.g. "Dell PowerEdge R640". */
  model: string;
  /** CPU model string, e.g. "Intel(R) Xeon(R) Silver 4114 CPU @ 2.20GHz". */
  cpuModel: string;
  /** CPU sockets. */
  sockets: number;
  /** Physical cores per socket. */
  coresPerSocket: number;
  /** Nominal clock, Hz. */
  clockHz: number;
  /** Hardware threads per core when hyper-threading is active (1 or 2). */
  threadsPerCore: number;
  /** Physical memory, bytes. */
  memoryBytes: number;
  /** CPU generation (microarchitecture), e.g. "Skylake", used for speed and EVC checks. */
  generation: string;
  /** ESXi version, e.g. "6.7.0", or null. */
  esxVersion: string | null;
}

/** A datastore. */
export interface Datastore {
  /** Unique name. */
  name: string;
  /** Kind: NFS, VMFS, vSAN, vVol… */
  type: string;
  /** Capacity, bytes. */
  capacityBytes: number;
  /** Free space, bytes, or null when unknown. */
  freeBytes: number | null;
}

/** A network (port group or segment). */
export interface Network {
  /** Unique name. */
  name: string;
  /** VLAN id, or null. */
  vlanId: number | null;
}

/** A whole estate. */
export interface Inventory {
  vms: Vm[];
  hosts: Host[];
  datastores: Datastore[];
  networks: Network[];
}
