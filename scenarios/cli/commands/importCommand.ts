import { formatBytes } from "../../format.ts";
import { importInventory } from "../../inventory/importInventory.ts";
import { limitsOption } from "../limitsOption.ts";
import { parseCommandArgs } from "../parseCommandArgs.ts";
import { UsageError } from "../UsageError.ts";

/** Usage line of `cutover import`. */
export const IMPORT_USAGE = "cutover import PATH [--json] [--max-input-mib M]";

/**
 * `cutover import PATH [--json] [--max-input-mib M]`: reads an RVTools export (.xlsx or a
 * folder of RVTools_tab*.csv) or a CSV template and prints a summary; `--json` prints
 * `{ summary, inventory, source, warnings }`. `--max-input-mib M` limits the files read, their
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
    `  VMs          ${s.vmCount} (${s.poweredOnCount} powered on, ${s.poweredOffCount} off, ${s.suspendedCount} suspended)`,
    `  skipped      ${s.templateCount} templates, ${s.placeholderCount} SRM placeholders`,
    `  vCPU         ${s.vcpuCount}`,
    `  memory       ${formatBytes(s.memoryBytes)}`,
    `  disk         ${formatBytes(s.diskProvisionedBytes)} provisioned, ${formatBytes(s.diskUsedBytes)} used`,
    `  hosts        ${s.hostCount} (${s.coreCount} cores)`,
    ...result.warnings.map((w) => `  warning      ${w}`),
  ];
  out.write(`${lines.join("\n")}\n`);
  return 0;
}
