import { writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { HOUR, PB, WEEK, YEAR } from "../models/units.ts";
import { loadScenario } from "../scenarios/load/loadScenario.ts";
import { platformSection } from "../scenarios/run/platformSection.ts";
import { benchOptions } from "./benchOptions.ts";
import { collectGarbage } from "./bestOfInterleaved.ts";
import {
  type ContentionRow,
  type ContentionTask,
  compareContentionCases,
} from "./contention/compareContentionCases.ts";
import { referenceContentionCases } from "./contention/referenceContentionCases.ts";
import { syntheticEstate } from "./contention/syntheticEstate.ts";
import { bareHeapHold } from "./hold/bareHeapHold.ts";
import { compareHoldVariants, type HoldRow } from "./hold/compareHoldVariants.ts";
import { engineHold } from "./hold/engineHold.ts";
import { eventQueueHold } from "./hold/eventQueueHold.ts";
import { holdIncrements } from "./hold/holdIncrements.ts";
import { compareXlsxInputs, XLSX_BOMB_TARGETS } from "./inputs/compareXlsxInputs.ts";
import { xlsxInputsTable } from "./inputs/xlsxInputsBench.ts";
import {
  compareMigrationProgrammes,
  type MigrationRow,
} from "./migration/compareMigrationProgrammes.ts";
import {
  compareProgrammeScales,
  PROGRAMME_TARGETS,
  type ProgrammeScaleRow,
} from "./migration/compareProgrammeScales.ts";
import { referenceProgramme } from "./migration/referenceProgramme.ts";
import { compareMmcEngines, type MmcContender, type MmcRow } from "./mmc/compareMmcEngines.ts";
import { loadSimjs } from "./mmc/loadSimjs.ts";
import { MMC_MODELS } from "./mmc/MmcModel.ts";
import { minimalGeneratorEngine } from "./mmc/minimalGeneratorEngine.ts";
import { oursEngine, oursEventsEngine } from "./mmc/oursEngine.ts";
import { simjsEngine } from "./mmc/simjsEngine.ts";
import { findSimpy } from "./mmc/simpyEngine.ts";
import { compareWholeProcess } from "./montecarlo/compareWholeProcess.ts";
import { compareWorkers } from "./montecarlo/compareWorkers.ts";
import { providerScenario } from "./montecarlo/providerScenario.ts";
import {
  amdahlBound,
  type CeilingRow,
  compareCeiling,
  fitScaling,
  fixedCostAllowed,
  type ScalingFit,
} from "./montecarlo/workerScaling.ts";
import { formatCount, formatPercent, formatRatio } from "./report/formatNumber.ts";
import { formatTable } from "./report/formatTable.ts";
import { machineInfo } from "./report/machineInfo.ts";

/*
 * `npm run bench`: our engine against SimPy 3 and simjs on M/M/1 and M/M/4 (ρ = 0.9), each run
 * checked against Erlang C, then the hold model of the event queue against a bare heap, then
 * the contention model over a year (reference scenario, synthetic estates to 1,000 hosts and
 * 20,000 VMs) and the migration simulation (reference; provider programmes of 2,000, 20,000 and
 * 100,000 VMs, each in a child process).
 * Results go to stdout as tables (progress to stderr); `--json <file>` saves them too.
 * Exits nonzero when a run disagrees with theory or variants of the hold model disagree.
 * Targets (reported, not asserted), like with like: our processes ≥ 15× SimPy's processes and
 * within 10 % of a minimal generator engine written in the bench (issue 16: ours ÷ minimal ≥ 0.9),
 * our callbacks ≥ 3× simjs's callbacks on M/M/1; the hold model within 2× of the bare heap
 * (issue 16; met or missed printed for the event queue and for the whole environment); a
 * reference year of contention < 1 s, the reference migration < 100 ms, the 100,000-VM / 10 PB
 * programme < 30 s and < 2 GiB, its time per VM ≤ 1.3× the 2,000-VM one's.
 */

const SEED = 20_240_601;
const TARGETS = {
  /** Issue 16: 2 workers ÷ 1, 1,000 reference replications, whole process. */
  monteCarloSpeedUp: 1.8,
  /** Issue 16: reference replications per second on one worker, whole process. */
  monteCarloRate: 200,
  oursOverSimpy: 15,
  oursOverMinimalGenerators: 0.9,
  oursOverSimjs: 3,
  /** Issue 16: the hold model within 2× of the bare typed-array heap (issue 2 had 3×). */
  ceilingOverEngine: 2,
};
/** Wall-time budgets, seconds (issues 4 and 5): reported against, never asserted. */
const BUDGETS = { contentionYear: 1, referenceMigration: 0.1 };

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
  { engine: minimalGeneratorEngine, customers: jsCustomers },
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
  `M/M/c, ρ = 0.9; SimPy, "cutover (processes)" and the minimal generator engine (bench/mmc) run a` +
    ` process per customer, simjs and "cutover (callbacks)" chain callbacks; wall time = fastest of ${repetitions}` +
    " (JS engines after a warm-up run); random variates: xoshiro128** streams for the JS engines," +
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

// Issue 4: a simulated year of hourly contention, reference scenario and synthetic estates.
const reference = await loadScenario("reference");
const weekSteps = Math.round(WEEK / HOUR);
const yearSteps = Math.round(YEAR / HOUR);
const estateHosts = options.quick ? [10, 100] : [10, 100, 1_000];
const VMS_PER_HOST = 20;
// Source and target are two platforms, not two sizes: no growth between them.
const contentionReferenceRows = compareContentionCases(
  referenceContentionCases(reference, yearSteps).map((c) => ({ case: c, repetitions })),
  progress,
).map((row) => ({ ...row, growth: Number.NaN }));
const platformYear = timePlatformSectionYear();
const contentionEstateRows = compareContentionCases(
  [weekSteps, yearSteps].flatMap((steps) =>
    estateHosts.map(
      (hosts): ContentionTask => ({
        case: syntheticEstate(reference, hosts, VMS_PER_HOST, steps),
        repetitions: hosts * steps > 1_000_000 ? 1 : repetitions,
      }),
    ),
  ),
  progress,
);
for (const row of [...contentionReferenceRows, ...contentionEstateRows]) {
  if (row.problem !== "") failures.push(`contention ${row.case}: ${row.problem}`);
}
log(
  `Contention model (contentionSeries: hourly CPU demand, ready and RAM pressure per host),` +
    ` reference scenario over a year (${formatCount(yearSteps)} hourly steps); fastest of ${repetitions}`,
);
log(contentionTable(contentionReferenceRows, false));
log(
  `platformSection(reference, ${formatCount(yearSteps)} steps), both platforms with placement,` +
    ` balancing, N+1 and latency: ${platformYear.toFixed(3)} s (fastest of ${repetitions})`,
);
log();
log(
  `Contention model on synthetic shared estates: ${VMS_PER_HOST} tenant VMs per host (the reference's` +
    ` VMs in turn) on copies of its target host beside other tenants; one week and one year;` +
    ` fastest of ${repetitions} (1 run above 10⁶ host-hours); growth = time ÷ previous size's`,
);
log(contentionTable(contentionEstateRows, true));
log();

// Issue 5: the reference migration; issue 16 (4a): provider programmes, each in its own process.
const programmeVms = options.quick ? [2_000, 20_000] : [2_000, 20_000, PROGRAMME_TARGETS.vms];
const migrationReferenceRows = compareMigrationProgrammes(
  [{ programme: referenceProgramme(reference), repetitions: 3 }],
  progress,
);
const migrationScaleRows = compareProgrammeScales(programmeVms, progress);
for (const row of migrationReferenceRows) {
  if (row.problem !== "") failures.push(`migration ${row.programme}: ${row.problem}`);
}
for (const row of migrationScaleRows) {
  if (row.problem !== "") failures.push(`migration programme ${row.vms} VMs: ${row.problem}`);
}
log("Migration simulation: the reference through migrationSection (fastest of 3 after a warm-up)");
log(migrationTable(migrationReferenceRows));
log();
log(
  "Provider programmes (issue 16): customers of 2–10 VMs, waves by customer packed to 300 VMs," +
    " replication-assisted vMotion over 100 Gbit/s with 64 HCX appliances, 300 concurrent," +
    " 20 VMs per host, 100 GB used disk per VM pre-seeded (1 PB per 10,000 VMs); each size in a" +
    " child process (peak RSS is its own, node's baseline and a 1,000-VM warm-up included);" +
    " fastest of 5 timed runs at 2,000 VMs, of 2 at 20,000, 1 above; ×first = time per VM ÷ the" +
    " smallest size's",
);
log(programmeScaleTable(migrationScaleRows));
log();

// Issue 16, 4(b): Monte Carlo replications of the reference on 1 and 2 workers, whole process:
// `cutover montecarlo` as a user runs it, start-up, loading and summary included.
const monteCarloReplications = options.quick ? 100 : 1_000;
const monteCarloRounds = options.quick ? 1 : 3;
progress(
  `Monte Carlo: ${monteCarloReplications} replications of the reference on 1 and 2 workers, whole process`,
);
const monteCarlo = compareWholeProcess(
  "reference",
  monteCarloReplications,
  [1, 2],
  monteCarloRounds,
);
// Why 2 workers give what they give: the same study at 3× the replications (one round) to
// split each process's wall time into a fixed cost and a steady cost per replication, and the
// machine's own ceiling for a process of this shape (synthetic kernels, no Cutover code).
const monteCarloLongReplications = monteCarloReplications * 3;
progress(
  `Monte Carlo: ${monteCarloLongReplications} replications of the reference on 1 and 2 workers, whole process, once`,
);
const monteCarloLong = compareWholeProcess("reference", monteCarloLongReplications, [1, 2], 1);
const monteCarloFits = fitScaling(monteCarlo.rows, monteCarloLong.rows);
const ceilingUnits = options.quick ? 100 : 1_000;
progress(`worker ceiling: synthetic kernels, ${ceilingUnits} units on 1 and 2 workers`);
const ceilingRows = compareCeiling(ceilingUnits, [1, 2], monteCarloRounds);
// a provider moving many customers at once: the reference's customer × N on one platform
const providerCustomers = options.quick ? 4 : 20;
const providerReplications = options.quick ? 4 : 16;
const provider = providerScenario(reference, providerCustomers);
progress(
  `Monte Carlo: ${providerReplications} replications of ${provider.inventory.vms.length} VMs on 1 and 2 workers`,
);
const monteCarloProvider = await compareWorkers(provider, providerReplications, [1, 2], {
  warmUp: 1,
});
if (!monteCarlo.identical)
  failures.push("Monte Carlo (reference): 1 and 2 workers printed different studies");
if (!monteCarloProvider.identical)
  failures.push("Monte Carlo (provider scale): 1 and 2 workers gave different replications");
log(
  `Monte Carlo, whole process (issue 16): \`cutover montecarlo reference --runs ${formatCount(monteCarloReplications)} --workers K --json\`` +
    ` from start to exit (node's start-up, loading, the study's targets and summary included), fastest of` +
    ` ${monteCarloRounds} interleaved; rate = replications ÷ that wall time; in-run = the study's own` +
    " figure for its replications alone (warm-up included). Outputs compared without their timing.",
);
log(
  formatTable(
    [
      { header: "workers", numeric: true },
      { header: "replications", numeric: true },
      { header: "wall s", numeric: true },
      { header: "all runs s" },
      { header: "replications/s", numeric: true },
      { header: "speed-up", numeric: true },
      { header: "in-run rep/s", numeric: true },
    ],
    monteCarlo.rows.map((row) => [
      String(row.workers),
      formatCount(row.replications),
      row.wallSeconds.toFixed(2),
      row.allWallSeconds.map((w) => w.toFixed(2)).join(", "),
      row.replicationsPerSecond.toFixed(1),
      formatRatio(row.replicationsPerSecond / (monteCarlo.rows[0]?.replicationsPerSecond ?? 1)),
      row.inRunReplicationsPerSecond.toFixed(1),
    ]),
  ),
);
log(`outputs identical on 1 and 2 workers: ${monteCarlo.identical ? "yes" : "NO"}`);
log();
logWorkerScaling(monteCarloFits, ceilingRows);
log();
log(
  `Monte Carlo in one process: ${providerReplications} replications of a provider-scale study (${providerCustomers} customers like the` +
    ` reference moved together: ${formatCount(provider.inventory.vms.length)} VMs,` +
    ` ${formatCount(provider.source.hosts.length + provider.target.hosts.length)} hosts, 100 Gbit/s, 300 concurrent),` +
    " after a warm-up. Peak RSS is the whole process's so far (workers share it).",
);
log(
  formatTable(
    [
      { header: "workers", numeric: true },
      { header: "replications", numeric: true },
      { header: "wall s", numeric: true },
      { header: "replications/s", numeric: true },
      { header: "speed-up", numeric: true },
      { header: "peak RSS MiB", numeric: true },
    ],
    monteCarloProvider.rows.map((row) => [
      String(row.workers),
      formatCount(row.replications),
      row.wallSeconds.toFixed(2),
      row.replicationsPerSecond.toFixed(row.replicationsPerSecond < 10 ? 2 : 1),
      formatRatio(
        row.replicationsPerSecond / (monteCarloProvider.rows[0]?.replicationsPerSecond ?? 1),
      ),
      row.peakRssMiB.toFixed(0),
    ]),
  ),
);
log(`results identical on 1 and 2 workers: ${monteCarloProvider.identical ? "yes" : "NO"}`);
log();

// Issue 12: a hostile .xlsx (the zip bomb) refused, and a 100,000-VM export still imported.
const xlsxRows = compareXlsxInputs(options.quick ? 10_000 : 100_000, progress);
for (const row of xlsxRows) {
  if (row.hostile && !row.outcome.startsWith("bomb.xlsx"))
    failures.push(`xlsx input ${row.label}: not refused (${row.outcome})`);
}
log(
  "Hostile .xlsx (issue 12): a ~2 MB workbook whose shared strings inflate to 1.6 GB, each case in a" +
    " child process (peak RSS is its own, node's baseline included); wall = reading to refusal or import",
);
log(xlsxInputsTable(xlsxRows));
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
    settings: {
      quick: options.quick,
      repetitions,
      seed: SEED,
      jsCustomers,
      simpyCustomers,
      contentionSteps: { week: weekSteps, year: yearSteps },
      estateHosts,
      vmsPerHost: VMS_PER_HOST,
      programmeVms,
    },
    skipped,
    mmc: mmcRows,
    hold: holdRows,
    contention: {
      reference: contentionReferenceRows,
      platformSectionYearWallSeconds: platformYear,
      estates: contentionEstateRows,
    },
    migration: { reference: migrationReferenceRows, scale: migrationScaleRows },
    monteCarlo,
    monteCarloLong,
    monteCarloFits,
    workerCeiling: ceilingRows,
    xlsxInputs: xlsxRows,
    monteCarloProvider: {
      customers: providerCustomers,
      vms: provider.inventory.vms.length,
      ...monteCarloProvider,
    },
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

/**
 * The 2-worker speed-up taken apart: each worker count's whole process as T(N) = a + b·N from
 * the 1× and 3× studies, the bound Amdahl's law puts on 2 workers with the 1-worker fixed cost,
 * the fixed cost the target would allow, and the synthetic kernels' speed-ups on this machine.
 */
function logWorkerScaling(fits: readonly ScalingFit[], ceiling: readonly CeilingRow[]): void {
  const [one, two] = fits;
  if (one === undefined || two === undefined) return;
  const n = monteCarloReplications;
  log(
    `Monte Carlo speed-up taken apart: each process's wall time T(N) = a + b·N through its fastest run of` +
      ` ${formatCount(n)} and its run of ${formatCount(monteCarloLongReplications)} replications above` +
      " (a: start-up, loading, worker start, JIT warm-up, summary; b: one more replication in steady state).",
  );
  log(
    formatTable(
      [
        { header: "workers", numeric: true },
        { header: "fixed a s", numeric: true },
        { header: "per replication b ms", numeric: true },
        { header: "steady speed-up b1/bK", numeric: true },
      ],
      fits.map((fit) => [
        String(fit.workers),
        fit.fixedSeconds.toFixed(2),
        (fit.perReplicationSeconds * 1000).toFixed(3),
        formatRatio(one.perReplicationSeconds / fit.perReplicationSeconds),
      ]),
    ),
  );
  log(
    `Amdahl bound on 2 workers for ${formatCount(n)} replications with the 1-worker a and b, replications shared perfectly:` +
      ` ${formatRatio(amdahlBound(one, n, 2))}; ${TARGETS.monteCarloSpeedUp}× would need a ≤` +
      ` ${fixedCostAllowed(one.perReplicationSeconds, n, 2, TARGETS.monteCarloSpeedUp).toFixed(2)} s.`,
  );
  log(
    `The machine's ceiling for a process of this shape (bench/montecarlo/ceilingProcess.ts: worker threads taking units from a` +
      " shared counter, whole process, fastest of the rounds; compute = integer mixing, no allocation; allocating = short-lived" +
      " object graphs of about 2.8 MB per unit, as a replication allocates):",
  );
  log(
    formatTable(
      [
        { header: "kernel" },
        { header: "units", numeric: true },
        { header: "1 worker s", numeric: true },
        { header: "2 workers s", numeric: true },
        { header: "speed-up", numeric: true },
      ],
      ceiling.map((row) => [
        row.kernel,
        formatCount(row.units),
        row.wallSeconds[0]!.toFixed(2),
        row.wallSeconds[1]!.toFixed(2),
        formatRatio(row.speedUp),
      ]),
    ),
  );
}

/**
 * Notes whether our engine and simjs, fed the same streams, followed the same sample path; the
 * minimal generator engine must (a failure otherwise: it runs the same model on the same streams).
 */
function logSamePath(rows: readonly MmcRow[]): void {
  for (const model of MMC_MODELS) {
    const ours = rows.find((row) => row.engine === oursEngine.name && row.model === model.label);
    const minimal = rows.find(
      (row) => row.engine === minimalGeneratorEngine.name && row.model === model.label,
    );
    if (ours !== undefined && minimal !== undefined) {
      const difference =
        Math.abs(ours.meanWaitSeconds - minimal.meanWaitSeconds) / ours.meanWaitSeconds;
      if (difference < 1e-9) {
        log(`${model.label}: ours and the minimal generator engine followed the same sample path`);
      } else {
        failures.push(
          `${model.label}: the minimal generator engine's mean wait ${minimal.meanWaitSeconds} s differs from ours ${ours.meanWaitSeconds} s (not the same sample path)`,
        );
      }
    }
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
  speedup(
    "oursOverMinimalGenerators",
    oursEngine.name,
    minimalGeneratorEngine.name,
    TARGETS.oursOverMinimalGenerators,
  );
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
  // The whole environment against the same target: N live generators, a timeout object per
  // hold and the dispatch loop (memory-bound at large N).
  for (const row of holdRows.filter((r) => r.variant === engineHold.name)) {
    const ratio = ceilingRate(row.pending) / row.holdsPerSecond;
    const target = TARGETS.ceilingOverEngine;
    lines.push({
      name: `ceilingOverEngine@${row.pending}`,
      ratio,
      target,
      met: ratio <= target,
      text: `hold N=${formatCount(row.pending)}: bare heap ÷ environment with N processes = ${formatRatio(ratio)} (target ≤ ${target}×)`,
    });
  }
  // Wall-time budgets: ratio = measured ÷ budget, met when ≤ 1.
  const budget = (name: string, seconds: number, limit: number, what: string) => {
    if (!Number.isFinite(seconds)) return;
    lines.push({
      name,
      ratio: seconds / limit,
      target: 1,
      met: seconds <= limit,
      text: `${what}: ${formatSeconds(seconds)} (target < ${formatSeconds(limit)})`,
    });
  };
  budget(
    "contentionYear",
    platformYear,
    BUDGETS.contentionYear,
    `reference, a year of hourly contention (platformSection, both platforms)`,
  );
  const seriesYear = contentionReferenceRows.reduce((s, row) => s + row.wallSeconds, 0);
  lines.push({
    name: "contentionSeriesYear",
    ratio: seriesYear / BUDGETS.contentionYear,
    target: Number.NaN,
    met: true,
    text: `reference, a year: contentionSeries alone, source + target = ${formatSeconds(seriesYear)} (for information)`,
  });
  budget(
    "referenceMigration",
    migrationReferenceRows[0]?.wallSeconds ?? Number.NaN,
    BUDGETS.referenceMigration,
    "reference migration (migrationSection)",
  );
  const biggest = migrationScaleRows.find((row) => row.vms === PROGRAMME_TARGETS.vms);
  if (biggest !== undefined) {
    budget(
      "migration100k",
      biggest.wallSeconds,
      PROGRAMME_TARGETS.wallSeconds,
      `${formatCount(biggest.vms)}-VM / ${(biggest.preseedBytes / PB).toFixed(0)} PB programme (CPU ${formatSeconds(biggest.cpuSeconds)})`,
    );
    lines.push({
      name: "migration100kRss",
      ratio: biggest.peakRssMiB / PROGRAMME_TARGETS.peakRssMiB,
      target: 1,
      met: biggest.peakRssMiB <= PROGRAMME_TARGETS.peakRssMiB,
      text: `${formatCount(biggest.vms)}-VM programme: peak RSS ${biggest.peakRssMiB.toFixed(0)} MiB (target < ${PROGRAMME_TARGETS.peakRssMiB} MiB)`,
    });
    lines.push({
      name: "migrationPerVm",
      ratio: biggest.perVmRatio,
      target: PROGRAMME_TARGETS.perVmRatio,
      met: biggest.perVmRatio <= PROGRAMME_TARGETS.perVmRatio,
      text: `time per VM at ${formatCount(biggest.vms)} ÷ at ${formatCount(migrationScaleRows[0]!.vms)}: ${biggest.perVmRatio.toFixed(2)}× (${biggest.msPerVm.toFixed(3)} ÷ ${migrationScaleRows[0]!.msPerVm.toFixed(3)} ms; target ≤ ${PROGRAMME_TARGETS.perVmRatio}×; on CPU time ${biggest.perVmCpuRatio.toFixed(2)}×)`,
    });
  }
  const growthLine = (
    name: string,
    first: { size: number; wall: number } | undefined,
    last: { size: number; wall: number } | undefined,
    unit: string,
  ) => {
    if (first === undefined || last === undefined || first === last) return;
    const ratio = last.wall / first.wall;
    const sizeRatio = last.size / first.size;
    lines.push({
      name,
      ratio,
      target: Number.NaN,
      met: true,
      text: `growth ${formatCount(first.size)} → ${formatCount(last.size)} ${unit} (×${formatCount(sizeRatio)}): time ×${ratio.toFixed(1)}, exponent ${(Math.log(ratio) / Math.log(sizeRatio)).toFixed(2)} (for information; 1 = linear)`,
    });
  };
  const years = contentionEstateRows.filter((row) => row.steps === yearSteps);
  const toPoint = (row: ContentionRow | undefined) =>
    row === undefined ? undefined : { size: row.hosts, wall: row.wallSeconds };
  growthLine(
    "contentionGrowth",
    toPoint(years[0]),
    toPoint(years.at(-1)),
    "hosts, a year of contention",
  );
  const programmes = migrationScaleRows.map((row) => ({ size: row.vms, wall: row.wallSeconds }));
  growthLine("migrationGrowth", programmes[0], programmes.at(-1), "VMs, migration programme");
  for (const row of xlsxRows.filter((r) => r.hostile)) {
    budget(
      `xlsxBomb:${row.case}`,
      row.seconds,
      XLSX_BOMB_TARGETS.seconds,
      `${row.label}, refused in`,
    );
    lines.push({
      name: `xlsxBombRss:${row.case}`,
      ratio: row.peakRssMiB / XLSX_BOMB_TARGETS.peakRssMiB,
      target: 1,
      met: row.peakRssMiB <= XLSX_BOMB_TARGETS.peakRssMiB,
      text: `${row.label}: peak RSS ${row.peakRssMiB.toFixed(0)} MiB (target < ${XLSX_BOMB_TARGETS.peakRssMiB} MiB)`,
    });
  }
  const [oneWorker, twoWorkers] = monteCarlo.rows;
  if (oneWorker !== undefined) {
    lines.push({
      name: "monteCarloRate1",
      ratio: oneWorker.replicationsPerSecond / TARGETS.monteCarloRate,
      target: 1,
      met: oneWorker.replicationsPerSecond >= TARGETS.monteCarloRate,
      text: `Monte Carlo on 1 worker, whole process: ${oneWorker.replicationsPerSecond.toFixed(1)} reference replications/s (target ≥ ${TARGETS.monteCarloRate}/s; in-run ${oneWorker.inRunReplicationsPerSecond.toFixed(1)}/s)`,
    });
  }
  if (oneWorker !== undefined && twoWorkers !== undefined) {
    const speedUp = twoWorkers.replicationsPerSecond / oneWorker.replicationsPerSecond;
    lines.push({
      name: "monteCarloSpeedUp2",
      ratio: speedUp,
      target: TARGETS.monteCarloSpeedUp,
      met: speedUp >= TARGETS.monteCarloSpeedUp,
      text: `Monte Carlo speed-up on 2 workers, whole process, ${formatCount(oneWorker.replications)} replications = ${formatRatio(speedUp)} (target ≥ ${TARGETS.monteCarloSpeedUp}×), identical outputs: ${monteCarlo.identical ? "yes" : "NO"}`,
    });
  }
  const [oneFit, twoFit] = monteCarloFits;
  if (oneFit !== undefined && twoFit !== undefined && oneWorker !== undefined) {
    const n = oneWorker.replications;
    const kernels = ceilingRows
      .map((row) => `${row.kernel} ${formatRatio(row.speedUp)}`)
      .join(", ");
    lines.push({
      name: "monteCarloSpeedUpBound",
      ratio: amdahlBound(oneFit, n, 2),
      target: Number.NaN,
      met: true,
      text:
        `Monte Carlo on 2 workers, taken apart: fixed cost a = ${oneFit.fixedSeconds.toFixed(2)} s per process, steady speed-up` +
        ` ${formatRatio(oneFit.perReplicationSeconds / twoFit.perReplicationSeconds)}; Amdahl bound at ${formatCount(n)} replications` +
        ` ${formatRatio(amdahlBound(oneFit, n, 2))} (${TARGETS.monteCarloSpeedUp}× needs a ≤` +
        ` ${fixedCostAllowed(oneFit.perReplicationSeconds, n, 2, TARGETS.monteCarloSpeedUp).toFixed(2)} s); this machine's` +
        ` ceiling for the same process shape: ${kernels}`,
    });
  }
  return lines;
}

/** Seconds under one as milliseconds, e.g. 0.0123 → "12.3 ms"; else "1.23 s". */
function formatSeconds(seconds: number): string {
  return seconds < 1 ? `${(seconds * 1000).toFixed(1)} ms` : `${seconds.toFixed(2)} s`;
}

/** The fastest of `repetitions` runs of platformSection over a year (after a warm-up run). */
function timePlatformSectionYear(): number {
  progress(`platformSection(reference, ${yearSteps} steps); ×${repetitions}`);
  platformSection(reference, yearSteps);
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < repetitions; r++) {
    collectGarbage();
    const started = performance.now();
    platformSection(reference, yearSteps);
    best = Math.min(best, (performance.now() - started) / 1000);
  }
  return best;
}

function contentionTable(rows: readonly ContentionRow[], growth: boolean): string {
  return formatTable(
    [
      { header: "case" },
      { header: "hosts", numeric: true },
      { header: "VMs", numeric: true },
      { header: "steps", numeric: true },
      { header: "wall s", numeric: true },
      { header: "host-hours/s", numeric: true },
      ...(growth ? [{ header: "growth", numeric: true }] : []),
    ],
    rows.map((row) => [
      row.case,
      formatCount(row.hosts),
      formatCount(row.vms),
      formatCount(row.steps),
      row.wallSeconds.toFixed(3),
      formatCount(row.hostHoursPerSecond),
      ...(growth ? [formatRatio(row.growth)] : []),
    ]),
  );
}

function programmeScaleTable(rows: readonly ProgrammeScaleRow[]): string {
  return formatTable(
    [
      { header: "VMs", numeric: true },
      { header: "customers", numeric: true },
      { header: "waves", numeric: true },
      { header: "PB pre-seeded", numeric: true },
      { header: "waves h", numeric: true },
      { header: "makespan h", numeric: true },
      { header: "wall s", numeric: true },
      { header: "CPU s", numeric: true },
      { header: "ms/VM", numeric: true },
      { header: "×first", numeric: true },
      { header: "CPU ×first", numeric: true },
      { header: "peak RSS MiB", numeric: true },
    ],
    rows.map((row) => [
      formatCount(row.vms),
      formatCount(row.groups),
      formatCount(row.waves),
      (row.preseedBytes / PB).toFixed(1),
      (row.wavesSeconds / HOUR).toFixed(1),
      (row.makespanSeconds / HOUR).toFixed(1),
      row.wallSeconds.toFixed(2),
      row.cpuSeconds.toFixed(2),
      row.msPerVm.toFixed(3),
      row.perVmRatio.toFixed(2),
      row.perVmCpuRatio.toFixed(2),
      row.peakRssMiB.toFixed(0),
    ]),
  );
}

function migrationTable(rows: readonly MigrationRow[]): string {
  return formatTable(
    [
      { header: "programme" },
      { header: "VMs", numeric: true },
      { header: "customers", numeric: true },
      { header: "waves", numeric: true },
      { header: "PB pre-seeded", numeric: true },
      { header: "waves h", numeric: true },
      { header: "makespan h", numeric: true },
      { header: "wall s", numeric: true },
      { header: "VMs/s", numeric: true },
    ],
    rows.map((row) => [
      row.programme,
      formatCount(row.vms),
      formatCount(row.groups),
      formatCount(row.waves),
      (row.preseedBytes / PB).toFixed(row.preseedBytes < 0.01 * PB ? 6 : 2),
      (row.wavesSeconds / HOUR).toFixed(1),
      (row.makespanSeconds / HOUR).toFixed(1),
      row.wallSeconds.toFixed(3),
      formatCount(row.vmsPerSecond),
    ]),
  );
}
