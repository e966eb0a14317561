import { GB, GBIT_PER_SECOND, MIB, MILLISECOND } from "../units.ts";
import type { PrecopyTransport } from "./PrecopyTransport.ts";
import { SDPS_DIRTY_FRACTION } from "./sdpsDirtyFraction.ts";

/** A figure of a migration stack with where it comes from ("assumption: …" when judged). */
export interface StackFigure {
  value: number;
  source: string;
}

/**
 * What a hypervisor's live migration pays besides the memory (see PrecopyTransport), by
 * stack: its fixed set-up, its handshakes' round trips, what one stream carries, how many
 * streams it opens per migration NIC, its window, how fast it skips untouched pages, and the
 * resume at the destination. Base units. The scenario (`migration.stack`) and
 * `cutover estimate --stack` pick one; every figure can be overridden by an input.
 */
export interface MigrationStack {
  /** Name in scenarios and on the command line, e.g. "vsphere-7u2". */
  name: string;
  /** What it is, for people. */
  label: string;
  setupSeconds: StackFigure;
  handshakeRoundTrips: StackFigure;
  switchoverRoundTrips: StackFigure;
  /** What one stream's sender pushes, bytes per second. */
  streamBytesPerSecond: StackFigure;
  /**
   * Line rate one stream is opened for, bytes per second: streams per NIC = ⌈NIC ÷ this⌉
   * (Infinity: one stream per NIC).
   */
  nicBytesPerStream: StackFigure;
  windowBytes: StackFigure;
  scanBytesPerSecond: StackFigure;
  resumeSeconds: StackFigure;
  /** Switchover when the remainder can be sent within this (the hypervisor's downtime goal). */
  stunBudgetSeconds: StackFigure;
  /** Pre-copy rounds after which stop-and-copy is forced. */
  maxRounds: StackFigure;
  /** Fraction of the rate a non-converging guest is throttled to (0: never throttled). */
  throttleDirtyFraction: StackFigure;
  /** When the switchover is decided (see PrecopyTransport.switchoverCheck). */
  switchoverCheck: { value: "round" | "continuous"; source: string };
}

const ONE_STREAM = {
  value: Number.POSITIVE_INFINITY,
  source:
    "one stream per vMotion vmknic before vSphere 7 U2 (Broadcom KB 323379: vMotion in vSphere 6 creates one TCP connection and one worker thread per vmknic)",
};
const VSPHERE_STREAM = {
  value: 18 * GBIT_PER_SECOND,
  source:
    "Broadcom KB 323379: one vMotion vmknic on 40 GbE peaks at 18 Gbit/s, the worker thread CPU-saturated (FACTS.md)",
};
const VSPHERE_SETUP = {
  value: 2,
  source:
    "assumption: vMotion's preparation before the first page (compatibility checks, the destination VM created, the page trace installed, the channel opened) takes about 2 s; VMware publishes no breakdown",
};
const VSPHERE_HANDSHAKE = {
  value: 4,
  source:
    "assumption: 4 round trips before the first page (connection, the destination VM's creation and its acknowledgements); Long Distance vMotion (vSphere 6) supports 150 ms RTT",
};
const VSPHERE_SWITCHOVER = {
  value: 2,
  source:
    "assumption: 2 round trips inside the stun (the last pages and device state, then the destination's go-ahead)",
};
const VSPHERE_WINDOW = {
  value: 64 * MIB,
  source:
    "assumption: vMotion's socket buffers are sized for Long Distance vMotion (150 ms RTT, vSphere 6+, FACTS.md): 64 MiB carries 3.6 Gbit/s per stream at 150 ms",
};
const VSPHERE_SCAN = {
  value: 8 * GB,
  source:
    "assumption: pages never touched are not backed by host memory and zero pages are detected by scanning at memory speed, ≈ 8 GB/s per migration (one core's memcmp rate)",
};
const VSPHERE_STUN_BUDGET = {
  value: 1,
  source: "FACTS.md: vSphere 7 aims at a switchover under 1 s",
};
const VSPHERE_ROUNDS = {
  value: 30,
  source:
    "assumption: vMotion publishes no round cap; Stun During Page Send makes it converge first (the reference scenario's 30, as Xen)",
};
const VSPHERE_SDPS = {
  value: SDPS_DIRTY_FRACTION,
  source:
    "FACTS.md: Stun During Page Send (vSphere 5+) slows a non-converging guest; assumption: to half the rate (SDPS_DIRTY_FRACTION)",
};
const VSPHERE_SWITCHOVER_CHECK = {
  value: "round",
  source:
    "assumption: vMotion decides the switchover between pre-copy iterations, when the remaining pages fit the switchover goal (VMware's vMotion architecture papers describe iterations; no finer rule is published)",
} as const;
const VSPHERE_RESUME = {
  value: 50 * MILLISECOND,
  source:
    "FACTS.md: Clark et al. (NSDI 2005) report downtimes as low as 60 ms, KVM 29 ms for an idle guest; the reference scenario's 50 ms",
};

/**
 * What every vSphere release shares (one stream per vmknic before 7.0 U2, at the KB 323379
 * rate); a release's entry overrides the figures it changes.
 */
const VSPHERE: Omit<MigrationStack, "name" | "label"> = {
  setupSeconds: VSPHERE_SETUP,
  handshakeRoundTrips: VSPHERE_HANDSHAKE,
  switchoverRoundTrips: VSPHERE_SWITCHOVER,
  streamBytesPerSecond: VSPHERE_STREAM,
  nicBytesPerStream: ONE_STREAM,
  windowBytes: VSPHERE_WINDOW,
  scanBytesPerSecond: VSPHERE_SCAN,
  resumeSeconds: VSPHERE_RESUME,
  stunBudgetSeconds: VSPHERE_STUN_BUDGET,
  maxRounds: VSPHERE_ROUNDS,
  throttleDirtyFraction: VSPHERE_SDPS,
  switchoverCheck: VSPHERE_SWITCHOVER_CHECK,
};

/** The stacks by name. */
export const MIGRATION_STACKS: Readonly<Record<string, MigrationStack>> = {
  "vsphere-5": { ...VSPHERE, name: "vsphere-5", label: "vSphere 5.x vMotion" },
  "vsphere-6": { ...VSPHERE, name: "vsphere-6", label: "vSphere 6.x vMotion" },
  "vsphere-7": { ...VSPHERE, name: "vsphere-7", label: "vSphere 7.0 (before U2) vMotion" },
  "vsphere-7u2": {
    ...VSPHERE,
    name: "vsphere-7u2",
    label: "vSphere 7.0 U2 and later (8.x) vMotion",
    streamBytesPerSecond: {
      value: 15 * GBIT_PER_SECOND,
      source:
        "Hagoort, Auto-Tuning vMotion Streams (VMware, 2021): one stream helper saturates about 15 GbE (FACTS.md: about 15 Gbit/s per stream)",
    },
    nicBytesPerStream: {
      value: 15 * GBIT_PER_SECOND,
      source:
        "Hagoort (VMware, 2021): from 7.0 U2 vMotion spins up streams according to the vmknic's bandwidth; assumption: one per 15 Gbit/s, ⌈NIC ÷ 15 Gbit/s⌉",
    },
  },
  kvm: {
    name: "kvm",
    label: "KVM/QEMU pre-copy over TCP (used to validate the model)",
    setupSeconds: {
      value: 0.2,
      source:
        "assumption: QEMU starts sending as soon as the destination listens; libvirt's preparation of the destination takes a fraction of a second",
    },
    handshakeRoundTrips: {
      value: 2,
      source: "assumption: TCP connect and QEMU's migration header",
    },
    switchoverRoundTrips: {
      value: 1,
      source: "assumption: the device state sent, its acknowledgement",
    },
    streamBytesPerSecond: {
      value: 10 * GBIT_PER_SECOND,
      source:
        "QEMU wiki, Features/Migration-Multiple-fds (Quintela): with a single migration stream, the receiving CPU is the bottleneck on 10 Gigabit and faster; oVirt, Parallel migration connections: 8–16 multifd connections saturate 100 Gbit/s (≈ 6–12 Gbit/s each)",
    },
    nicBytesPerStream: {
      value: Number.POSITIVE_INFINITY,
      source: "QEMU docs: one migration stream unless multifd is enabled",
    },
    windowBytes: {
      value: 6 * MIB,
      source:
        "Linux ip-sysctl documentation: tcp_rmem's maximum defaults to 6 MiB (autotuned receive window)",
    },
    scanBytesPerSecond: {
      value: 4 * GB,
      source:
        "assumption: QEMU's migration thread checks every 4 KiB page for zeros (buffer_is_zero) at ≈ 4 GB/s, one core's rate with the dirty-bitmap walk",
    },
    resumeSeconds: {
      value: 20 * MILLISECOND,
      source:
        "assumption: the destination loads the device state and starts the vCPUs in ≈ 20 ms (the idle guests' measured downtimes are 24–40 ms in all)",
    },
    stunBudgetSeconds: {
      value: 0.3,
      source: "FACTS.md: QEMU's default downtime limit is 300 ms",
    },
    maxRounds: {
      value: 1_000,
      source:
        "QEMU has no round cap: it iterates until the remainder fits (1,000: the range's top)",
    },
    throttleDirtyFraction: {
      value: 0,
      source: "QEMU's auto-converge is off by default (FACTS.md: QEMU throttles only when enabled)",
    },
    switchoverCheck: {
      value: "continuous",
      source:
        "QEMU migration/migration.c: the migration thread compares the pending bytes (the dirty bitmap, re-synced whenever the pass's remainder falls below the threshold) with bandwidth × downtime limit on every iteration",
    },
  },
  "hyper-v": {
    name: "hyper-v",
    label: "Hyper-V (Windows Server 2012) live migration over TCP (used to validate the model)",
    setupSeconds: {
      value: 3,
      source:
        "assumption: Hyper-V creates and configures the destination VM before the memory moves, a few seconds (Finn's 0.5 GiB VM took 5 s on 10 GbE with the link far from full)",
    },
    handshakeRoundTrips: { value: 2, source: "assumption: TCP connect and the session's set-up" },
    switchoverRoundTrips: {
      value: 1,
      source: "assumption: the device state sent, its acknowledgement",
    },
    streamBytesPerSecond: {
      value: ((338_530_495 * 8) / 1e9) * GBIT_PER_SECOND,
      source:
        "Aidan Finn (2012): one Windows Server 2012 live migration peaked at 338,530,495 bytes/s on 10 GbE (one TCP connection, no SMB Direct)",
    },
    nicBytesPerStream: {
      value: Number.POSITIVE_INFINITY,
      source: "one TCP connection per live migration (the TCP/IP transport option)",
    },
    windowBytes: {
      value: 16 * MIB,
      source: "assumption: Windows' receive-window autotuning on a LAN (up to 16 MiB)",
    },
    scanBytesPerSecond: {
      value: Number.POSITIVE_INFINITY,
      source: "assumption: every page is sent (no zero-page skipping is described), so no scan",
    },
    resumeSeconds: {
      value: 50 * MILLISECOND,
      source: "assumption: as vSphere's (FACTS.md)",
    },
    stunBudgetSeconds: {
      value: 0.5,
      source: "assumption: as the reference scenario's stun budget",
    },
    maxRounds: {
      value: 10,
      source: "assumption: Hyper-V stops pre-copy after about ten passes",
    },
    throttleDirtyFraction: { value: 0, source: "assumption: Hyper-V does not throttle the guest" },
    switchoverCheck: {
      value: "round",
      source: "assumption: Hyper-V decides between passes, as the iterative pre-copy it documents",
    },
  },
};

/** The stacks a scenario may name: VMware's (kvm and hyper-v only validate the model). */
export const VSPHERE_STACKS = Object.keys(MIGRATION_STACKS).filter((name) =>
  name.startsWith("vsphere-"),
) as [string, ...string[]];

/** The stack a scenario takes when it names none. */
export const DEFAULT_MIGRATION_STACK = "vsphere-7u2";

/**
 * The migration stack of a name.
 * @throws RangeError naming the known stacks when the name is unknown
 */
export function migrationStack(name: string): MigrationStack {
  const stack = Object.hasOwn(MIGRATION_STACKS, name) ? MIGRATION_STACKS[name] : undefined;
  if (stack === undefined) {
    throw new RangeError(
      `unknown migration stack "${name}": expected one of ${Object.keys(MIGRATION_STACKS).join(", ")}`,
    );
  }
  return stack;
}

/** What a migration's transport depends on besides its stack. */
export interface TransportSetting {
  /** Line rate of each migration NIC, bytes per second. */
  nicBytesPerSecond: number;
  /** Migration NICs (vmknics) used; ≥ 1. */
  nics: number;
  /** Round trip between the hosts, seconds. */
  rttSeconds: number;
  /** Overrides of the stack's figures; omitted: the stack's. */
  setupSeconds?: number;
  streams?: number;
  streamBytesPerSecond?: number;
  windowBytes?: number;
  /** Compression ratio (≥ 1); omitted: 1. */
  compressionRatio?: number;
  /** Memory one core compresses per second; omitted: no CPU limit. */
  compressBytesPerSecondPerCore?: number;
}

/**
 * The transport of a migration on a stack: the stack's figures, overridden where the setting
 * gives one; streams = NICs × ⌈NIC ÷ the line rate per stream⌉ unless given.
 * @example transportOf(migrationStack("vsphere-7u2"), { nicBytesPerSecond: 25 * GBIT_PER_SECOND, nics: 1, rttSeconds: 0.004 }).streams // 2
 */
export function transportOf(stack: MigrationStack, setting: TransportSetting): PrecopyTransport {
  const perNic = Number.isFinite(stack.nicBytesPerStream.value)
    ? Math.max(1, Math.ceil(setting.nicBytesPerSecond / stack.nicBytesPerStream.value - 1e-9))
    : 1;
  return {
    setupSeconds: setting.setupSeconds ?? stack.setupSeconds.value,
    handshakeRoundTrips: stack.handshakeRoundTrips.value,
    switchoverRoundTrips: stack.switchoverRoundTrips.value,
    rttSeconds: setting.rttSeconds,
    streams: setting.streams ?? setting.nics * perNic,
    streamBytesPerSecond: setting.streamBytesPerSecond ?? stack.streamBytesPerSecond.value,
    windowBytes: setting.windowBytes ?? stack.windowBytes.value,
    compressionRatio: setting.compressionRatio ?? 1,
    compressBytesPerSecondPerCore:
      setting.compressBytesPerSecondPerCore ?? Number.POSITIVE_INFINITY,
    scanBytesPerSecond: stack.scanBytesPerSecond.value,
    switchoverCheck: stack.switchoverCheck.value,
  };
}
