import { z } from "zod";
import { optionalQuantity, quantity, quantityOr } from "./quantity.ts";
import { sourcedQuantity } from "./sourced.ts";
import { unitObject } from "./unitObject.ts";

/** Timed tasks of the four phases (DESIGN.md), each a sourced duration. */
export const phaseTasksSchema = unitObject({
  linkSetup: sourcedQuantity("seconds", { min: 0 }),
  preflight: sourcedQuantity("seconds", { min: 0 }),
  contextCreation: sourcedQuantity("seconds", { min: 0 }),
  validationPerVm: sourcedQuantity("seconds", { min: 0 }),
});

/** A period in which switchovers may happen, counted from the start of the migration. */
export const maintenanceWindowSchema = unitObject({
  start: quantity("seconds", { min: 0 }).meta({
    description: "Offset from the start of the migration",
  }),
  length: quantity("seconds", { min: 0, exclusiveMin: true }),
});

/** How VMs are grouped into waves. */
export const wavesSchema = z.strictObject({
  groupBy: z.enum(["group", "none"]).default("group"),
  order: z.array(z.string()).default([]).meta({ description: "Groups to move first, in order" }),
  maxVmsPerWave: z.number().int().min(1).optional(),
});

/** Migration plan settings. */
export const migrationSchema = unitObject({
  mode: z.enum(["vmotion", "rav", "bulk", "cold"]).meta({
    description: "serial vMotion, replication-assisted vMotion, bulk (reboot), cold",
  }),
  stunBudget: quantityOr("seconds", "1 s", { min: 0, exclusiveMin: true }).meta({
    description: "Switchover when the remainder can be sent within this time",
  }),
  resumeTime: sourcedQuantity("seconds", { min: 0 }),
  maxRounds: z.number().int().min(1).default(30),
  maxConcurrent: z
    .number()
    .int()
    .min(1)
    .meta({ description: "Migrations in flight at once, in all" }),
  perHostConcurrency: z.union([z.literal("auto"), z.number().int().min(1)]).default("auto"),
  perMigrationCap: optionalQuantity("bytesPerSecond", { min: 0, exclusiveMin: true }),
  minBandwidthPerMigration: quantityOr("bytesPerSecond", "250 Mbit/s", { min: 0 }),
  sharedDatastore: z
    .boolean()
    .default(false)
    .meta({ description: "Datastore mounted at both sites" }),
  preseed: z
    .boolean()
    .default(true)
    .meta({ description: "Pre-seed volumes over the link before switchover" }),
  window: quantity("seconds", { min: 0, exclusiveMin: true }).meta({
    description: "Length of the migration window",
  }),
  maintenanceWindows: z
    .array(maintenanceWindowSchema)
    .default([])
    .meta({ description: "When switchovers may happen (none listed: at any time in the window)" }),
  waves: wavesSchema.prefault({}),
  tasks: phaseTasksSchema,
});
