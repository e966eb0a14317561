import type { InputLimits } from "../../inventory/InputLimits.ts";
import { readInputFile } from "../../inventory/readInputFile.ts";
import { parseJsonText } from "../../load/parseJsonText.ts";
import { mergeMonteCarlo } from "../../montecarlo/mergeMonteCarlo.ts";
import { renderMonteCarlo } from "../../montecarlo/renderMonteCarlo.ts";
import { limitsOption } from "../limitsOption.ts";
import { parseCommandArgs } from "../parseCommandArgs.ts";
import { UsageError } from "../UsageError.ts";
import { MERGE_USAGE } from "../usages.ts";
import { studyExitCode } from "./montecarloCommand.ts";

/** What a SHARD.json must be, for messages. */
const SHARD_EXPECTED = "the --json output of cutover montecarlo --shard i/n";

/** Usage line of `cutover merge`. */
export { MERGE_USAGE };

/**
 * `cutover merge SHARD.json... [--json] [--max-input-mib M]`: combines the --json outputs of
 * `cutover montecarlo --shard i/n` into the whole study's result, exactly as one run would have
 * given it. Any batch system can run the shards (a job array, a Kubernetes Indexed Job with
 * `--shard $((JOB_COMPLETION_INDEX+1))/N`), then merge their files. Each must be a regular file
 * of at most M MiB (`--max-input-mib`, see `limitsOption`), checked before it is read.
 *
 * @returns 0 when no replication missed a target, 1 when one did, 3 when none did but a target
 *   is not assessed
 */
export async function mergeCommand(
  argv: readonly string[],
  out: NodeJS.WritableStream,
): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    { json: "boolean", "max-input-mib": "string" },
    MERGE_USAGE,
    Number.POSITIVE_INFINITY,
  );
  if (positionals.length === 0) throw new UsageError(`no shard file given\nusage: ${MERGE_USAGE}`);
  const limits = limitsOption(values);
  const parts = positionals.map((file) => ({ file, result: readJson(file, limits) }));
  const result = mergeMonteCarlo(parts);
  out.write(
    values.json === true ? `${JSON.stringify(result, null, 2)}\n` : renderMonteCarlo(result),
  );
  return studyExitCode(result);
}

function readJson(file: string, limits: InputLimits): unknown {
  const text = readInputFile(file, limits, SHARD_EXPECTED).toString("utf8");
  return parseJsonText(text, file, SHARD_EXPECTED);
}
