import type { InProcessCli } from "./cliHarness.ts";

/**
 * The stdout of two real shards of one small study (`cutover montecarlo --runs 4 --shard i/2
 * --workers 1 --json`, i = 1, 2): what `cutover merge` is given, before any damage.
 */
export async function shardOutputs(cli: InProcessCli): Promise<string[]> {
  const outputs: string[] = [];
  for (const shard of ["1/2", "2/2"]) {
    const argv = ["montecarlo", "--runs", "4", "--shard", shard, "--workers", "1", "--json"];
    outputs.push((await cli.run(argv)).stdout);
  }
  return outputs;
}
