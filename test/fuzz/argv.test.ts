import fc from "fast-check";
import { afterAll, beforeAll, describe, it } from "vitest";
import { commandLine } from "./argvArbitrary.ts";
import { argvExamples } from "./argvExamples.ts";
import { makeArgvWorld, placeRoot } from "./argvWorld.ts";
import { InProcessCli } from "./cliHarness.ts";
import { printFuzzReport } from "./contract.ts";
import { expectCaseByContract } from "./contractCase.ts";
import { fuzzRuns, propertyTimeoutMs } from "./fuzzConfig.ts";
import { shardOutputs } from "./shardOutputs.ts";

// Property: whatever arguments a user types — known and unknown flags, missing values,
// --flag=value, odd numbers, paths of every kind, repeated flags, unicode — cutover keeps the
// exit-code contract (contract.ts): 0/1 with sensible output, or 2 with one `cutover: …` line and
// nothing written; no exception escapes main(); no case runs past the time limit.

const cli = new InProcessCli();
const shards: string[] = [];

beforeAll(async () => {
  // two real shard outputs for `cutover merge`, made once
  shards.push(...(await shardOutputs(cli)));
}, 60_000);

afterAll(async () => {
  printFuzzReport("command-line arguments");
  await cli.close();
});

function check(argv: readonly string[]): Promise<void> {
  return expectCaseByContract(cli, (root) => {
    makeArgvWorld(root, shards);
    return { argv: placeRoot(argv, root) };
  });
}

const RUNS = 1500;

describe("fuzz: command-line arguments", () => {
  it(
    "every command line keeps the exit-code contract",
    async () => {
      await fc.assert(fc.asyncProperty(commandLine, check), {
        numRuns: fuzzRuns(RUNS),
        examples: argvExamples.map((argv): [string[]] => [argv]),
      });
    },
    propertyTimeoutMs(RUNS, 40),
  );
});
