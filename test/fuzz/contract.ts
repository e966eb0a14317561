import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { METRIC_TARGETS } from "../../scenarios/montecarlo/replicationMetrics.ts";
import { nonFiniteNumbers } from "../../scenarios/result/nonFiniteNumbers.ts";
import { NULLABLE_RESULT_FIELDS } from "../../scenarios/result/SimulationResult.ts";
import { snapshot } from "./caseDir.ts";
import type { Outcome } from "./cliHarness.ts";
import { CASE_TIME_LIMIT_MS } from "./fuzzConfig.ts";

/**
 * Commands that exit 1 when a target fails, or 3 when none fails but one is not assessed (the
 * others exit 0 or 2).
 */
const TARGET_COMMANDS = new Set(["run", "compare", "report", "montecarlo", "merge"]);

const KNOWN_COMMANDS = new Set([
  ...TARGET_COMMANDS,
  "forecast",
  "estimate",
  "import",
  "init",
  "schema",
  "help",
  "--help",
  "-h",
]);

/** Commands that take `--json` and then print one JSON document and nothing else. */
const JSON_COMMANDS = new Set([
  "run",
  "compare",
  "montecarlo",
  "merge",
  "forecast",
  "estimate",
  "import",
]);

/**
 * Keys whose value may be null by the result types (`number | null`, `string | null`, …):
 * provenance (source or assumption), months that may never come (payback, a host added, a
 * resource exhausted), inventory cells RVTools may leave empty, comparison cells a scenario has
 * no figure for. A null anywhere else is a number that was NaN or ±Infinity before
 * JSON.stringify wrote it.
 */
const NULLABLE_KEYS = new Set([
  "source",
  "assumption",
  "synthetic",
  "currency",
  "vsAfterLicenceChange",
  "vsBeforeLicenceChange",
  "firstHostAddedMonth",
  "paybackMonth",
  "hostCostIncreaseFraction",
  "sensitivity",
  "vm",
  "host",
  "targetHost",
  "hostGeneration",
  "cluster",
  "datastore",
  "group",
  "profile",
  "hardwareVersion",
  "activeMemoryBytes",
  "snapshotCount",
  "connectedMedia",
  "ipAddress",
  // what an RVTools export measured or reported, null when it did not (issue 13)
  "vcenter",
  "cpuReadinessFraction",
  "minRequiredEvc",
  "cpuUsedHz",
  "memoryConsumedBytes",
  "cpuUsageFraction",
  "memoryUsageFraction",
  // what an export says of its vCenters (vSource), null for one it does not list there
  "product",
  "version",
  "build",
  // an import warning about a file or tab as a whole has no row or column; outside a tab, no tab
  "tab",
  "row",
  "column",
  "esxVersion",
  "freeBytes",
  "vlanId",
  "values",
  "pass",
  // a comparison row: per scenario, why its value is not assessed, or null when it is
  "notAssessed",
]);

/** Keys of a not-assessed entry (a target, a miss probability) that are null beside `notAssessed`. */
const NOT_ASSESSED_KEYS = new Set(["value", "pass", "probability", "lower", "upper"]);

/** Objects whose every value may be null (months by resource). */
const NULLABLE_PARENTS = new Set(["exhaustedMonth", "timeRemainingMonths"]);

/** Words that mean a number or an object was printed wrongly. */
const BAD_TEXT = /\b(NaN|Infinity|undefined)\b|\[object Object\]/;

/** One case: the command line and what the contract needs to know about it. */
export interface CliCase {
  argv: readonly string[];
  /** The case's temp folder: on exit 2 nothing in it may change. */
  root?: string;
  /** Its snapshot before the case ran. */
  before?: string[];
  /** Text the case's inputs contain: words of BAD_TEXT found there may be echoed back. */
  inputText?: string;
}

/** The --out folder the command line names (the last one, as node's parseArgs takes it). */
export function outOption(argv: readonly string[]): string | undefined {
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") break;
    if (arg === "--out" && i + 1 < argv.length) out = argv[++i];
    else if (arg.startsWith("--out=")) out = arg.slice("--out=".length);
  }
  return out;
}

function hasFlag(argv: readonly string[], flag: string): boolean {
  const end = argv.indexOf("--");
  return (end === -1 ? argv : argv.slice(0, end)).includes(flag);
}

/** Paths of the nulls in a JSON document that are not in a nullable field. */
export function unexpectedNulls(value: unknown): string[] {
  const found: string[] = [];
  const notAssessed = notAssessedTargetIds(value);
  // null beside a reason (a not-assessed target or miss probability), or a Monte Carlo figure
  // whose target the study did not assess
  const explained = (key: string, owner: unknown) =>
    (NOT_ASSESSED_KEYS.has(key) &&
      typeof (owner as { notAssessed?: unknown } | null)?.notAssessed === "string") ||
    notAssessed.has(METRIC_TARGETS[key] ?? "");
  // iterative: an output may echo a deeply nested input
  const stack: [unknown, string, string, string, unknown][] = [[value, "$", "", "", null]];
  while (stack.length > 0) {
    const [v, path, key, parent, owner] = stack.pop()!;
    if (v === null) {
      if (!NULLABLE_KEYS.has(key) && !NULLABLE_PARENTS.has(parent) && !explained(key, owner))
        found.push(path);
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--)
        stack.push([v[i], `${path}[${i}]`, key, parent, owner]);
    } else if (typeof v === "object") {
      const entries = Object.entries(v as object);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [k, item] = entries[i]!;
        stack.push([item, `${path}.${k}`, k, key, v]);
      }
    } else if (typeof v === "number" && !Number.isFinite(v)) {
      found.push(`${path} (${v})`);
    }
  }
  return found;
}

/** Ids of the entries of a document's `targets` list that carry a `notAssessed` reason. */
function notAssessedTargetIds(value: unknown): Set<string> {
  const targets = (value as { targets?: unknown } | null)?.targets;
  if (!Array.isArray(targets)) return new Set();
  return new Set(
    targets.flatMap((t: { id?: unknown; notAssessed?: unknown } | null) =>
      typeof t?.id === "string" && typeof t.notAssessed === "string" ? [t.id] : [],
    ),
  );
}

/**
 * What a SimulationResult's targets say the exit code must be: 1 when one fails, 3 when none
 * fails but one is not assessed (pass null, with a `notAssessed` reason), 0 when all pass.
 */
function expectedRunCode(result: unknown): number | string {
  const targets = (result as { targets?: unknown } | null)?.targets;
  if (!Array.isArray(targets)) return "no targets list";
  const bad = targets.find((t: { pass?: unknown; value?: unknown; notAssessed?: unknown }) =>
    t.pass === null
      ? t.value !== null || typeof t.notAssessed !== "string" || t.notAssessed === ""
      : typeof t.pass !== "boolean" || "notAssessed" in t,
  );
  if (bad !== undefined)
    return `target neither assessed nor not assessed with a reason: ${JSON.stringify(bad).slice(0, 200)}`;
  const verdicts = targets.map((t: { pass: boolean | null }) => t.pass);
  if (verdicts.includes(false)) return 1;
  return verdicts.includes(null) ? 3 : 0;
}

/** stderr of an exit 2 without the usage line or help text that may follow the message. */
function messageOf(stderr: string, help: string): string {
  let message = stderr;
  if (help !== "" && message.endsWith(`${help}\n`)) message = message.slice(0, -help.length - 1);
  return message.replace(/(\n+usage: [^\n]*)+\n?$/, "\n").replace(/\n+$/, "\n");
}

/**
 * What the exit-code contract says of one case; returns the violations (empty when it holds).
 * 0 every target passes, 1 a target failed (run, compare, report, montecarlo, merge), 2 bad
 * input or usage: exactly one `cutover: …` line on stderr (a usage line or the help may follow),
 * no stack trace, nothing written. No exception escapes main(); no case runs past the time
 * limit; stdout is sensible (JSON that parses with no NaN/Infinity/null where a number is
 * expected, or text without NaN, Infinity, undefined or [object Object]).
 */
export function contractViolations(c: CliCase, o: Outcome, help: string): string[] {
  const v: string[] = [];
  const command = c.argv[0] ?? "";
  if (o.timedOut) return [`did not finish within ${CASE_TIME_LIMIT_MS} ms (hang)`];
  if (o.crashed !== null) return [`crashed: ${o.crashed}`];
  if (o.error !== null) return [`exception escaped main() (a stack trace): ${o.error.stack}`];
  if (o.ms > CASE_TIME_LIMIT_MS) v.push(`took ${Math.round(o.ms)} ms`);
  if (o.polluted.length > 0) v.push(`polluted prototypes: ${o.polluted.join(", ")}`);
  if (/^\s+at /m.test(o.stderr) || /^\s+at /m.test(o.stdout)) v.push("stack trace printed");
  if (o.code === 2) {
    if (c.argv.length === 0) {
      if (o.stderr !== help) v.push("no command: expected the help on stderr");
      return v;
    }
    const message = messageOf(o.stderr, help);
    if (!/^cutover: [^\n]+\n$/.test(message)) {
      v.push(
        `exit 2 without exactly one "cutover: …" line: ${JSON.stringify(o.stderr.slice(0, 500))}`,
      );
    }
    if (message.length > 4096) {
      v.push(
        `exit 2 message of ${message.length} characters: ${JSON.stringify(message.slice(0, 300))}…`,
      );
    }
    if (c.root !== undefined && c.before !== undefined) {
      const after = snapshot(c.root);
      const changed = diff(c.before, after);
      if (changed.length > 0) v.push(`exit 2 but wrote: ${changed.join("; ")}`);
    }
    return v;
  }
  if ((o.code === 1 || o.code === 3) && !TARGET_COMMANDS.has(command))
    v.push(`exit ${o.code} from "${command}"`);
  if (o.code !== 0 && o.code !== 1 && o.code !== 3) {
    v.push(`exit code ${o.code}; stderr ${JSON.stringify(o.stderr.slice(0, 300))}`);
    return v;
  }
  if (o.stderr !== "")
    v.push(`exit ${o.code} with stderr ${JSON.stringify(o.stderr.slice(0, 300))}`);
  if (o.stdout === "" || !o.stdout.endsWith("\n")) v.push("empty or unterminated stdout");
  if (JSON_COMMANDS.has(command) && hasFlag(c.argv, "--json")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(o.stdout);
    } catch (error) {
      v.push(`--json output does not parse: ${(error as Error).message}`);
      return v;
    }
    // `run --json` is a SimulationResult: held to its documented list of nullable fields.
    const nulls =
      command === "run"
        ? nonFiniteNumbers(parsed, NULLABLE_RESULT_FIELDS)
        : unexpectedNulls(parsed);
    if (nulls.length > 0)
      v.push(`--json output has null/non-finite numbers at ${nulls.slice(0, 10).join(", ")}`);
    // not assessed is never a pass: the exit code follows the targets' three states
    if (command === "run") {
      const expected = expectedRunCode(parsed);
      if (expected !== o.code) v.push(`exit ${o.code}, but the targets say ${expected}`);
    }
  } else {
    if (o.code === 3 && !o.stdout.includes("not assessed"))
      v.push('exit 3 but stdout never says "not assessed"');
    const bad = BAD_TEXT.exec(o.stdout);
    if (
      bad !== null &&
      !(c.inputText ?? "").includes(bad[0]) &&
      !c.argv.join(" ").includes(bad[0])
    ) {
      const at = bad.index;
      v.push(
        `stdout shows "${bad[0]}": ${JSON.stringify(o.stdout.slice(Math.max(0, at - 80), at + 40))}`,
      );
    }
  }
  const out = outOption(c.argv);
  const writesOut =
    command === "report" || ((command === "run" || command === "compare") && out !== undefined);
  if (writesOut) {
    const dir = out ?? "report";
    for (const name of command === "compare" ? ["index.html"] : ["index.html", "result.json"]) {
      if (!existsSync(join(dir, name)))
        v.push(`exit ${o.code} but ${join(dir, name)} was not written`);
    }
    if (existsSync(dir) && statSync(dir).isDirectory()) {
      const stray = readdirSync(dir).filter((f) => f.endsWith(".tmp"));
      if (stray.length > 0) v.push(`temporary files left in ${dir}: ${stray.join(", ")}`);
    }
  }
  if (command === "init") {
    const file = out ?? "scenario.json";
    if (!existsSync(file)) v.push(`exit ${o.code} but ${file} was not written`);
    const stray = readdirSync(dirname(file)).filter((f) => f.endsWith(".tmp"));
    if (stray.length > 0) v.push(`temporary files left beside ${file}: ${stray.join(", ")}`);
  }
  return v;
}

function diff(before: readonly string[], after: readonly string[]): string[] {
  const was = new Set(before);
  const is = new Set(after);
  return [
    ...after.filter((e) => !was.has(e)).map((e) => `+ ${e}`),
    ...before.filter((e) => !is.has(e)).map((e) => `- ${e}`),
  ];
}

/**
 * Violations by kind, collected instead of thrown when FUZZ_REPORT=1: a survey of every bug a
 * run meets rather than the first one, shrunk (see {@link printFuzzReport}).
 */
const collected = new Map<string, { count: number; first: string }>();

/** Throws, naming the command line and every violation, when the contract does not hold. */
export function expectContract(c: CliCase, o: Outcome, help: string): void {
  const violations = contractViolations(c, o, help);
  if (violations.length === 0) return;
  const message = `cutover ${c.argv.map((a) => JSON.stringify(a)).join(" ")} → exit ${o.code} in ${Math.round(o.ms)} ms:\n  ${violations.join("\n  ")}`;
  if (process.env.FUZZ_REPORT !== "1") throw new Error(message);
  for (const violation of violations) {
    const command =
      c.argv[0] !== undefined && KNOWN_COMMANDS.has(c.argv[0]) ? c.argv[0] : "(unknown)";
    const kind = `${command}: ${violation
      .split("\n")[0]!
      .replace(/\d+(\.\d+)? ?ms/g, "N ms")
      .replace(/cutover-fuzz-\w+/g, "ROOT")
      .slice(0, 160)}`;
    const entry = collected.get(kind);
    if (entry === undefined) collected.set(kind, { count: 1, first: message.slice(0, 1500) });
    else entry.count++;
  }
}

/** Prints what FUZZ_REPORT=1 collected (one entry per kind of violation, with its first case). */
export function printFuzzReport(title: string): void {
  if (process.env.FUZZ_REPORT !== "1") return;
  const lines = [...collected.entries()].map(
    ([kind, { count, first }]) => `- ${count}× ${kind}\n    ${first.replace(/\n/g, "\n    ")}`,
  );
  console.log(`fuzz report: ${title}: ${collected.size} kinds of violation\n${lines.join("\n")}`);
  collected.clear();
}
