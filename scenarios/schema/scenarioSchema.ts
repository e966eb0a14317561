import { z } from "zod";
import { calibrationSchema } from "./calibrationSchema.ts";
import { costSchema } from "./costSchema.ts";
import { inventorySchema } from "./inventorySchema.ts";
import { linkSchema } from "./linkSchema.ts";
import { migrationSchema } from "./migrationSchema.ts";
import { PHYSICAL_RANGES as R } from "./physicalRanges.ts";
import { platformSchema, targetPlatformSchema } from "./platformSchema.ts";
import { profileSchema } from "./profileSchema.ts";
import { numberIn } from "./quantity.ts";
import { growthSchema, targetsSchema } from "./targetsSchema.ts";

/** The version of the scenario file format this build reads. */
export const SCENARIO_SCHEMA_VERSION = 1;

/**
 * A scenario file: the inventory, the source and target platforms, the link, the migration plan,
 * prices and licences, targets and growth, and the seed. Human units in the file; the loaded
 * scenario is in base units with unit-suffixed names. Unknown keys are errors.
 *
 * A file may start from another with `"extends": "reference"` (a built-in name or a path
 * relative to it) and override parts: objects merge key by key, arrays and values replace.
 */
export const scenarioSchema = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(SCENARIO_SCHEMA_VERSION),
  extends: z
    .string()
    .optional()
    .meta({ description: "A built-in scenario name or a path to start from" }),
  name: z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9-]*$/,
      "expected a short name in lower case letters, digits and dashes",
    ),
  title: z.string().min(1),
  description: z.string().default(""),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, "expected a three-letter currency code such as EUR")
    .default("EUR"),
  seed: numberIn(R.seed),
  horizonYears: numberIn(R.horizonYears),
  inventory: inventorySchema,
  placementRules: z
    .array(
      z.strictObject({
        name: z.string().min(1),
        kind: z.enum(["affinity", "antiAffinity"]),
        vms: z.array(z.string().min(1)).min(2, "expected a rule on two VMs or more"),
      }),
    )
    .optional()
    .meta({
      description:
        "DRS VM-VM rules (affinity: on one host; antiAffinity: on different hosts). Left out: each group's web VMs of one profile are kept apart (an assumption)",
    }),
  profiles: z.record(z.string().min(1), profileSchema),
  defaultProfile: z.string().min(1).meta({ description: "Profile of VMs that name none" }),
  source: platformSchema,
  target: targetPlatformSchema,
  link: linkSchema,
  migration: migrationSchema,
  costs: costSchema,
  targets: targetsSchema,
  growth: growthSchema,
  calibration: calibrationSchema.optional().meta({
    description:
      "How an imported export's measurements calibrate the before-state (the snapshot hour)",
  }),
});

/** A scenario file as read (before the inventory is resolved). */
export type ScenarioFile = z.output<typeof scenarioSchema>;
