import fc from "fast-check";
import { anyNumber, cheapCount, outArg, pathArg, ROOT } from "./argvWorld.ts";

/** `cutover init --out FILE`: new files, existing ones, folders, paths through a file, non-.json. */
const initOutArg: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    `${ROOT}/init.json`,
    `${ROOT}/new/deeper/my.json`,
    `${ROOT}/ü out/My Estate.JSON`,
    `${ROOT}/bad.json`,
    `${ROOT}/folder.json`,
    `${ROOT}/junk.txt/below.json`,
    `${ROOT}/.json`,
  ),
  outArg,
);

type Value = fc.Arbitrary<string>;

/** A command's flags: name → the values it is given (null: a boolean flag). */
type Flags = Record<string, Value | null>;

const shardValue = fc.oneof(
  fc.constantFrom(
    "1/1",
    "1/2",
    "2/2",
    "0/2",
    "3/2",
    "1/0",
    "2",
    "1/2/3",
    "a/b",
    "-1/2",
    "1/-2",
    " 1/2",
    "1.5/2",
    "01/02",
    "1/9007199254740993",
  ),
  anyNumber,
);

const COMMAND_FLAGS: Record<string, Flags> = {
  run: { json: null, out: outArg, seed: anyNumber },
  compare: { json: null, out: outArg, seed: anyNumber },
  montecarlo: {
    runs: cheapCount,
    workers: cheapCount,
    shard: shardValue,
    seed: anyNumber,
    json: null,
    precision: fc.oneof(anyNumber, fc.constantFrom("0.5", "0.9", "0.01")),
    "max-runs": cheapCount,
  },
  merge: { json: null },
  forecast: { json: null, years: anyNumber },
  estimate: {
    "memory-gib": anyNumber,
    "dirty-mib-per-s": anyNumber,
    "link-gbps": anyNumber,
    "rtt-ms": anyNumber,
    efficiency: anyNumber,
    "stun-budget-s": anyNumber,
    "resume-ms": anyNumber,
    "max-rounds": cheapCount,
    "no-throttle": null,
    json: null,
  },
  import: { json: null },
  init: { out: initOutArg, force: null },
  report: { out: outArg, seed: anyNumber, montecarlo: cheapCount, workers: cheapCount },
  schema: { overlay: null },
};

/** Flags no command knows (or not yet: --max-input-mib), and odd spellings of known ones. */
const strangeFlag: fc.Arbitrary<string[]> = fc.oneof(
  fc.constantFrom<string[]>(
    ["--jsn"],
    ["--JSON"],
    ["-j"],
    ["-h"],
    ["--help"],
    ["--version"],
    ["--"],
    ["-"],
    ["---json"],
    ["--json=true"],
    ["--json=", ""],
    ["--no-json"],
    ["--out-dir", `${ROOT}/o`],
    ["--séed", "1"],
    ["--max-input-mib", "1"],
    ["--max-input-mib", "0"],
    ["--max-input-mib", "-1"],
    ["--max-input-mib", "1e300"],
    ["--max-input-mib=NaN"],
    ["--max-input-mib"],
    ["-runs", "2"],
    ["--runs", "--json"],
    ["--\u0000"],
  ),
  fc.string({ maxLength: 6 }).map((s) => [`--${s}`]),
);

const positionalFor: Record<string, fc.Arbitrary<string>> = {
  merge: fc.oneof(fc.constantFrom(`${ROOT}/shard-1.json`, `${ROOT}/shard-2.json`), pathArg),
  estimate: fc.oneof(fc.constantFrom("vmotion", "VMOTION", "cold", "rav", ""), pathArg),
};

/** One flag of a command in any form: `--f v`, `--f=v`, `--f` with no value, repeated. */
function flagGroup(flags: Flags): fc.Arbitrary<string[]> {
  const known = Object.entries(flags).map(([name, value]) =>
    value === null
      ? fc.oneof(
          { weight: 4, arbitrary: fc.constant<string[]>([`--${name}`]) },
          {
            weight: 1,
            arbitrary: fc.constantFrom<string[]>(
              [`--${name}=true`],
              [`--${name}`, "true"],
              [`--${name}=`],
            ),
          },
        )
      : fc.oneof(
          { weight: 6, arbitrary: value.map((v) => [`--${name}`, v]) },
          { weight: 2, arbitrary: value.map((v) => [`--${name}=${v}`]) },
          { weight: 1, arbitrary: fc.constant<string[]>([`--${name}`]) },
        ),
  );
  return known.length === 0 ? strangeFlag : fc.oneof(...known);
}

/** The arguments of one command: flags, positionals and strange flags in any order. */
function commandArgs(command: string): fc.Arbitrary<string[]> {
  const flags = COMMAND_FLAGS[command] ?? {};
  const group = fc.oneof(
    { weight: 5, arbitrary: flagGroup(flags) },
    { weight: 3, arbitrary: (positionalFor[command] ?? pathArg).map((p) => [p]) },
    { weight: 1, arbitrary: strangeFlag },
  );
  return fc.array(group, { maxLength: 6 }).map((groups) => {
    // A valueless --out takes the next argument as its folder: only last, so that no relative
    // path (a built-in name) becomes a folder written into the repository.
    const safe = groups.map((g, i) =>
      g.length === 1 && g[0] === "--out" && i < groups.length - 1 ? ["--out", `${ROOT}/out`] : g,
    );
    const args = safe.flat();
    // report writes to ./report and init to ./scenario.json unless told: the case's folder,
    // which a later --out overrides.
    if (command === "report") return ["--out", `${ROOT}/report`, ...args];
    return command === "init" ? ["--out", `${ROOT}/scenario.json`, ...args] : args;
  });
}

const unknownCommand = fc
  .oneof(
    fc.constantFrom(
      "",
      " run",
      "run ",
      "RUN",
      "runs",
      "Run",
      "-",
      "--",
      "--json",
      "-v",
      "version",
      "über",
      "🚀",
      "run\n",
      "\u0000",
    ),
    fc.string({ maxLength: 8 }),
  )
  .filter((c) => !(c in COMMAND_FLAGS) && !["help", "--help", "-h"].includes(c));

/** A whole command line: every command, help, and unknown commands. */
export const commandLine: fc.Arbitrary<string[]> = fc.oneof(
  ...Object.keys(COMMAND_FLAGS).map((command) =>
    commandArgs(command).map((args) => [command, ...args]),
  ),
  fc.constantFrom<string[]>(
    ["help"],
    ["--help"],
    ["-h"],
    [],
    ["help", "run"],
    ["--help", "--json"],
  ),
  fc.tuple(unknownCommand, fc.array(pathArg, { maxLength: 2 })).map(([c, rest]) => [c, ...rest]),
);
