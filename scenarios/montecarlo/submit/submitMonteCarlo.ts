import { chmodSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import { limitsOption } from "../../cli/limitsOption.ts";
import { numberOption } from "../../cli/numberOption.ts";
import { OutputError, outputErrorOf } from "../../cli/OutputError.ts";
import { seedOption } from "../../cli/parseCommandArgs.ts";
import { UsageError } from "../../cli/UsageError.ts";
import { builtinDirectory } from "../../load/builtinScenarios.ts";
import { loadScenario } from "../../load/loadScenario.ts";
import { PHYSICAL_RANGES } from "../../schema/physicalRanges.ts";
import { renderMonteCarlo } from "../renderMonteCarlo.ts";
import { kubernetesJob } from "./kubernetesJob.ts";
import { type MergedStudy, mergeShardFiles } from "./mergeShardFiles.ts";
import {
  failedShardsText,
  queuedShards,
  recordedJobs,
  runSlurmStudy,
  shardLogText,
  shardSeconds,
} from "./runSlurmStudy.ts";
import { slurmBatchScript } from "./slurmBatchScript.ts";
import {
  cutoverBin,
  missingShards,
  planFile,
  readPlan,
  refuseExistingStudy,
  type StudyPlan,
  shardFile,
  shardLog,
} from "./studyPlan.ts";

/** The flags of `cutover montecarlo` that only a submitted (or resumed) study takes. */
export const SUBMIT_FLAGS = {
  submit: "string",
  shards: "string",
  out: "string",
  partition: "string",
  "time-limit": "string",
  "dry-run": "boolean",
  resume: "string",
  "allow-partial": "boolean",
} as const;

/** Default folder of a submitted study's script, shard files and logs. */
export const DEFAULT_STUDY_DIR = "cutover-study";

type Values = Record<string, string | boolean | undefined>;

/** Options for tests: where progress goes and how often the queue is looked at. */
export interface SubmitEnvironment {
  progress?: NodeJS.WritableStream & { isTTY?: boolean };
  pollMs?: number;
}

/** Whether the command line asks for a batch study (`--submit` or `--resume`). */
export function isBatchStudy(values: Values): boolean {
  if (values.submit !== undefined || values.resume !== undefined) return true;
  const stray = Object.keys(SUBMIT_FLAGS).find((flag) => values[flag] !== undefined);
  if (stray !== undefined) {
    throw new UsageError(`--${stray}: only with --submit slurm|kubernetes or --resume DIR`);
  }
  return false;
}

/**
 * `cutover montecarlo SCENARIO --runs N --submit slurm --shards K [--partition P]
 * [--time-limit T] [--out DIR] [--dry-run] [--allow-partial]`, `--submit kubernetes --dry-run`
 * and `--resume DIR`: writes the study's plan and batch script (or Kubernetes Indexed Job) into
 * DIR; with Slurm, submits it, follows its shards, and merges them exactly as `cutover merge`
 * does, printing what a local run prints. A shard that fails is named with its log; nothing is
 * merged from an incomplete set unless `--allow-partial` (the result then lists the missing
 * replications). `--resume DIR` submits only the shards whose file is missing.
 *
 * @returns the merged study, null for --dry-run (and a Kubernetes manifest)
 * @throws UsageError for a bad flag, OutputError when DIR cannot be written, sbatch is missing
 *   or refuses the job, or shards failed (without --allow-partial)
 */
export async function submitMonteCarlo(
  values: Values,
  positionals: readonly string[],
  out: NodeJS.WritableStream,
  environment: SubmitEnvironment = {},
): Promise<MergedStudy | null> {
  const limits = limitsOption(values);
  const plan =
    values.resume !== undefined
      ? resumedPlan(values, positionals)
      : await newPlan(values, positionals);
  const dryRun = values["dry-run"] === true;
  if (plan.engine === "kubernetes") {
    if (values.resume !== undefined) {
      throw new UsageError(
        `--resume: ${plan.dir} holds a Kubernetes study: apply ${join(plan.dir, "job.json")} with kubectl, then cutover merge the shard files`,
      );
    }
    write(planFile(plan.dir), `${JSON.stringify(plan, null, 2)}\n`);
    write(join(plan.dir, "job.json"), `${JSON.stringify(kubernetesJob(plan), null, 2)}\n`);
    out.write(
      `wrote ${join(plan.dir, "job.json")}: a Kubernetes Indexed Job of ${plan.shards} shards of ${plan.runs} replications\n` +
        `apply it: kubectl apply -f ${join(plan.dir, "job.json")} (image and claim as README's "Beyond one machine" says)\n` +
        "then: cutover merge shard-*.json (copied from the claim)\n",
    );
    return null;
  }
  const script = join(plan.dir, "submit.sbatch");
  if (values.resume === undefined || !existsSync(script)) {
    write(planFile(plan.dir), `${JSON.stringify(plan, null, 2)}\n`);
    write(script, slurmBatchScript(plan));
    chmodSync(script, 0o755);
  }
  if (dryRun) {
    out.write(
      `wrote ${script}: a Slurm job array of ${plan.shards} shards of ${plan.runs} replications\n` +
        `submit it: sbatch ${script}, then cutover merge ${join(plan.dir, "shard-*.json")}\n` +
        `or: cutover montecarlo --resume ${plan.dir} (submits the missing shards, follows and merges them)\n`,
    );
    return null;
  }
  const progress = environment.progress ?? process.stderr;
  const wanted = missingShards(plan);
  if (wanted.length > 0) {
    // shards of an earlier submission still in the queue (its follower interrupted) are
    // followed, not submitted twice
    const queued = await queuedShards(plan, recordedJobs(plan.dir));
    for (const i of queued.keys()) if (!wanted.includes(i)) queued.delete(i);
    const toSubmit = wanted.filter((i) => !queued.has(i));
    for (const i of toSubmit) {
      rmSync(`${shardFile(plan.dir, i)}.part`, { force: true });
      rmSync(shardLog(plan.dir, i), { force: true });
    }
    const outcome = await runSlurmStudy(plan, script, toSubmit, queued, {
      stream: progress,
      ...(environment.pollMs === undefined ? {} : { pollMs: environment.pollMs }),
    });
    for (const i of outcome.failed) {
      progress.write(`shard ${i}/${plan.shards} failed: ${shardLogText(plan, i)}\n`);
    }
    progress.write(
      `job ${outcome.jobId}: ${outcome.finished.size} of ${wanted.length} shards finished in ${outcome.wallSeconds.toFixed(1)} s (each shard's own run: ${wanted
        .filter((i) => outcome.finished.has(i))
        .map((i) => `${i}: ${shardSeconds(plan, i)}`)
        .join(", ")})\n`,
    );
  }
  const missing = missingShards(plan);
  const present = Array.from({ length: plan.shards }, (_, i) => i + 1).filter(
    (i) => !missing.includes(i),
  );
  if (missing.length > 0 && (values["allow-partial"] !== true || present.length === 0)) {
    throw new OutputError(
      plan.dir,
      `all ${plan.shards} shards of the study`,
      `${failedShardsText(plan)}; resubmit only those with cutover montecarlo --resume ${plan.dir}${present.length > 0 ? ", or merge what there is with --allow-partial" : ""}`,
    );
  }
  const result = mergeShardFiles(
    present.map((i) => shardFile(plan.dir, i)),
    limits,
    values["allow-partial"] === true,
  );
  if (values.json === true) {
    out.write(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    out.write(renderMonteCarlo(result));
    if (result.missing !== undefined) out.write(`${missingText(result.missing, missing, plan)}\n`);
  }
  return result;
}

/** The line a partial merge adds: how many replications are missing, which, from which shards. */
function missingText(replications: readonly number[], shards: readonly number[], plan: StudyPlan) {
  const shown = replications.slice(0, 10).join(", ");
  return (
    `  PARTIAL: ${replications.length} of ${plan.runs} replications missing (${shown}${replications.length > 10 ? ", …" : ""}), ` +
    `those of shard${shards.length === 1 ? "" : "s"} ${shards.map((i) => `${i}/${plan.shards}`).join(", ")}; ` +
    `complete it with cutover montecarlo --resume ${plan.dir}`
  );
}

/** The plan of a new study from the command line, its scenario loaded once to check it. */
async function newPlan(values: Values, positionals: readonly string[]): Promise<StudyPlan> {
  const engine = values.submit;
  if (engine !== "slurm" && engine !== "kubernetes") {
    throw new UsageError(`--submit: expected slurm or kubernetes, got ${JSON.stringify(engine)}`);
  }
  for (const flag of ["shard", "precision", "max-runs"]) {
    if (values[flag] !== undefined) {
      throw new UsageError(
        `--${flag} cannot be combined with --submit (each shard is one --shard i/K)`,
      );
    }
  }
  const runs = numberOption(values, "runs", PHYSICAL_RANGES.replications);
  if (runs === undefined) throw new UsageError("--runs N is required with --submit");
  const shards = numberOption(values, "shards", PHYSICAL_RANGES.replications);
  if (shards === undefined) throw new UsageError("--shards K is required with --submit");
  if (shards > runs) {
    throw new UsageError(
      `--shards: expected a whole number ≤ --runs (${runs}): each shard runs one replication or more, got ${JSON.stringify(values.shards)}`,
    );
  }
  if (engine === "kubernetes") {
    for (const flag of ["partition", "time-limit", "allow-partial"]) {
      if (values[flag] !== undefined) throw new UsageError(`--${flag}: only with --submit slurm`);
    }
    if (values["dry-run"] !== true) {
      throw new UsageError(
        "--submit kubernetes: add --dry-run (it writes the Indexed Job; apply it with kubectl)",
      );
    }
  }
  const seed = seedOption(values.seed);
  const limits = limitsOption(values);
  // a bad scenario is said now, in one line, not by K failed shards
  await loadScenario(positionals[0], { seed, limits });
  const dir = resolve(typeof values.out === "string" ? values.out : DEFAULT_STUDY_DIR);
  refuseExistingStudy(dir);
  return {
    engine,
    scenario: positionals[0] === undefined ? null : scenarioWord(positionals[0]),
    runs,
    shards,
    workers: numberOption(values, "workers", PHYSICAL_RANGES.workers) ?? 1,
    seed: seed ?? null,
    maxInputMib: values["max-input-mib"] === undefined ? null : Number(values["max-input-mib"]),
    node: process.execPath,
    cli: cutoverBin(),
    cwd: process.cwd(),
    dir,
    partition: partitionOption(values),
    timeLimit: timeLimitOption(values),
  };
}

/** The plan of `--resume DIR`, with --partition and --time-limit replaced where given. */
function resumedPlan(values: Values, positionals: readonly string[]): StudyPlan {
  const dir = values.resume;
  if (typeof dir !== "string" || dir === "")
    throw new UsageError("--resume: expected a folder DIR");
  const fixed = [
    "submit",
    "shards",
    "runs",
    "seed",
    "shard",
    "precision",
    "max-runs",
    "out",
    "workers",
  ];
  const given = fixed.find((flag) => values[flag] !== undefined);
  if (given !== undefined) {
    throw new UsageError(
      `--${given}: --resume DIR takes the study from DIR/study.json; drop --${given}`,
    );
  }
  if (positionals.length > 0) {
    throw new UsageError("--resume DIR takes the study from DIR/study.json; drop the SCENARIO");
  }
  const plan = readPlan(dir);
  return {
    ...plan,
    partition: partitionOption(values) ?? plan.partition,
    timeLimit: timeLimitOption(values) ?? plan.timeLimit,
  };
}

/** The scenario as a shard names it: a built-in name as it is, anything else as an absolute path. */
function scenarioWord(arg: string): string {
  const builtin = join(builtinDirectory(), `${arg}.json`);
  const isBuiltin =
    !/[\\/]/.test(arg) && extname(arg) === "" && !existsSync(arg) && existsSync(builtin);
  return isBuiltin ? arg : resolve(arg);
}

function partitionOption(values: Values): string | null {
  const value = values.partition;
  if (value === undefined) return null;
  if (typeof value !== "string" || !/^[A-Za-z0-9_.-]{1,64}$/.test(value)) {
    throw new UsageError(
      `--partition: expected a Slurm partition name (letters, digits, _ . -), got ${JSON.stringify(value).slice(0, 80)}`,
    );
  }
  return value;
}

/** Slurm's time formats: M, M:S, H:M:S, D-H, D-H:M, D-H:M:S. */
const SLURM_TIME =
  /^(?:\d+|\d+:\d{1,2}|\d+:\d{1,2}:\d{1,2}|\d+-\d+|\d+-\d+:\d{1,2}|\d+-\d+:\d{1,2}:\d{1,2})$/;

function timeLimitOption(values: Values): string | null {
  const value = values["time-limit"];
  if (value === undefined) return null;
  if (typeof value !== "string" || !SLURM_TIME.test(value)) {
    throw new UsageError(
      `--time-limit: expected a Slurm time limit (minutes, MM:SS, HH:MM:SS or D-HH[:MM[:SS]]), e.g. 2:00:00, got ${JSON.stringify(value).slice(0, 80)}`,
    );
  }
  return value;
}

function write(path: string, text: string): void {
  try {
    mkdirSync(resolve(path, ".."), { recursive: true });
    writeFileSync(path, text);
  } catch (error) {
    throw outputErrorOf(path, "a file the study can be written to (--out DIR)", error);
  }
}
