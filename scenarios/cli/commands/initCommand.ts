import { readFileSync, type Stats, statSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { initialScenario } from "../../init/initialScenario.ts";
import { importInventory } from "../../inventory/importInventory.ts";
import { exportSnapshotHour } from "../../inventory/rvtoolsExportFacts.ts";
import { warningCounts, warningCountsLine } from "../../inventory/warningCounts.ts";
import { builtinDirectory } from "../../load/builtinScenarios.ts";
import { scenarioSchema } from "../../schema/scenarioSchema.ts";
import { checkOutputDirectory } from "../checkOutputDirectory.ts";
import { limitsOption } from "../limitsOption.ts";
import { OutputError } from "../OutputError.ts";
import { parseCommandArgs } from "../parseCommandArgs.ts";
import { UsageError } from "../UsageError.ts";
import { INIT_USAGE } from "../usages.ts";
import { writeOutput } from "../writeOutput.ts";

/** Usage line of `cutover init`. */
export { INIT_USAGE };

/** What `--out FILE` must be, for messages. */
const INIT_OUT_EXPECTED = "a new scenario file ending in .json (--out FILE)";

/**
 * `cutover init EXPORT [--out scenario.json] [--force] [--max-input-mib M]`: reads the export
 * (as `cutover import` does: structural problems exit 2, recoverable ones are counted) and writes
 * an editable scenario for it ({@link initialScenario}): `$schema` and the inventory as paths
 * relative to the written file — an editor resolves a relative `$schema` from the file's own
 * folder, and both keep working when the folder and the package move together — an auto-sized
 * target, and the reference's prices and link marked as placeholders. The file is checked
 * against the scenario schema before it is written, and written whole or not at all
 * (`writeOutput`). An existing file is kept unless `--force`.
 *
 * @returns 0
 * @throws UsageError for a bad flag or no EXPORT; InputError for an export that cannot be read;
 *   OutputError when FILE does not end in .json, exists (without --force), is not a regular file,
 *   or its folder cannot be written
 */
export async function initCommand(
  argv: readonly string[],
  out: NodeJS.WritableStream,
): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    { out: "string", force: "boolean", "max-input-mib": "string" },
    INIT_USAGE,
    1,
  );
  const exportPath = positionals[0];
  if (exportPath === undefined) throw new UsageError(`missing EXPORT\nusage: ${INIT_USAGE}`);
  const limits = limitsOption(values);
  const file = typeof values.out === "string" ? values.out : "scenario.json";
  checkOutputFile(file, values.force === true);
  const imported = await importInventory(exportPath, limits);
  const folder = dirname(resolve(file));
  const reference = JSON.parse(readFileSync(join(builtinDirectory(), "reference.json"), "utf8"));
  const scenario = initialScenario(
    reference,
    {
      schema: relativePath(folder, join(builtinDirectory(), "..", "scenario.schema.json")),
      inventory: relativePath(folder, resolve(exportPath)),
    },
    scenarioName(file),
    basename(resolve(exportPath)),
    exportSnapshotHour(imported.source.export),
  );
  const checked = scenarioSchema.safeParse(scenario);
  if (!checked.success) {
    throw new Error(`cutover init wrote an invalid scenario: ${checked.error.issues[0]?.message}`);
  }
  writeOutput(dirname(file), { [basename(file)]: `${JSON.stringify(scenario, null, 2)}\n` });
  const s = imported.summary;
  out.write(
    [
      `wrote ${file}: ${s.vmCount} VMs (${s.poweredOnCount} powered on) on ${s.hostCount} hosts from ${exportPath}`,
      `  ${warningCountsLine(warningCounts(imported.warnings))}`,
      '  target: the reference\'s host model, "count": "auto" (sized for this estate with N+1)',
      '  edit:   values marked "REPLACE" (the reference case\'s guesses) and "CHECK" (public prices)',
      `  then:   cutover run ${file}   or   cutover report ${file}`,
      "",
    ].join("\n"),
  );
  return 0;
}

/** `to` relative to `from`, with forward slashes (the file is read on any system). */
function relativePath(from: string, to: string): string {
  return relative(from, to).split(sep).join("/") || ".";
}

/** The scenario's name: the file's name in lower case letters, digits and dashes. */
function scenarioName(file: string): string {
  const name = basename(file)
    .replace(/\.json$/i, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return name === "" ? "my-estate" : name;
}

/**
 * Refuses, before the export is read, a FILE that does not end in .json (it would then be read
 * as an inventory), an existing one without --force, anything but a regular file even with
 * --force, and a folder that cannot be written (checkOutputDirectory).
 */
function checkOutputFile(file: string, force: boolean): void {
  if (!/\.json$/i.test(basename(file))) {
    throw new OutputError(file, INIT_OUT_EXPECTED, "a name that does not end in .json");
  }
  const stats = statOrNull(file);
  if (stats !== null && !stats.isFile()) {
    throw new OutputError(
      file,
      INIT_OUT_EXPECTED,
      stats.isDirectory() ? "a folder" : "not a regular file",
    );
  }
  if (stats !== null && !force) {
    throw new OutputError(file, INIT_OUT_EXPECTED, "an existing file (--force replaces it)");
  }
  checkOutputDirectory(dirname(file));
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === "ENOENT") return null;
    if (code === "ENOTDIR") throw new OutputError(path, INIT_OUT_EXPECTED, "a path through a file");
    throw new OutputError(path, INIT_OUT_EXPECTED, `an error reading it (${String(code)})`);
  }
}
