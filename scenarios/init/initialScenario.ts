import { DEFAULT_SNAPSHOT_HOUR_OF_WEEK } from "../../models/calibration/DEFAULT_SNAPSHOT_HOUR_OF_WEEK.ts";
import { hourOfWeekLabel } from "../../models/calibration/hourOfWeekLabel.ts";
import { importedScenarioFile } from "../load/importedScenarioFile.ts";
import { CHECK_PREFIX, REPLACE_PREFIX, replacementMarked } from "./replacementMarked.ts";

/** Where `cutover init` points the written file, each path relative to the file's folder. */
export interface InitialScenarioPaths {
  /** The JSON Schema of scenario files (`$schema`, for editor completion). */
  schema: string;
  /** The export (an RVTools .xlsx, a folder of CSV files, or a CSV template). */
  inventory: string;
}

/** The reference's plain values (no room for a note) that are the reference case's too. */
const PLAIN_PLACEHOLDERS = [
  "link.bandwidth",
  "link.rtt",
  "link.l2Extension",
  "link.extensionThroughput",
  "costs.dedicated.datastoreCount",
];

/**
 * The scenario `cutover init` writes for an export: the raw JSON of the bare-inventory scenario
 * ({@link importedScenarioFile}: the reference's settings, its target host model with
 * `"count": "auto"`), pointing at the export by path, with the reference's prices (`costs`) and
 * link marked as placeholders ({@link replacementMarked}) and a description saying which values
 * to replace, that the profiles are the fallback for VMs without measurements, and the assumed
 * hour the export was run (`calibration.snapshotHourOfWeek`, written out so that it can be set),
 * or — when the export's vMetaData dates it — no hour, so that the run takes the export's, and
 * the description says which it is.
 *
 * Written out in full rather than as `"extends": "reference"`: the values to replace must be in
 * the file anyway (marked), which is most of what an overlay would save; every value the run uses
 * is then in front of the reader, with the schema completing it; and the file does not change
 * meaning when a later release retunes the reference case. Only the reference's inline inventory
 * (its synthetic VMs) is left out, replaced by the export's path.
 *
 * @param reference the reference scenario's raw JSON (scenarios/builtin/reference.json)
 * @param paths `$schema` and the export, relative to the written file's folder
 * @param name the scenario's name (lower case letters, digits and dashes)
 * @param exportShown the export's name (for the title and description)
 * @param exportHour the hour of the week the export says it was written (exportSnapshotHour), or null
 * @returns raw scenario JSON, keys in the order a reader edits them
 */
export function initialScenario(
  reference: Record<string, unknown> & { target: { hosts: "inventory" | readonly object[] } },
  paths: InitialScenarioPaths,
  name: string,
  exportShown: string,
  exportHour: { hourOfWeek: number; writtenAt: string } | null = null,
): Record<string, unknown> {
  const imported = importedScenarioFile(reference, exportShown);
  const source = imported.source as Record<string, unknown>;
  return {
    $schema: paths.schema,
    schemaVersion: imported.schemaVersion,
    name,
    title: `Your estate (${exportShown}) moved live to a shared VCF platform`,
    description: [
      `Written by cutover init for ${exportShown}: the estate is the export's; everything else starts from the public reference case (DESIGN.md) and is a placeholder.`,
      `Values whose assumption starts "${REPLACE_PREFIX.trim()}" are the reference case's guesses: replace them with yours; those whose source starts "${CHECK_PREFIX.trim()}" are public list prices and licence rules: check them against your contract.`,
      `The plain values ${PLAIN_PLACEHOLDERS.join(", ")} are the reference case's too.`,
      'The target is the reference\'s host model with "count": "auto" (the fewest hosts that hold the estate at its peak with N+1); set a number to fix it.',
      "The profiles are the fallback for VMs the export has no measurements for: the run takes a VM's CPU and memory demand from the export's vCPU and vMemory figures where it has them.",
      exportHour === null
        ? `calibration.snapshotHourOfWeek is the hour the export was run, in hours since Monday 00:00 (${DEFAULT_SNAPSHOT_HOUR_OF_WEEK} = Tuesday 10:00, an assumption): set the real one.`
        : `The run takes the hour the export was run from its vMetaData date (${exportHour.writtenAt}, ${hourOfWeekLabel(exportHour.hourOfWeek)}); set calibration.snapshotHourOfWeek (hours since Monday 00:00) to override it.`,
    ].join(" "),
    inventory: paths.inventory,
    calibration: exportHour === null ? { snapshotHourOfWeek: DEFAULT_SNAPSHOT_HOUR_OF_WEEK } : {},
    currency: imported.currency,
    seed: imported.seed,
    horizonYears: imported.horizonYears,
    source: { ...source, name: "Your dedicated platform (the export's hosts)" },
    target: imported.target,
    link: replacementMarked(imported.link),
    costs: replacementMarked(imported.costs),
    migration: imported.migration,
    targets: imported.targets,
    growth: imported.growth,
    defaultProfile: imported.defaultProfile,
    profiles: imported.profiles,
  };
}
