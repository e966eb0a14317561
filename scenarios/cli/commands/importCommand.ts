import { formatBytes } from "../../format.ts";
import { exportFactsText } from "../../inventory/exportFactsText.ts";
import { importInventory } from "../../inventory/importInventory.ts";
import { FIRST_WARNINGS_LISTED } from "../../inventory/inventoryWarningsSummary.ts";
import { warningCounts, warningCountsLine } from "../../inventory/warningCounts.ts";
import { limitsOption } from "../limitsOption.ts";
import { parseCommandArgs } from "../parseCommandArgs.ts";
import { UsageError } from "../UsageError.ts";
import { IMPORT_USAGE } from "../usages.ts";

/** Usage line of `cutover import`. */
export { IMPORT_USAGE };

/**
 * `cutover import PATH [--json] [--max-input-mib M]`: reads an RVTools export (.xlsx or a
 * folder of RVTools_tab*.csv) or a CSV template and prints a summary, the warnings counted by
 * code and the first 20 of them; `--json` prints `{ inventory, summary, source, warnings }`, every
 * warning as `{ code, file, tab, row, column, message }`. Recoverable problems are warnings
 * (exit 0); structural ones are InputErrors (exit 2). `--max-input-mib M` limits the files read, their
 * rows and inflated workbook parts (see `limitsOption`).
 *
 * @returns 0
 * @throws UsageError for a bad flag or no PATH; InputError for a bad, too large or non-regular
 *   file (naming it)
 */
export async function importCommand(
  argv: readonly string[],
  out: NodeJS.WritableStream,
): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    { json: "boolean", "max-input-mib": "string" },
    IMPORT_USAGE,
    1,
  );
  const path = positionals[0];
  if (path === undefined) throw new UsageError(`missing PATH\nusage: ${IMPORT_USAGE}`);
  const result = await importInventory(path, limitsOption(values));
  if (values.json === true) {
    out.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  }
  const s = result.summary;
  const lines = [
    `${path} (${result.source.kind})`,
    ...(result.source.kind === "csv-template"
      ? []
      : [`  export       ${exportFactsText(result.source.export)}`]),
    `  VMs          ${s.vmCount} (${s.poweredOnCount} powered on, ${s.poweredOffCount} off, ${s.suspendedCount} suspended)`,
    `  skipped      ${s.templateCount} templates, ${s.placeholderCount} SRM placeholders`,
    `  vCPU         ${s.vcpuCount}`,
    `  memory       ${formatBytes(s.memoryBytes)}`,
    `  disk         ${formatBytes(s.diskProvisionedBytes)} provisioned, ${formatBytes(s.diskUsedBytes)} used`,
    `  hosts        ${s.hostCount} (${s.coreCount} cores${s.unlistedHostCount > 0 ? `; ${s.unlistedHostCount} unlisted in vHost, not assessed` : ""})`,
    ...(s.inaccessibleCount > 0
      ? [`  inaccessible ${s.inaccessibleCount} VMs with 0 CPUs or 0 MiB, counted as powered off`]
      : []),
    `  ${warningCountsLine(warningCounts(result.warnings))}`,
    ...result.warnings.slice(0, FIRST_WARNINGS_LISTED).map((w) => `  warning      ${w.message}`),
    ...(result.warnings.length > FIRST_WARNINGS_LISTED
      ? [
          `  warning      … ${result.warnings.length - FIRST_WARNINGS_LISTED} more (--json lists them all)`,
        ]
      : []),
  ];
  out.write(`${lines.join("\n")}\n`);
  return 0;
}
