import { writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, it } from "vitest";
import { InProcessCli } from "./cliHarness.ts";
import { printFuzzReport } from "./contract.ts";
import { expectCaseByContract } from "./contractCase.ts";
import { fuzzRuns, propertyTimeoutMs } from "./fuzzConfig.ts";
import {
  applyMutations,
  type Json,
  jsonText,
  mutateText,
  mutations,
  textMutation,
} from "./jsonMutation.ts";
import { shardOutputs } from "./shardOutputs.ts";

// Property: shard outputs of `cutover montecarlo --shard i/n --json` damaged in any way (a
// field deleted or of the wrong type, runs out of range, replications repeated or missing,
// broken text) are merged or refused by the contract (contract.ts) by `cutover merge`.

const cli = new InProcessCli();
const shards: Json[] = [];

beforeAll(async () => {
  for (const stdout of await shardOutputs(cli)) shards.push(JSON.parse(stdout) as Json);
}, 60_000);

afterAll(async () => {
  printFuzzReport("merge shards");
  await cli.close();
});

const RUNS = 120;

describe("fuzz: cutover merge", () => {
  it(
    "every damaged pair of shards is merged or refused by the exit-code contract",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          mutations,
          fc.boolean(),
          textMutation,
          fc.boolean(),
          (m, second, text, json) =>
            expectCaseByContract(cli, (root) => {
              const files = shards.map((shard, i) => {
                const file = join(root, `shard-${i + 1}.json`);
                const mutated = (i === 1) === second ? applyMutations(shard, m) : shard;
                writeFileSync(
                  file,
                  (i === 1) === second ? mutateText(jsonText(mutated), text) : jsonText(mutated),
                );
                return file;
              });
              const argv = ["merge", ...files, ...(json ? ["--json"] : [])];
              return { argv, inputText: JSON.stringify(m) };
            }),
        ),
        { numRuns: fuzzRuns(RUNS) },
      );
    },
    propertyTimeoutMs(RUNS, 30),
  );
});
