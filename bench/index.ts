import { writeFileSync } from "node:fs";
import { benchOptions } from "./benchOptions.ts";
import { collectGarbage } from "./bestOfInterleaved.ts";
import { bareHeapHold } from "./hold/bareHeapHold.ts";
import { compareHoldVariants, type HoldRow } from "./hold/compareHoldVariants.ts";
import { engineHold } from "./hold/engineHold.ts";
import { eventQueueHold } from "./hold/eventQueueHold.ts";
import { holdIncrements } from "./hold/holdIncrements.ts";
import { compareMmcEngines, type MmcContender, type MmcRow } from "./mmc/compareMmcEngines.ts";
import { loadSimjs } from "./mmc/loadSimjs.ts";
import { MMC_MODELS } from "./mmc/MmcModel.ts";
import { oursEngine, oursEventsEngine } from "./mmc/oursEngine.ts";
import { simjsEngine } from "./mmc/simjsEngine.ts";
import { findSimpy } from "./mmc/simpyEngine.ts";
import { formatCount, formatPercent, formatRatio } from "./report/formatNumber.ts";
import { formatTable } from "./report/formatTable.ts";
import { machineInfo } from "./report/machineInfo.ts";

/*
 * `npm run bench`: our engine against SimPy 3 and simjs on M/M/1 and M/M/4 (ρ = 0.9), each run
 * checked against Erlang C, then the hold model of the event queue against a bare heap.
 * Results go to stdout as tables (progress to stderr); `--json <file>` saves them too.
 * Exits nonzero when a run disagrees with theory or variants of the hold model disagree.
 * Targets (reported, not asserted), like with like: our processes ≥ 25× SimPy's processes and
 * our callbacks ≥ 3× simjs's callbacks on M/M/1; the event queue's hold model within 3× of the
 * bare heap.
 */

const SEED = 20_240_601;
const TARGETS = { oursOverSimpy: 25, oursOverSimjs: 3, ceilingOverEngine: 3 };

const options = (() => {
  try {
    return benchOptions(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  }
})();
const scale = options.quick ? 0.1 : 1;
const repetitions = options.quick ? 1 : 3;
const jsCustomers = 1_000_000 * scale;
const simpyCustomers = 300_000 * scale;
const log = (line = ""): void => console.log(line);
const progress = (line: string): void => void process.stderr.write(`… ${line}\n`);
const failures: string[] = [];

const machine = machineInfo();
const contenders: MmcContender[] = [
  { engine: oursEngine, customers: jsCustomers },
  { engine: oursEventsEngine, customers: jsCustomers },
];
const skipped: { engine: string; reason: string }[] = [];
const versions: Record<string, string> = {};

try {
  const simjs = loadSimjs();
  versions.simjs = simjs.version;
  contenders.push({ engine: simjsEngine(simjs), customers: jsCustomers });
} catch (error) {
  skipped.push({ engine: "simjs", reason: String(error) });
}
const simpy = findSimpy(log);
if (simpy.available) {
  versions.simpy = simpy.simpyVersion;
  versions.python = simpy.pythonVersion;
  contenders.push({ engine: simpy.engine, customers: simpyCustomers });
} else {
  skipped.push({ engine: "SimPy", reason: simpy.reason });
}

log(
  `Cutover engine benchmark${options.quick ? " (--quick: a smoke test, not a measurement)" : ""}`,
);
log(`machine: ${machine.cpuModel}, ${machine.logicalCores} logical cores, ${machine.os}`);
log(
  `runtimes: node ${machine.node} (V8 ${machine.v8})` +
    (versions.python === undefined
      ? ""
      : `, python ${versions.python} (${process.env.BENCH_PYTHON ?? "/usr/bin/python3"})`) +
    (versions.simpy === undefined ? "" : `, SimPy ${versions.simpy}`) +
    (versions.simjs === undefined ? "" : `, simjs ${versions.simjs}`),
);
if (!collectGarbage()) {
  log("note: run node with --expose-gc so that the heap is collected between timed runs");
}
for (const { engine, reason } of skipped) log(`*** ${engine} SKIPPED: ${reason}`);
log();

const mmcRows = compareMmcEngines(
  MMC_MODELS,
  contenders,
  { repetitions, warmUpCustomers: jsCustomers / 10, seed: SEED },
  progress,
);
for (const row of mmcRows) {
  if (!row.check.pass) failures.push(`${row.engine} ${row.model}: ${row.check.problem}`);
}
const rateOf = (engine: string, model: string) =>
  mmcRows.find((row) => row.engine === engine && row.model === model)?.customersPerSecond ??
  Number.NaN;
const oursRate = (model: string) => rateOf(oursEngine.name, model);

log(
  `M/M/c, ρ = 0.9; SimPy and "cutover (processes)" run a process per customer, simjs and` +
    ` "cutover (callbacks)" chain callbacks; wall time = fastest of ${repetitions}` +
    " (JS engines after a warm-up run); random variates: xoshiro128** streams for both JS engines," +
    " Mersenne Twister (random.expovariate) for SimPy",
);
log(
  formatTable(
    [
      { header: "engine" },
      { header: "model" },
      { header: "customers", numeric: true },
      { header: "mean wait s", numeric: true },
      { header: "theory s", numeric: true },
      { header: "error", numeric: true },
      { header: "tolerance", numeric: true },
      { header: "check" },
      { header: "wall s", numeric: true },
      { header: "customers/s", numeric: true },
      { header: "processes ÷ this", numeric: true },
    ],
    mmcRows.map((row) => [
      row.engine,
      row.model,
      formatCount(row.customers),
      row.meanWaitSeconds.toFixed(3),
      row.check.theoryWaitSeconds.toFixed(3),
      formatPercent(row.check.relativeError),
      `±${(row.check.tolerance * 100).toFixed(1)} %`,
      row.check.pass ? "ok" : "FAIL",
      row.wallSeconds.toFixed(3),
      formatCount(row.customersPerSecond),
      formatRatio(oursRate(row.model) / row.customersPerSecond),
    ]),
  ),
);
log(
  `(tolerance = 4 standard errors of the mean wait for that many customers; see bench/mmc/waitCheck.ts)`,
);
logSamePath(mmcRows);
log();

const increments = holdIncrements(1 << 20, SEED);
const holdRows = compareHoldVariants(
  [bareHeapHold, eventQueueHold, engineHold],
  increments,
  { pendingSizes: [1_000, 10_000, 100_000], holds: 4_000_000 * scale, repetitions },
  progress,
);
checkHoldClocks(holdRows);
const ceilingRate = (pending: number) =>
  holdRows.find((row) => row.pending === pending && row.variant === bareHeapHold.name)
    ?.holdsPerSecond ?? Number.NaN;
log(
  `Hold model: N pending events, each hold removes the earliest and inserts one at now + Exp(1);` +
    ` increments pre-drawn; fastest of ${repetitions}`,
);
log(
  formatTable(
    [
      { header: "N", numeric: true },
      { header: "variant" },
      { header: "holds", numeric: true },
      { header: "wall s", numeric: true },
      { header: "holds/s", numeric: true },
      { header: "ceiling ÷ this", numeric: true },
    ],
    holdRows.map((row) => [
      formatCount(row.pending),
      row.variant,
      formatCount(row.holds),
      row.wallSeconds.toFixed(3),
      formatCount(row.holdsPerSecond),
      formatRatio(ceilingRate(row.pending) / row.holdsPerSecond),
    ]),
  ),
);
log();

const targets = targetLines();
log("Targets (reported, not asserted):");
for (const target of targets) {
  const mark = Number.isNaN(target.target) ? "info  " : target.met ? "met   " : "MISSED";
  log(`  ${mark}  ${target.text}`);
}
log();

if (options.jsonPath !== null) {
  const json = {
    machine: { ...machine, ...versions },
    settings: { quick: options.quick, repetitions, seed: SEED, jsCustomers, simpyCustomers },
    skipped,
    mmc: mmcRows,
    hold: holdRows,
    targets,
    failures,
  };
  writeFileSync(options.jsonPath, `${JSON.stringify(json, null, 2)}\n`);
  log(`results written to ${options.jsonPath}`);
}
if (failures.length > 0) {
  log("*** FAIL ***");
  for (const failure of failures) log(`*** FAIL: ${failure}`);
  process.exitCode = 1;
} else {
  log("all runs agree with theory");
}

/** Notes whether our engine and simjs, fed the same streams, followed the same sample path. */
function logSamePath(rows: readonly MmcRow[]): void {
  for (const model of MMC_MODELS) {
    const ours = rows.find((row) => row.engine === oursEngine.name && row.model === model.label);
    const simjs = rows.find((row) => row.engine.startsWith("simjs") && row.model === model.label);
    if (ours === undefined || simjs === undefined) continue;
    const difference =
      Math.abs(ours.meanWaitSeconds - simjs.meanWaitSeconds) / ours.meanWaitSeconds;
    log(
      `${model.label}: ours and simjs ${difference < 1e-9 ? "followed the same sample path (mean waits equal to rounding)" : `differ by ${formatPercent(difference)} in mean wait (not the same sample path)`}`,
    );
  }
}

/** Every variant of one size must end on the same clock: same increments, same work. */
function checkHoldClocks(rows: readonly HoldRow[]): void {
  for (const row of rows) {
    const reference = rows.find((other) => other.pending === row.pending);
    if (reference !== undefined && row.clockSeconds !== reference.clockSeconds) {
      failures.push(
        `hold N=${row.pending}: ${row.variant} ended at ${row.clockSeconds} s, ${reference.variant} at ${reference.clockSeconds} s (different work)`,
      );
    }
  }
}

function targetLines(): {
  name: string;
  ratio: number;
  target: number;
  met: boolean;
  text: string;
}[] {
  const lines: { name: string; ratio: number; target: number; met: boolean; text: string }[] = [];
  const peer = (prefix: string) =>
    mmcRows.find((row) => row.engine.startsWith(prefix) && row.model === "M/M/1");
  // Like with like: SimPy's idiom is a process per customer, simjs's a chain of callbacks.
  const speedup = (name: string, ours: string, prefix: string, target: number | null) => {
    const row = peer(prefix);
    if (row === undefined) return;
    const ratio = rateOf(ours, "M/M/1") / row.customersPerSecond;
    const met = target === null || ratio >= target;
    lines.push({
      name,
      ratio,
      target: target ?? Number.NaN,
      met,
      text: `M/M/1 ${ours} ÷ ${row.engine} = ${formatRatio(ratio)}${target === null ? " (for information)" : ` (target ≥ ${target}×)`}`,
    });
  };
  speedup("oursOverSimpy", oursEngine.name, "SimPy", TARGETS.oursOverSimpy);
  speedup("oursOverSimjs", oursEventsEngine.name, "simjs", TARGETS.oursOverSimjs);
  speedup("oursProcessesOverSimjs", oursEngine.name, "simjs", null);
  for (const row of holdRows.filter((r) => r.variant === eventQueueHold.name)) {
    const ratio = ceilingRate(row.pending) / row.holdsPerSecond;
    const target = TARGETS.ceilingOverEngine;
    lines.push({
      name: `ceilingOverEventQueue@${row.pending}`,
      ratio,
      target,
      met: ratio <= target,
      text: `hold N=${formatCount(row.pending)}: bare heap ÷ event queue = ${formatRatio(ratio)} (target ≤ ${target}×)`,
    });
  }
  for (const row of holdRows.filter((r) => r.variant === engineHold.name)) {
    const ratio = ceilingRate(row.pending) / row.holdsPerSecond;
    lines.push({
      name: `ceilingOverEngine@${row.pending}`,
      ratio,
      target: Number.NaN,
      met: true,
      text: `hold N=${formatCount(row.pending)}: bare heap ÷ environment with N processes = ${formatRatio(ratio)} (for information: N live generators)`,
    });
  }
  return lines;
}
