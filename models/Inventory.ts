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
  /**
   * True when the export showed 0 CPUs or 0 MiB (an inaccessible or orphaned VM): kept and
   * counted, taken as powered off (it moves cold and places no demand). Absent means false.
   */
  inaccessible?: boolean | undefined;
  /** The vCenter it belongs to (RVTools `VI SDK Server`), or null/absent when unknown. */
  vcenter?: string | null;
  /** CPU the VM used when the export was taken (vCPU `Overall`), Hz; null/absent when not measured. */
  cpuUsedHz?: number | null;
  /** Memory the host granted it when the export was taken (vMemory `Consumed`), bytes; null/absent when not measured. */
  memoryConsumedBytes?: number | null;
  /** CPU readiness when the export was taken (vInfo `Overall Cpu Readiness` ÷ 100), a fraction; null/absent when not measured. */
  cpuReadinessFraction?: number | null;
  /** The EVC mode the VM needs (vInfo `min Required EVC Mode Key`, e.g. "intel-haswell"); null/absent when not reported. */
  minRequiredEvc?: string | null;
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
  /** The host's CPU use when the export was taken (vHost `CPU usage %` ÷ 100); null/absent when not measured. */
  cpuUsageFraction?: number | null;
  /** The host's memory use when the export was taken (vHost `Memory usage %` ÷ 100); null/absent when not measured. */
  memoryUsageFraction?: number | null;
  /**
   * True for a host that VMs name but the export's vHost tab does not list: its capacity
   * figures are stand-ins (see rvtoolsInventory), so its before-state is not assessed. Absent
   * means false.
   */
  unlisted?: boolean | undefined;
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
