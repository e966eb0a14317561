import { spawnSync } from "node:child_process";
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { OutputError } from "../../cli/OutputError.ts";
import { missingShards, type StudyPlan, shardFile, shardLog } from "./studyPlan.ts";

/** How `runSlurmStudy` reports progress, and how often it looks. */
export interface SlurmProgress {
  /** Where progress goes (stderr): a bar when it is a terminal, a line per shard otherwise. */
  stream: NodeJS.WritableStream & { isTTY?: boolean };
  /** Milliseconds between two looks at the queue and the shard files (default 1000). */
  pollMs?: number;
}

/** What became of the shards submitted. */
export interface SlurmOutcome {
  jobId: string;
  /** Seconds from the submission to the end of the last shard. */
  wallSeconds: number;
  /** Shard → seconds from the submission until its file appeared. */
  finished: Map<number, number>;
  /** Shards of this submission that left the queue without their file. */
  failed: number[];
}

/**
 * Submits shards `indexes` of the study (`sbatch --parsable --array=…` on the study's script,
 * with its partition and time limit; none when `indexes` is empty) and records the job in
 * `DIR/jobs.txt`, then watches them and the shards `queued` (still in the queue from an earlier
 * submission: followed, not submitted again) until none is left in the queue
 * (`squeue -r -j JOB`), counting a shard as done when its file appears (the script renames it
 * into place only once the shard has finished). Progress as shards finish.
 *
 * @throws OutputError when sbatch is missing or refuses the job (its first line of stderr)
 */
export async function runSlurmStudy(
  plan: StudyPlan,
  script: string,
  indexes: readonly number[],
  queued: ReadonlyMap<number, string>,
  progress: SlurmProgress,
): Promise<SlurmOutcome> {
  const started = performance.now();
  const jobs = [...new Set(queued.values())];
  if (queued.size > 0) {
    progress.stream.write(
      `following shard${queued.size === 1 ? "" : "s"} ${[...queued.keys()].map((i) => `${i}/${plan.shards}`).join(", ")}, still in the queue (job ${jobs.join(", ")}): not submitted again\n`,
    );
  }
  if (indexes.length > 0) {
    const jobId = submit(plan, script, indexes);
    appendFileSync(jobsFile(plan.dir), `${jobId}\n`);
    jobs.push(jobId);
    progress.stream.write(
      `submitted job ${jobId}: ${indexes.length} of ${plan.shards} shards of ${plan.runs} replications, logs ${shardLog(plan.dir, 0).replace(/0\.log$/, "<i>.log")}\n`,
    );
  }
  const followed = [...indexes, ...queued.keys()].sort((a, b) => a - b);
  const seconds = () => (performance.now() - started) / 1000;
  const show = reporter(plan, followed, progress.stream);
  const finished = new Map<number, number>();
  const look = () => {
    for (const i of followed) {
      if (!finished.has(i) && existsSync(shardFile(plan.dir, i))) {
        finished.set(i, seconds());
        show(i, finished.size, seconds());
      }
    }
    show("tick", finished.size, seconds());
  };
  for (let inQueue = true; inQueue; ) {
    look();
    inQueue = (await queuedShards(plan, jobs)).size > 0;
    if (inQueue) await sleep(progress.pollMs ?? 1000);
  }
  look();
  show("end", finished.size, seconds());
  return {
    jobId: jobs.join(", "),
    wallSeconds: seconds(),
    finished,
    failed: followed.filter((i) => !finished.has(i)),
  };
}

/** `sbatch --parsable --array=…`: the job id. */
function submit(plan: StudyPlan, script: string, indexes: readonly number[]): string {
  const args = [
    "--parsable",
    `--array=${indexes.join(",")}`,
    ...(plan.partition === null ? [] : [`--partition=${plan.partition}`]),
    ...(plan.timeLimit === null ? [] : [`--time=${plan.timeLimit}`]),
    script,
  ];
  const submitted = spawnSync("sbatch", args, { encoding: "utf8" });
  if (submitted.error !== undefined) {
    throw new OutputError(
      "sbatch",
      "the Slurm command sbatch on PATH (Debian: slurm-wlm)",
      `${(submitted.error as NodeJS.ErrnoException).code ?? submitted.error.message}; write the script alone with --dry-run`,
    );
  }
  if (submitted.status !== 0) {
    throw new OutputError(
      script,
      "a job array sbatch accepts",
      `sbatch exit code ${submitted.status}: ${firstLine(submitted.stderr)}`,
    );
  }
  return submitted.stdout.trim().split(";")[0]!;
}

/** The jobs submitted for the study in DIR, one id a line. */
export function jobsFile(dir: string): string {
  return join(dir, "jobs.txt");
}

/** The jobs recorded in DIR/jobs.txt (none when there is no such file). */
export function recordedJobs(dir: string): string[] {
  if (!existsSync(jobsFile(dir))) return [];
  return readFileSync(jobsFile(dir), "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => /^\d+$/.test(l));
}

/**
 * The study's shards still pending, running or completing in any of `jobs` (shard → job).
 * A job Slurm has already forgotten ("Invalid job id") has none; any other failure of squeue is
 * tried again, ten times.
 */
export async function queuedShards(
  plan: Pick<StudyPlan, "shards">,
  jobs: readonly string[],
): Promise<Map<number, string>> {
  const shards = new Map<number, string>();
  for (const job of jobs) {
    for (const index of await queuedTasks(job)) {
      if (index >= 1 && index <= plan.shards) shards.set(index, job);
    }
  }
  return shards;
}

/** The array indexes of the job's tasks in the queue. */
async function queuedTasks(jobId: string): Promise<number[]> {
  for (let attempt = 0; ; attempt++) {
    const r = spawnSync("squeue", ["-h", "-r", "-j", jobId, "-o", "%K"], { encoding: "utf8" });
    if (r.status === 0) {
      return r.stdout
        .split("\n")
        .map((l) => l.trim())
        .filter((l) => /^\d+$/.test(l))
        .map(Number);
    }
    if (/invalid job id/i.test(r.stderr ?? "")) return [];
    if (attempt >= 10) {
      throw new OutputError(
        `job ${jobId}`,
        "a job squeue can follow",
        `squeue failing: ${firstLine(r.stderr ?? String(r.error))}`,
      );
    }
    await sleep(500);
  }
}

/**
 * Progress: a bar on a terminal (redrawn at each look, ended by "end"), else a line per
 * finished shard with its own run time.
 */
function reporter(
  plan: StudyPlan,
  indexes: readonly number[],
  stream: SlurmProgress["stream"],
): (shard: number | "tick" | "end", done: number, seconds: number) => void {
  const total = indexes.length;
  if (stream.isTTY === true) {
    return (shard, done, seconds) => {
      const width = 30;
      const filled = Math.round((width * done) / Math.max(1, total));
      stream.write(
        `\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} shards, ${seconds.toFixed(0)} s`,
      );
      if (shard === "end") stream.write("\n");
    };
  }
  return (shard, done, seconds) => {
    if (typeof shard !== "number") return;
    stream.write(
      `shard ${shard}/${plan.shards} done after ${seconds.toFixed(1)} s (its run: ${shardSeconds(plan, shard)}); ${done}/${total}\n`,
    );
  };
}

/** A shard's own wall time from its file's `timing`, as text. */
export function shardSeconds(plan: StudyPlan, shard: number): string {
  try {
    const timing = JSON.parse(readFileSync(shardFile(plan.dir, shard), "utf8")).timing;
    return `${Number(timing.wallSeconds).toFixed(1)} s`;
  } catch {
    return "unknown";
  }
}

/**
 * Where to look for why shard i failed: its log with its last line, or that it has none (a
 * task cancelled or refused before it started writes none).
 */
export function shardLogText(plan: StudyPlan, shard: number): string {
  const log = shardLog(plan.dir, shard);
  if (!existsSync(log)) return `no log at ${log}: it never started (cancelled or refused)`;
  const last = readFileSync(log, "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "")
    .at(-1);
  return `see ${log}${last === undefined ? "" : ` (last line: ${JSON.stringify(last.slice(0, 160))})`}`;
}

/** Missing shards named with their logs, for the one-line message. */
export function failedShardsText(plan: StudyPlan): string {
  const missing = missingShards(plan);
  const named = missing
    .slice(0, 5)
    .map((i) => `shard ${i}/${plan.shards} (log ${shardLog(plan.dir, i)})`)
    .join(", ");
  return `${missing.length} missing: ${named}${missing.length > 5 ? ", …" : ""}`;
}

function firstLine(text: string): string {
  return (
    text
      .split("\n")
      .map((l) => l.trim())
      .find((l) => l !== "") ?? "no message"
  ).slice(0, 200);
}
