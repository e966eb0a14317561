import {
  DAY,
  GBIT_PER_SECOND,
  GHZ,
  MBIT_PER_SECOND,
  MINUTE,
  PIB,
  TIB,
  YEAR,
} from "../../models/units.ts";
import type { QuantityBounds } from "./quantity.ts";

/**
 * The physical range of a number Cutover reads (a scenario field or a command-line option), in
 * base units (bytes, seconds, bytes per second, Hz, a fraction, or a plain count or price).
 * Values outside it are refused where they enter (exit 2, naming the field or flag and the
 * range), so that the models only ever see figures a real platform could have and every result
 * stays finite.
 */
export interface PhysicalRange extends QuantityBounds {
  /** Smallest allowed value (inclusive unless `exclusiveMin`). */
  min: number;
  /** Largest allowed value (inclusive). */
  max: number;
  /** True for counts: only whole numbers. */
  integer?: boolean;
  /** The smallest value as a file would write it, e.g. "1 Mbit/s" (default: the number). */
  minText?: string;
  /** The largest value as a file would write it, e.g. "24 TiB" (default: the number). */
  maxText?: string;
  /** Why the upper bound, in a few words for messages: "the vSphere 8 maximum per VM". */
  why: string;
  /**
   * Where the bounds come from: a citation, or "assumption: …" with the reasoning when a bound
   * is a judgement (a price, a duration horizon). The lower bound is the nature of the quantity
   * (a size, a rate or a duration is not negative) unless this says otherwise.
   */
  source: string;
}

const VSPHERE8 = "VMware vSphere 8.0 Configuration Maximums (configmax.broadcom.com)";

/** 24 TiB: the vSphere 8 maximum RAM per VM and per host. */
const VSPHERE8_MEMORY_BYTES = 24 * TIB;
/** 896 logical CPUs per host in vSphere 8: no host has more cores than that. */
const VSPHERE8_LOGICAL_CPUS_PER_HOST = 896;
/** 2,500 hosts per vCenter Server in vSphere 8. */
const VSPHERE8_HOSTS_PER_VCENTER = 2_500;
/** 1.6 Tbit/s: the fastest Ethernet standardised (IEEE 802.3dj). */
const LINE_RATE_MAX = 1_600 * GBIT_PER_SECOND;
/** 2 TiB/s: above a 2-socket server's DRAM bandwidth (2 × 12 channels of DDR5-6400 ≈ 1.2 TB/s). */
const MEMORY_WRITE_MAX = 2 * TIB;
/** One million: more VMs than any inventory Cutover is built for (100,000; README). */
const VM_COUNT_MAX = 1_000_000;
/** 30 years: the longest business-case horizon. */
const HORIZON_YEARS_MAX = 30;
/** 10^12 units of the scenario's currency per line: above any real line even in the weakest currencies. */
const PRICE_MAX = 1e12;

const sizeOf = (why: string, source: string, max: number, maxText: string) => ({
  min: 0,
  max,
  maxText,
  why,
  source,
});

/**
 * The one table of physical ranges: every numeric scenario field and command-line option takes
 * its bounds from here (the schema files through `quantity(…, range)`, `sourcedNumber(range)`,
 * `countIn(range)`; the commands through `numberOption`). Each entry cites its source or says
 * "assumption:" and why.
 */
export const PHYSICAL_RANGES = {
  // --- VMs (vSphere 8 configuration maximums) ---
  vmVcpus: {
    min: 1,
    max: 768,
    integer: true,
    why: "the vSphere 8 maximum per VM",
    source: `${VSPHERE8}: 768 virtual CPUs per VM`,
  },
  vmMemoryBytes: {
    ...sizeOf(
      "the vSphere 8 maximum per VM",
      `${VSPHERE8}: 24 TB (TiB) of RAM per VM`,
      VSPHERE8_MEMORY_BYTES,
      "24 TiB",
    ),
    exclusiveMin: true,
  },
  vmActiveMemoryBytes: sizeOf(
    "the vSphere 8 maximum per VM",
    `${VSPHERE8}: 24 TB (TiB) of RAM per VM`,
    VSPHERE8_MEMORY_BYTES,
    "24 TiB",
  ),
  vmCpuUsedHz: {
    min: 0,
    max: 768 * 10 * GHZ,
    maxText: "7,680 GHz",
    why: "768 vCPUs at 10 GHz",
    source: `${VSPHERE8}: 768 virtual CPUs per VM; assumption: no core above 10 GHz (see hostClockHz)`,
  },
  vmCpuReadinessFraction: {
    min: 0,
    max: 768,
    why: "all the time of each of 768 vCPUs",
    source: `${VSPHERE8}: 768 virtual CPUs per VM; readiness is summed over a VM's vCPUs`,
  },
  vmDiskBytes: sizeOf(
    "256 disks of 62 TiB, the vSphere 8 maxima per VM",
    `${VSPHERE8}: 62 TB (TiB) per virtual disk, 256 virtual disks per VM (4 controllers × 64)`,
    256 * 62 * TIB,
    "15.5 PiB",
  ),
  vmDiskPositiveBytes: {
    ...sizeOf(
      "256 disks of 62 TiB, the vSphere 8 maxima per VM",
      `${VSPHERE8}: 62 TB (TiB) per virtual disk, 256 virtual disks per VM (4 controllers × 64)`,
      256 * 62 * TIB,
      "15.5 PiB",
    ),
    exclusiveMin: true,
  },
  vmSites: {
    min: 0,
    max: 1_000_000,
    integer: true,
    why: "an assumed bound",
    source:
      "assumption: a shared-hosting VM carries hundreds to a few thousand sites; a million is a typo",
  },
  vmHardwareVersion: {
    min: 1,
    max: 99,
    integer: true,
    why: "an assumed bound",
    source:
      "assumption: VM hardware versions reach 21 in vSphere 8 and 22 in VCF 9; 99 leaves room for later releases",
  },
  vmSnapshots: {
    min: 0,
    max: 32,
    integer: true,
    why: "the most snapshots in a chain vSphere supports",
    source: "Broadcom KB 1025279 (best practices for snapshots): at most 32 snapshots in a chain",
  },
  // --- Hosts and clusters ---
  hostSockets: {
    min: 1,
    max: 32,
    integer: true,
    why: "an assumed bound",
    source: "assumption: the largest x86 servers (HPE Superdome Flex) scale to 32 sockets",
  },
  hostCoresPerSocket: {
    min: 1,
    max: VSPHERE8_LOGICAL_CPUS_PER_HOST,
    integer: true,
    why: "the vSphere 8 maximum of logical CPUs per host",
    source: `${VSPHERE8}: 896 logical CPUs per host (a socket has no more cores than its host)`,
  },
  hostClockHz: {
    min: 0,
    exclusiveMin: true,
    max: 10 * GHZ,
    maxText: "10 GHz",
    why: "an assumed bound",
    source: "assumption: no server CPU clocks above 6 GHz even in boost; 10 GHz is a typo",
  },
  hostMemoryBytes: {
    ...sizeOf(
      "the vSphere 8 maximum per host",
      `${VSPHERE8}: 24 TB (TiB) of RAM per host`,
      VSPHERE8_MEMORY_BYTES,
      "24 TiB",
    ),
    exclusiveMin: true,
  },
  hostCount: {
    min: 1,
    max: VSPHERE8_HOSTS_PER_VCENTER,
    integer: true,
    why: "the vSphere 8 maximum of hosts per vCenter",
    source: `${VSPHERE8}: 2,500 hosts per vCenter Server`,
  },
  hostFailuresTolerated: {
    min: 0,
    max: 95,
    integer: true,
    why: "96 hosts per cluster in vSphere 8, less one",
    source: `${VSPHERE8}: 96 hosts per cluster, so HA tolerates at most 95 failures`,
  },
  vcpuPerCore: {
    min: 0,
    exclusiveMin: true,
    max: 32,
    why: "the vSphere 8 maximum of vCPUs per core",
    source: `${VSPHERE8}: 32 virtual CPUs per physical core`,
  },
  memoryOvercommit: {
    min: 0,
    exclusiveMin: true,
    max: 100,
    why: "an assumed bound",
    source:
      "assumption: production runs at 1:1 (FACTS.md); beyond 100:1 no guest could run even from swap",
  },
  buildYear: {
    min: 1990,
    max: 2100,
    integer: true,
    why: "an assumed bound",
    source: "assumption: x86 virtualisation starts in 1999 (VMware Workstation); 2100 is a typo",
  },
  minHardwareVersion: {
    min: 1,
    max: 99,
    integer: true,
    why: "an assumed bound",
    source:
      "assumption: VM hardware versions reach 21 in vSphere 8 and 22 in VCF 9; 99 leaves room for later releases",
  },
  // --- Storage and networks ---
  datastoreBytes: sizeOf(
    "an assumed bound",
    "assumption: VMFS volumes stop at 64 TiB and NFS or vSAN datastores reach petabytes; 1 EiB is none sold",
    1024 * PIB,
    "1 EiB",
  ),
  datastoreCount: {
    min: 0,
    max: 1_024,
    integer: true,
    why: "the vSphere 8 maximum of volumes per host",
    source: `${VSPHERE8}: 1,024 volumes per host`,
  },
  vlanId: {
    min: 0,
    max: 4_094,
    integer: true,
    why: "a 12-bit VLAN ID, 4095 reserved",
    source: "IEEE 802.1Q: VLAN IDs are 12 bits; 4095 is reserved",
  },
  lineRate: {
    min: MBIT_PER_SECOND,
    minText: "1 Mbit/s",
    max: LINE_RATE_MAX,
    maxText: "1.6 Tbit/s",
    why: "the fastest Ethernet, IEEE 802.3dj",
    source:
      "IEEE 802.3dj: 1.6 Tbit/s, the fastest Ethernet standardised; assumption: below 1 Mbit/s nothing migrates (vMotion asks 250 Mbit/s, FACTS.md) and the simulated move would last years",
  },
  lineRateFloor: {
    min: 0,
    max: LINE_RATE_MAX,
    maxText: "1.6 Tbit/s",
    why: "the fastest Ethernet, IEEE 802.3dj",
    source: "IEEE 802.3dj: 1.6 Tbit/s, the fastest Ethernet standardised",
  },
  rttSeconds: {
    min: 0,
    max: 10,
    maxText: "10 s",
    why: "an assumed bound",
    source:
      "assumption: a geostationary satellite hop is about 0.6 s and vMotion supports 150 ms (FACTS.md); 10 s is no usable path",
  },
  // --- Workload ---
  memoryWriteRate: {
    min: 0,
    max: MEMORY_WRITE_MAX,
    maxText: "2 TiB/s",
    why: "above any server's memory bandwidth",
    source:
      "assumption: a guest writes memory or disk no faster than DRAM: 2 sockets × 12 channels of DDR5-6400 ≈ 1.2 TB/s",
  },
  requestSeconds: {
    min: 0,
    max: MINUTE,
    maxText: "60 s",
    why: "web servers time requests out by then",
    source:
      "nginx proxy_read_timeout defaults to 60 s: a slower request is an error, not a latency",
  },
  requestSecondsPositive: {
    min: 0,
    exclusiveMin: true,
    max: MINUTE,
    maxText: "60 s",
    why: "web servers time requests out by then",
    source:
      "nginx proxy_read_timeout defaults to 60 s: a slower request is an error, not a latency",
  },
  requestsPerSecond: {
    min: 0,
    max: 1e7,
    why: "an assumed bound",
    source:
      "assumption: the busiest sites serve about 10^5–10^6 requests per second; 10^7 per site is a typo",
  },
  tierCalls: {
    min: 0,
    max: 1_000,
    why: "an assumed bound",
    source:
      "assumption: an uncached CMS page makes 10–20 tier calls (the reference's assumption); 1,000 is a typo",
  },
  fraction: {
    min: 0,
    max: 1,
    why: "a share of a whole",
    source: "a share cannot be negative or exceed the whole",
  },
  fractionPositive: {
    min: 0,
    exclusiveMin: true,
    max: 1,
    why: "a share of a whole",
    source: "a share cannot exceed the whole; 0 would stall every transfer",
  },
  linkEfficiency: {
    min: 0.01,
    minText: "1 %",
    max: 1,
    maxText: "100 %",
    why: "goodput cannot exceed the line rate",
    source:
      "goodput cannot exceed the line rate; assumption: a link delivering under 1 % of it is down, not slow",
  },
  // --- Migration ---
  switchoverSeconds: {
    min: 0,
    max: DAY,
    maxText: "1 d",
    why: "an assumed bound",
    source:
      "assumption: a switchover (stun, resume, reboot) lasting a day is an outage, not a switchover",
  },
  stunBudgetSeconds: {
    min: 0,
    exclusiveMin: true,
    max: DAY,
    maxText: "1 d",
    why: "an assumed bound",
    source:
      "assumption: a switchover (stun, resume, reboot) lasting a day is an outage, not a switchover",
  },
  migrationSeconds: {
    min: 0,
    max: YEAR,
    maxText: "1 y",
    why: "an assumed horizon",
    source:
      "assumption: a move planned over more than a year is several moves; the hour-by-hour series stay small",
  },
  migrationSecondsPositive: {
    min: 0,
    exclusiveMin: true,
    max: YEAR,
    maxText: "1 y",
    why: "an assumed horizon",
    source:
      "assumption: a move planned over more than a year is several moves; the hour-by-hour series stay small",
  },
  precopyRounds: {
    min: 1,
    max: 1_000,
    integer: true,
    why: "an assumed bound",
    source:
      "assumption: Xen stops pre-copy after 30 rounds (FACTS.md); 1,000 is past any hypervisor's cap",
  },
  migrationSetupSeconds: {
    min: 0,
    max: 3_600,
    maxText: "1 h",
    why: "an assumed bound",
    source:
      "assumption: a migration's fixed set-up (checks, destination VM, channel) takes seconds; an hour is a stuck task, not a set-up",
  },
  migrationStreams: {
    min: 1,
    max: 64,
    integer: true,
    why: "an assumed bound",
    source:
      "assumption: vSphere 7 U2 opens one stream per ≈ 15 Gbit/s of vmknic (Hagoort, VMware 2021): 64 streams would fill 960 Gbit/s",
  },
  tcpWindowBytes: {
    min: 1_024,
    minText: "1 KiB",
    max: 1_073_741_824,
    maxText: "1 GiB",
    why: "TCP's largest window",
    source: "RFC 7323: a window scale of at most 14 gives windows up to 2^30 bytes (1 GiB)",
  },
  compressionRatio: {
    min: 1,
    max: 20,
    why: "an assumed bound",
    source:
      "assumption: zstd-class codecs give 2–4 on memory pages and HCX WAN optimisation 2–3 (issue 14); above 20 the pages are zeros, which the scan already skips",
  },
  compressRate: {
    min: MBIT_PER_SECOND,
    minText: "1 Mbit/s",
    max: 100 * GBIT_PER_SECOND,
    maxText: "100 Gbit/s",
    why: "above any core's compression speed",
    source:
      "assumption: zstd level 1 compresses ≈ 0.5 GB/s per core (zstd README); LZ4 ≈ 0.8 GB/s; 12.5 GB/s per core is past any codec",
  },
  concurrentMigrations: {
    min: 1,
    max: VM_COUNT_MAX,
    integer: true,
    why: "more VMs than Cutover is built for",
    source: "assumption: one million VMs, ten times the 100,000 Cutover is built for (README)",
  },
  vmotionsPerHost: {
    min: 1,
    max: 8,
    integer: true,
    why: "vSphere's limit of vMotions per host",
    source: "vCenter Limits on Simultaneous Migrations: 8 vMotions per host on 10 GbE+ (FACTS.md)",
  },
  hcxAppliances: {
    min: 1,
    max: 100,
    integer: true,
    why: "an assumed bound",
    source: "assumption: a service mesh runs a handful of interconnect appliances; 100 is a typo",
  },
  vmCount: {
    min: 0,
    max: VM_COUNT_MAX,
    integer: true,
    why: "more VMs than Cutover is built for",
    source: "assumption: one million VMs, ten times the 100,000 Cutover is built for (README)",
  },
  vmCountPositive: {
    min: 1,
    max: VM_COUNT_MAX,
    integer: true,
    why: "more VMs than Cutover is built for",
    source: "assumption: one million VMs, ten times the 100,000 Cutover is built for (README)",
  },
  // --- Costs and licences ---
  price: {
    min: 0,
    max: PRICE_MAX,
    maxText: "10^12",
    why: "an assumed bound on one price",
    source:
      "assumption: 10^12 units of any currency per line; even at 40,000 VND to the dollar that is $25 million a month",
  },
  exchangeRate: {
    min: 0,
    exclusiveMin: true,
    max: 1e7,
    maxText: "10^7",
    why: "an assumed bound",
    source:
      "assumption: the widest pair of currencies in use (KWD to IRR on the open market) is about 3 × 10^6",
  },
  pointsPerGb: {
    min: 0,
    max: 1_000,
    why: "an assumed bound",
    source: "assumption: VSPP bundles counted 5–7 points per GB (FACTS.md); 1,000 is a typo",
  },
  gbPerVm: {
    min: 0,
    max: 24 * 1_024,
    why: "24 TiB, the vSphere 8 maximum per VM",
    source: `${VSPHERE8}: 24 TB (TiB) of RAM per VM`,
  },
  coresPerSocketLicence: {
    min: 1,
    max: VSPHERE8_LOGICAL_CPUS_PER_HOST,
    why: "the vSphere 8 maximum of logical CPUs per host",
    source: `${VSPHERE8}: 896 logical CPUs per host (a socket has no more cores than its host)`,
  },
  coresPerOrder: {
    min: 0,
    max: VSPHERE8_HOSTS_PER_VCENTER * VSPHERE8_LOGICAL_CPUS_PER_HOST,
    why: "2,500 hosts of 896 cores, vSphere 8 maxima",
    source: `${VSPHERE8}: 2,500 hosts per vCenter × 896 logical CPUs per host`,
  },
  dualRunningMonths: {
    min: 0,
    max: 12 * HORIZON_YEARS_MAX,
    why: "the 30-year horizon",
    source: "the business case's horizon: at most 30 years (horizonYears)",
  },
  savingsFraction: {
    min: -10,
    max: 1,
    maxText: "100 %",
    why: "a saving cannot exceed the whole bill",
    source:
      "a saving above 100 % would be a profit; assumption: below −1000 % is no promise anyone makes",
  },
  // --- Scenario and runs ---
  horizonYears: {
    min: 1,
    max: HORIZON_YEARS_MAX,
    integer: true,
    why: "an assumed horizon",
    source: "assumption: a business case beyond 30 years outlives any hardware and any contract",
  },
  seed: {
    min: -Number.MAX_SAFE_INTEGER,
    max: Number.MAX_SAFE_INTEGER,
    integer: true,
    why: "a safe integer, as RandomStreams takes",
    source:
      "sim/random/RandomStreams.ts: any integer with |seed| ≤ 2^53 − 1 (keyed as a 64-bit two's-complement integer)",
  },
  replications: {
    min: 1,
    max: 10_000_000,
    integer: true,
    why: "an assumed bound",
    source:
      "assumption: 10^7 replications take days at about 100 per second and estimate a 1 % tail to ±0.01 %",
  },
  workers: {
    min: 1,
    max: 1_024,
    integer: true,
    why: "an assumed bound",
    source: "assumption: more worker threads than any machine has cores; each may hold 512 MiB",
  },
  maxInputBytes: {
    min: 0,
    exclusiveMin: true,
    max: 1_048_576 * 1024 * 1024,
    maxText: "1 TiB",
    why: "more than any machine running Cutover could hold",
    source:
      "assumption: --max-input-mib above 1 TiB could only exhaust memory; scenarios/inventory/InputLimits.ts scales every limit with it",
  },
  relativePrecision: {
    min: 0,
    exclusiveMin: true,
    max: 1,
    why: "a relative half-width",
    source: "a relative half-width of 0 is never reached; above 1 (±100 %) says nothing",
  },
} as const satisfies Record<string, PhysicalRange>;

/** The name of an entry of {@link PHYSICAL_RANGES}. */
export type PhysicalRangeName = keyof typeof PHYSICAL_RANGES;

/**
 * The range in words for a scenario file's message, in the file's units:
 * `"> 0 and ≤ 24 TiB (the vSphere 8 maximum per VM)"`.
 */
export function rangeText(range: PhysicalRange): string {
  const low = `${range.exclusiveMin === true ? ">" : "≥"} ${range.minText ?? plain(range.min)}`;
  return `${low} and ≤ ${range.maxText ?? plain(range.max)} (${range.why})`;
}

/**
 * The range in words for a command-line option measured in `unit` (base units per flag unit):
 * `"a number > 0 and ≤ 24576 (24 TiB, the vSphere 8 maximum per VM)"`.
 */
export function optionRangeText(range: PhysicalRange, unit = 1): string {
  const noun = range.integer === true ? "a whole number" : "a number";
  const low = `${range.exclusiveMin === true ? ">" : "≥"} ${plain(range.min / unit)}`;
  const max = plain(range.max / unit);
  const note =
    range.maxText === undefined || range.maxText === max
      ? range.why
      : `${range.maxText}, ${range.why}`;
  return `${noun} ${low} and ≤ ${max} (${note})`;
}

/** Whether `value` lies in the range (and is whole when the range is of counts). */
export function inRange(value: number, range: PhysicalRange): boolean {
  const aboveMin = range.exclusiveMin === true ? value > range.min : value >= range.min;
  return aboveMin && value <= range.max && (range.integer !== true || Number.isInteger(value));
}

/** A number without float noise (10 / 0.001 → "10000"). */
function plain(value: number): string {
  return String(Number.isInteger(value) ? value : Number(value.toPrecision(12)));
}
