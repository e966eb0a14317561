import { ROOT } from "./argvWorld.ts";

/**
 * Command lines always run first, before the generated ones: the bugs reported in issue 12 and
 * others the fuzz suite found (see test/fuzz/README.md), so that they stay fixed.
 */
export const argvExamples: string[][] = [
  // issue 12: nulls for a 1e300 GiB VM
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
  ["estimate", "vmotion", "--memory-gib", "1e300", "--dirty-mib-per-s", "1", "--link-gbps", "10"],
  // issue 12: negative seeds
  ["run", "--seed", "-1"],
  ["run", "--seed=-1", "--json"],
  ["montecarlo", "--runs", "2", "--workers", "1", "--seed=-1", "--json"],
  // issue 12: --out naming a file
  ["run", "--out", `${ROOT}/junk.txt`],
  ["run", "--out", "/dev/null"],
  ["report", "--out", `${ROOT}/junk.txt/below`],
  ["compare", "reference", "reference-vvf", "--out", `${ROOT}/junk.txt`],
  ["run", "--out", ""],
  // bare inventories and odd paths
  ["run", "/dev/null"],
  ["import", "/dev/null", "--json"],
  ["import", ROOT, "--json"],
  ["run", `${ROOT}/folder.json`],
  ["merge", `${ROOT}/shard-1.json`, `${ROOT}/shard-2.json`, "--json"],
  ["merge", `${ROOT}/shard-1.json`, `${ROOT}/shard-1.json`],
  // cutover init: a new file, an existing one, replaced with --force, a folder
  ["init", `${ROOT}/fleet`, "--out", `${ROOT}/my.json`],
  ["init", `${ROOT}/fleet`, "--out", `${ROOT}/bad.json`],
  ["init", `${ROOT}/fleet`, "--out", `${ROOT}/bad.json`, "--force"],
  ["init", `${ROOT}/fleet`, "--out", `${ROOT}/folder.json`, "--force"],
];
