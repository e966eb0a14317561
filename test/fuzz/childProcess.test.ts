import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeCaseDir, removeCaseDir, snapshot } from "./caseDir.ts";
import { runChild } from "./cliHarness.ts";
import { contractViolations } from "./contract.ts";
import { CASE_TIME_LIMIT_MS } from "./fuzzConfig.ts";
import { xlsxBomb } from "./xlsxBomb.ts";

// The hang class of bugs, and crashes that would take the test process down with them (a V8
// fatal error is process-wide): each case runs the real built CLI as a child process, killed
// when it runs past the time limit, and must end with the contract's exit code and no stack
// trace on stderr. Not generated: a bounded few, each slow or dangerous in-process.

let root = "";

beforeAll(() => {
  root = makeCaseDir();
  execFileSync("mkfifo", [join(root, "fifo.csv")]);
  execFileSync("mkfifo", [join(root, "fifo.json")]);
  execFileSync("mkfifo", [join(root, "fifo.xlsx")]);
  writeFileSync(join(root, "junk.txt"), "a regular file\n");
  writeFileSync(join(root, "bomb.xlsx"), xlsxBomb(600, false));
  writeFileSync(join(root, "bomb-lying.xlsx"), xlsxBomb(600, true));
}, 60_000);

afterAll(() => removeCaseDir(root));

/** Command lines, with ROOT for the case folder. */
const CASES: string[][] = [
  // issue 12: reading a device that never ends
  ["run", "/dev/urandom"],
  ["import", "/dev/urandom", "--json"],
  ["run", "/dev/zero"],
  // a FIFO nobody writes to: opening it blocks
  ["run", "ROOT/fifo.json"],
  ["import", "ROOT/fifo.csv"],
  ["run", "ROOT/fifo.xlsx"],
  // issue 12: --out naming a file
  ["run", "--out", "ROOT/junk.txt"],
  ["report", "reference-vvf", "--out", "ROOT/junk.txt/below"],
  // issue 12: an .xlsx whose sheet inflates to 600 MiB (ratio ~1,000), declared and lying
  ["import", "ROOT/bomb.xlsx", "--json"],
  ["run", "ROOT/bomb-lying.xlsx"],
  // a non-converging vMotion with an unbounded round cap (V8 fatal error: an array of rounds)
  [
    "estimate",
    "vmotion",
    "--memory-gib",
    "1",
    "--dirty-mib-per-s",
    "100000",
    "--link-gbps",
    "1",
    "--no-throttle",
    "--max-rounds",
    "9007199254740991",
  ],
  // issue 12: nulls for a 1e300 GiB VM; a negative seed
  [
    "estimate",
    "vmotion",
    "--memory-gib",
    "1e300",
    "--dirty-mib-per-s",
    "1",
    "--link-gbps",
    "10",
    "--json",
  ],
  ["run", "--seed", "-1"],
  // a large valid replication count cut short by an invalid flag, and a valid one with a bad shard
  ["montecarlo", "--runs", "9007199254740991", "--workers", "0"],
  ["montecarlo", "--runs", "9007199254740991", "--shard", "0/0"],
];

describe("fuzz: the built CLI as a child process (hangs and crashes)", () => {
  for (const argv of CASES) {
    it(
      `cutover ${argv.join(" ")} ends within ${CASE_TIME_LIMIT_MS / 1000} s by the contract, no stack trace`,
      async () => {
        const placed = argv.map((a) => a.replace("ROOT", root));
        const before = snapshot(root);
        const outcome = await runChild(placed);
        expect(outcome.stderr).not.toMatch(/^\s+at /m);
        expect(
          contractViolations({ argv: placed, root, before }, outcome, helpOf(outcome)),
        ).toEqual([]);
      },
      CASE_TIME_LIMIT_MS + 20_000,
    );
  }
});

/** The help text is only on stderr for an unknown command; the cases here name known ones. */
function helpOf(_outcome: unknown): string {
  return "";
}
