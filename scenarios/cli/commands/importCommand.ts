import { formatBytes } from "../../format.ts";
import { importInventory } from "../../inventory/importInventory.ts";
import { parseCommandArgs } from "../parseCommandArgs.ts";
import { UsageError } from "../UsageError.ts";

/** Usage line of `cutover import`. */
export const IMPORT_USAGE = "cutover import PATH [--json]";

/**
 * `cutover import PATH [--json]`: reads an RVTools export (.xlsx or a folder of
 * RVTools_tab*.csv) or a CSV template and prints a summary; `--json` prints
 * `{ summary, inventory, source, warnings }`.
 */
export async function importCommand(
  argv: readonly string[],
  out: NodeJS.WritableStream,
): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { json: "boolean" }, IMPORT_USAGE, 1);
  const path = positionals[0];
  if (path === undefined) throw new UsageError(`missing PATH\nusage: ${IMPORT_USAGE}`);
  const result = await importInventory(path);
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
