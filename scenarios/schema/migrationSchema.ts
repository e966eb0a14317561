import { z } from "zod";
import {
  DEFAULT_MIGRATION_STACK,
  VSPHERE_STACKS,
} from "../../models/migration/MIGRATION_STACKS.ts";
import { REBOOT_SECONDS } from "../../models/migration/rebootSeconds.ts";
import { SDPS_DIRTY_FRACTION } from "../../models/migration/sdpsDirtyFraction.ts";
import { PHYSICAL_RANGES as R } from "./physicalRanges.ts";
import { numberIn, optionalQuantity, quantity, quantityOr } from "./quantity.ts";
import {
  optionalSourcedQuantity,
  sourcedNumber,
  sourcedQuantity,
  sourcedQuantityOr,
} from "./sourced.ts";
import { unitObject } from "./unitObject.ts";

/** Timed tasks of the four phases (DESIGN.md), each a sourced duration. */
export const phaseTasksSchema = unitObject({
  linkSetup: sourcedQuantity("seconds", R.migrationSeconds),
  preflight: sourcedQuantity("seconds", R.migrationSeconds),
  contextCreation: sourcedQuantity("seconds", R.migrationSeconds),
  validationPerVm: sourcedQuantity("seconds", R.migrationSeconds),
});

/** A period in which switchovers may happen, counted from the start of the migration. */
export const maintenanceWindowSchema = unitObject({
  start: quantity("seconds", R.migrationSeconds).meta({
    description: "Offset from the start of the migration",
  }),
  length: quantity("seconds", R.migrationSecondsPositive),
});

/** How VMs are grouped into waves. */
export const wavesSchema = z.strictObject({
  groupBy: z.enum(["group", "none"]).default("group"),
  order: z.array(z.string()).default([]).meta({ description: "Groups to move first, in order" }),
  maxVmsPerWave: numberIn(R.vmCountPositive).optional(),
});

/** A remedy of a preflight blocker (see models/orchestration/BLOCKER_REMEDIES.ts). */
const remedySchema = z.enum(["remediate", "cold", "exclude"]);

/**
 * The scenario's choices over the blocker remedies table: a remedy per blocker code, and the
 * remediation tasks' durations beyond the VM's power cycle. Omitted: the table's defaults,
 * listed among the assumptions only when a VM takes them.
 */
export const remediesSchema = unitObject({
  evc: remedySchema.optional().meta({
    description: "CPU newer than the target's EVC baseline (default: remediate, per-VM EVC)",
  }),
  "evc.vendor": remedySchema.optional().meta({
    description: "CPU of another vendor than the target's EVC baseline (default: cold)",
  }),
  "hardware-version": remedySchema.optional().meta({
    description: "Hardware version below the target's minimum (default: remediate, upgrade)",
  }),
  "per-vm-limit.vcpu": remedySchema.optional().meta({
    description: "More vCPU than the target's per-VM limit (default: exclude)",
  }),
  "per-vm-limit.memory": remedySchema.optional().meta({
    description: "More memory than the target's per-VM limit (default: exclude)",
  }),
  "per-vm-limit.disk": remedySchema.optional().meta({
    description: "More disk than the target's per-VM limit (default: exclude)",
  }),
  evcChange: optionalSourcedQuantity("seconds", R.migrationSeconds).meta({
    description: "Per-VM EVC change beyond its power cycle (default 0: the power cycle alone)",
  }),
  hardwareVersionUpgrade: optionalSourcedQuantity("seconds", R.migrationSeconds).meta({
    description: "Hardware-version upgrade beyond its power cycle (default 10 min)",
  }),
});

/** Migration plan settings. */
export const migrationSchema = unitObject({
  mode: z.enum(["vmotion", "rav", "bulk", "cold"]).meta({
    description: "serial vMotion, replication-assisted vMotion, bulk (reboot), cold",
  }),
  stunBudget: quantityOr("seconds", "1 s", R.stunBudgetSeconds).meta({
    description: "Switchover when the remainder can be sent within this time",
  }),
  resumeTime: sourcedQuantity("seconds", R.switchoverSeconds),
  stack: z.enum(VSPHERE_STACKS).default(DEFAULT_MIGRATION_STACK).meta({
    description:
      "The vMotion the hosts run (models/migration/MIGRATION_STACKS.ts): its set-up, round trips, streams per vmknic, stream rate, window and page scan. Default: vsphere-7u2 (7.0 U2 and 8.x)",
  }),
  setupTime: optionalSourcedQuantity("seconds", R.migrationSetupSeconds).meta({
    description:
      "Fixed cost of a live migration before its first page (checks, destination VM, page trace, channel); default: the stack's",
  }),
  streams: numberIn(R.migrationStreams).optional().meta({
    description:
      "Streams carrying one migration's memory; default: the stack's rule (one per vmknic before 7.0 U2; one per 15 Gbit/s of vmknic from 7.0 U2)",
  }),
  streamRate: optionalSourcedQuantity("bytesPerSecond", R.lineRate).meta({
    description: "What one stream's sender pushes; default: the stack's (15–18 Gbit/s)",
  }),
  streamWindow: optionalSourcedQuantity("bytes", R.tcpWindowBytes).meta({
    description:
      "One stream's window: a stream carries at most window ÷ the link's RTT; default: the stack's",
  }),
  compression: unitObject({
    ratio: sourcedNumber(R.compressionRatio).meta({
      description: "Memory bytes per byte on the wire (≥ 1)",
    }),
    coreRate: sourcedQuantity("bytesPerSecond", R.compressRate).meta({
      description: "Memory one core compresses per second (one core per stream)",
    }),
  })
    .optional()
    .meta({
      description:
        "Compression of live-migration memory (HCX WAN optimisation, a zstd-class codec); omitted: none",
    }),
  maxRounds: numberIn(R.precopyRounds).default(30),
  throttleDirtyRate: sourcedQuantityOr(
    "fraction",
    {
      value: SDPS_DIRTY_FRACTION,
      assumption:
        "Stun During Page Send slows a non-converging guest's dirtying to this fraction of the transfer rate; VMware publishes no figure",
    },
    R.fractionPositive,
  ).meta({
    description: "Throttling of a guest that does not converge, as a fraction of the transfer rate",
  }),
  rebootTime: sourcedQuantityOr(
    "seconds",
    {
      value: REBOOT_SECONDS,
      assumption: "boot time of a Debian guest and its services after a bulk or cold switchover",
    },
    R.switchoverSeconds,
  ).meta({ description: "Downtime of a switchover that is a reboot (bulk, cold)" }),
  maxConcurrent: numberIn(R.concurrentMigrations).meta({
    description: "Migrations in flight at once, in all",
  }),
  perHostConcurrency: z.union([z.literal("auto"), numberIn(R.vmotionsPerHost)]).default("auto"),
  perMigrationCap: optionalQuantity("bytesPerSecond", R.lineRate),
  minBandwidthPerMigration: quantityOr("bytesPerSecond", "250 Mbit/s", R.lineRateFloor),
  sharedDatastore: z
    .boolean()
    .default(false)
    .meta({ description: "Datastore mounted at both sites" }),
  preseed: z
    .boolean()
    .default(true)
    .meta({ description: "Pre-seed volumes over the link before switchover" }),
  window: quantity("seconds", R.migrationSecondsPositive).meta({
    description: "Length of the migration window",
  }),
  maintenanceWindows: z
    .array(maintenanceWindowSchema)
    .default([])
    .meta({ description: "When switchovers may happen (none listed: at any time in the window)" }),
  waves: wavesSchema.prefault({}),
  hcxAppliances: numberIn(R.hcxAppliances).default(1).meta({
    description:
      "HCX interconnect appliances carrying replication (rav, bulk), 1.6 Gbit/s each; assumed 1 (one service mesh)",
  }),
  freeze: z.array(z.string()).default([]).meta({
    description:
      "VM or group names frozen during the move (not migrated); VMs with snapshots or connected media are frozen too",
  }),
  tasks: phaseTasksSchema,
  remedies: remediesSchema.optional().meta({
    description:
      "What VMs with preflight blockers take: a remediation task before their wave (a reboot), a cold migration (a reboot), or exclusion",
  }),
});
