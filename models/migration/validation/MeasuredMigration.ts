/**
 * A published, measured live migration: what the paper reports, the inputs it states, and
 * what it leaves out (with the assumption Cutover makes instead). The validation table
 * (MEASURED_MIGRATIONS) holds these; `cutover validate` predicts each with the pre-copy model
 * and prints measured against predicted. Every number here is the paper's, or an assumption
 * written out in `assumed`; nothing is fitted per case.
 */
export interface MeasuredMigration {
  /** Short unique id, e.g. "vsphere5-web-10gbe-1nic". */
  id: string;
  /** Citation: authors, title, venue or publisher, year, and the table or figure. */
  source: string;
  /** Where the text can be read. */
  url: string;
  /** A short quote of the numbers as the source prints them (≤ 300 characters). */
  quote: string;
  /** The hypervisor and version that migrated (see MIGRATION_STACKS). */
  stack: "vsphere-5" | "vsphere-6" | "vsphere-7" | "vsphere-7u2" | "kvm" | "xen" | "hyper-v";
  /** The guest's workload as the source describes it, e.g. "idle", "SPECweb2005, 12,000 users". */
  workload: string;
  /** The inputs, as published where published, else as `assumed` says. */
  inputs: {
    /** Configured memory of the VM, GiB. */
    memoryGiB: number;
    /** Memory the guest had touched (written at least once): what the first pass sends, GiB; omitted: all memory. */
    touchedGiB?: number;
    /** Writable working set: the memory the guest keeps rewriting, GiB; omitted: the touched memory. */
    workingSetGiB?: number;
    /** Page-dirty rate while migrating, MiB/s. */
    dirtyMiBPerSecond: number;
    /** Line rate of each migration NIC, Gbit/s. */
    linkGbps: number;
    /** Migration NICs (vmknics) used; omitted: 1. */
    nics?: number;
    /** Round-trip time between the hosts, ms; omitted: a LAN's (0.3 ms). */
    rttMs?: number;
    /** Compression ratio of the transfer (≥ 1); omitted: none. */
    compressionRatio?: number;
  };
  /** What the source measured. */
  measured: {
    /** Total migration time, from the start of the migration until the VM runs at the destination, seconds. */
    totalSeconds: number;
    /** Downtime (stun), milliseconds, when the source reports it. */
    downtimeMs?: number;
  };
  /** What the source leaves out and what was assumed instead (dirty rate, touched memory, …). */
  assumed: string;
}
