import { readFileSync } from "node:fs";
import { InputError } from "../../inventory/InputError.ts";
import { mergeMonteCarlo } from "../../montecarlo/mergeMonteCarlo.ts";
import { renderMonteCarlo } from "../../montecarlo/renderMonteCarlo.ts";
import { parseCommandArgs } from "../parseCommandArgs.ts";
import { UsageError } from "../UsageError.ts";

/** Usage line of `cutover merge`. */
export const MERGE_USAGE = "cutover merge SHARD.json... [--json]";

/**
 * `cutover merge SHARD.json... [--json]`: combines the --json outputs of
 * `cutover montecarlo --shard i/n` into the whole study's result, exactly as one run would have
 * given it. Any batch system can run the shards (a job array, a Kubernetes Indexed Job with
 * `--shard $((JOB_COMPLETION_INDEX+1))/N`), then merge their files.
 *
 * @returns 0 when no replication missed a target, 1 otherwise
 */
export async function mergeCommand(
  argv: readonly string[],
  out: NodeJS.WritableStream,
): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    { json: "boolean" },
    MERGE_USAGE,
    Number.POSITIVE_INFINITY,
  );
  if (positionals.length === 0) throw new UsageError(`no shard file given\nusage: ${MERGE_USAGE}`);
  const parts = positionals.map((file) => ({ file, result: readJson(file) }));
  const result = mergeMonteCarlo(parts);
  out.write(
    values.json === true ? `${JSON.stringify(result, null, 2)}\n` : renderMonteCarlo(result),
  );
  return result.targets.every((t) => t.misses === 0) ? 0 : 1;
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new InputError({ file, expected: "a readable file", got: "no such file" });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError({ file, expected: "JSON", got: (error as Error).message.slice(0, 100) });
  }
}
