import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import fc from "fast-check";

/** The placeholder for the case's temp folder in generated arguments. */
export const ROOT = "@ROOT@";

const repo = resolve(import.meta.dirname, "../..");

/** Built-in scenario names, and near misses. */
const BUILTINS = [
  "reference",
  "reference-1gbe",
  "reference-wan-vpn",
  "reference-serial-vmotion",
  "reference-vvf",
  "reference-hot-database",
];

/**
 * Paths a SCENARIO, PATH or SHARD argument may name, with ROOT for the case's folder (see
 * {@link makeArgvWorld}): built-in names and near misses, files and folders of every kind,
 * /dev/null, relative and absolute paths that do not exist, unicode. Never a FIFO, /dev/zero or
 * /dev/urandom: reading them blocks or never ends, so they run only as child processes.
 */
export const pathArg = fc.oneof(
  fc.constantFrom(...BUILTINS),
  fc.constantFrom(
    "Reference",
    "reference.json",
    "reference ",
    "reference/",
    "../reference",
    "nonexistent",
    "",
    "-",
    ".",
    "..",
    "~",
    "/",
    "/dev/null",
    "/proc/self/status",
    "a\u0000b",
    "ré fé rence",
    "🚀",
    `${ROOT}/missing.json`,
    `${ROOT}/missing.xlsx`,
    `${ROOT}/missing`,
    `${ROOT}/empty`,
    `${ROOT}/empty.json`,
    `${ROOT}/empty.csv`,
    `${ROOT}/empty.xlsx`,
    `${ROOT}/junk.txt`,
    `${ROOT}/junk.xlsx`,
    `${ROOT}/bad.json`,
    `${ROOT}/array.json`,
    `${ROOT}/overlay.json`,
    `${ROOT}/ünï cødé.json`,
    `${ROOT}/scenario-folder`,
    `${ROOT}/fleet`,
    `${ROOT}/fleet/RVTools_tabvInfo.csv`,
    `${ROOT}/shard-1.json`,
    `${ROOT}/shard-2.json`,
    `${ROOT}/folder.json`,
    `${ROOT}/junk.txt/below`,
    ROOT,
    `${repo}/scenarios/builtin`,
    `${repo}/scenarios/inventory/template-example.csv`,
    `${repo}/test/fixtures/inventory/fleet-semicolon`,
    `${repo}/test/fixtures/inventory/bad`,
    `${repo}/test/fixtures/inventory/bad/empty.csv`,
  ),
);

/**
 * --out values: always inside the case's folder or somewhere nothing can be written, never a
 * relative path (a case that succeeds would write into the repository).
 */
export const outArg = fc.constantFrom(
  `${ROOT}/out`,
  `${ROOT}/out/deeper/still`,
  `${ROOT}/ü out`,
  `${ROOT}/junk.txt`,
  `${ROOT}/junk.txt/below`,
  `${ROOT}/empty`,
  `${ROOT}/scenario-folder`,
  ROOT,
  "/dev/null",
  "/dev/null/below",
  "/proc/self/status",
  "",
);

/** Numbers as a user or a script might write them: valid, out of range, malformed. */
export const anyNumber = fc.oneof(
  fc.constantFrom(
    "0",
    "1",
    "2",
    "-1",
    "-0",
    "+1",
    "0.5",
    "1.5",
    "-2.5",
    "1e300",
    "-1e300",
    "1e-300",
    "5e-324",
    "1e308",
    "1e309",
    "NaN",
    "Infinity",
    "-Infinity",
    "0x10",
    "0b11",
    "0o7",
    "1_000",
    "1,5",
    "1 000",
    "",
    " ",
    " 3 ",
    "abc",
    "10 Gbit/s",
    "9007199254740991",
    "9007199254740993",
    "1e21",
    "٣",
    "１",
    "2/4",
    "1/1",
    "0/0",
    "3/2",
    "1/0",
  ),
  fc.double().map(String),
  fc.integer().map(String),
);

/**
 * Counts that cost replications, threads or memory (--runs, --max-runs, --montecarlo,
 * --workers, --max-rounds): small valid values and invalid ones only, so that no in-process
 * case runs thousands of replications or rounds (the large valid ones run as child processes).
 */
export const cheapCount = fc.constantFrom(
  "1",
  "2",
  "3",
  "0x2",
  "2e0",
  "0",
  "-1",
  "-0",
  "1.5",
  "1e300",
  "1e400",
  "NaN",
  "Infinity",
  "",
  "abc",
  "9007199254740993",
  "-9007199254740991",
);

/** Writes the files the path arguments name into the case's folder. */
export function makeArgvWorld(root: string, shards: readonly string[]): void {
  mkdirSync(join(root, "empty"));
  mkdirSync(join(root, "folder.json"));
  writeFileSync(join(root, "empty.json"), "");
  writeFileSync(join(root, "empty.csv"), "");
  writeFileSync(join(root, "empty.xlsx"), "");
  writeFileSync(join(root, "junk.txt"), "not a scenario\u0000\u00ff\n");
  writeFileSync(join(root, "junk.xlsx"), "PK\u0003\u0004 not really a zip");
  writeFileSync(join(root, "bad.json"), '{ "schemaVersion": 1, ');
  writeFileSync(join(root, "array.json"), "[1, 2, 3]");
  const overlay = JSON.stringify({ extends: "reference-1gbe", schemaVersion: 1, name: "fuzz" });
  writeFileSync(join(root, "overlay.json"), overlay);
  writeFileSync(join(root, "ünï cødé.json"), overlay);
  mkdirSync(join(root, "scenario-folder"));
  writeFileSync(
    join(root, "scenario-folder", "scenario.json"),
    JSON.stringify({ extends: "reference-vvf", schemaVersion: 1, name: "folder" }),
  );
  cpSync(join(repo, "test/fixtures/inventory/fleet-comma"), join(root, "fleet"), {
    recursive: true,
  });
  shards.forEach((text, i) => {
    writeFileSync(join(root, `shard-${i + 1}.json`), text);
  });
}

/** Replaces ROOT in each argument by the case's folder. */
export function placeRoot(argv: readonly string[], root: string): string[] {
  return argv.map((a) => a.split(ROOT).join(root));
}
