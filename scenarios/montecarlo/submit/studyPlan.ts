import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { z } from "zod";
import { OutputError } from "../../cli/OutputError.ts";
import { UsageError } from "../../cli/UsageError.ts";

/**
 * A Monte Carlo study spread over a batch system: what each shard runs, where, and where it
 * writes. Written as `DIR/study.json` when the study is submitted (or only written, with
 * --dry-run), and read back by `--resume DIR`, so that a resumed shard runs exactly the command
 * its siblings ran.
 */
export interface StudyPlan {
  /** The engine the study was written for. */
  engine: "slurm" | "kubernetes";
  /** The scenario as a shard names it: a built-in name or an absolute path; null: the default. */
  scenario: string | null;
  runs: number;
  shards: number;
  /** Worker threads per shard (and CPUs per Slurm task). */
  workers: number;
  seed: number | null;
  maxInputMib: number | null;
  /** The node binary and bin/cutover.js of the process that wrote the plan. */
  node: string;
  cli: string;
  /** The folder shards run in (so a scenario file shows the same path as in a local run). */
  cwd: string;
  /** Absolute folder of the shard files, logs, script and this plan. */
  dir: string;
  partition: string | null;
  timeLimit: string | null;
}

const planSchema = z.object({
  engine: z.enum(["slurm", "kubernetes"]),
  scenario: z.string().nullable(),
  runs: z.number().int().min(1),
  shards: z.number().int().min(1),
  workers: z.number().int().min(1),
  seed: z.number().int().nullable(),
  maxInputMib: z.number().positive().nullable(),
  node: z.string(),
  cli: z.string(),
  cwd: z.string(),
  dir: z.string(),
  partition: z.string().nullable(),
  timeLimit: z.string().nullable(),
});

/** The plan's file in DIR. */
export function planFile(dir: string): string {
  return join(dir, "study.json");
}

/** Shard i's output (1-based, as `--shard i/K`). */
export function shardFile(dir: string, index: number): string {
  return join(dir, `shard-${index}.json`);
}

/** Shard i's log: its stderr, and the batch system's messages about it. */
export function shardLog(dir: string, index: number): string {
  return join(dir, `shard-${index}.log`);
}

/** Shards 1…K whose output file is not there yet. */
export function missingShards(plan: Pick<StudyPlan, "dir" | "shards">): number[] {
  const missing: number[] = [];
  for (let i = 1; i <= plan.shards; i++) if (!existsSync(shardFile(plan.dir, i))) missing.push(i);
  return missing;
}

/** The arguments of shard `index` (a shell word or "$i" for the batch system's index). */
export function shardArguments(plan: StudyPlan, index: string): string[] {
  return [
    plan.node,
    plan.cli,
    "montecarlo",
    ...(plan.scenario === null ? [] : [plan.scenario]),
    "--runs",
    String(plan.runs),
    "--shard",
    `${index}/${plan.shards}`,
    "--workers",
    String(plan.workers),
    ...(plan.seed === null ? [] : ["--seed", String(plan.seed)]),
    ...(plan.maxInputMib === null ? [] : ["--max-input-mib", String(plan.maxInputMib)]),
    "--json",
  ];
}

/**
 * bin/cutover.js of this installation: found upwards from this module (scenarios/… in the
 * sources, dist/scenarios/… when built), beside the package.json that names the command.
 */
export function cutoverBin(): string {
  let folder = import.meta.dirname;
  for (;;) {
    const bin = join(folder, "bin", "cutover.js");
    if (existsSync(bin) && existsSync(join(folder, "package.json"))) return bin;
    const parent = dirname(folder);
    if (parent === folder) throw new Error("bin/cutover.js not found above the Monte Carlo code");
    folder = parent;
  }
}

/**
 * Reads `DIR/study.json` for `--resume DIR`.
 * @throws UsageError when DIR holds no study written by `--submit` (one line naming the file)
 */
export function readPlan(dir: string): StudyPlan {
  const file = planFile(resolve(dir));
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    throw new UsageError(
      `--resume: expected a folder written by cutover montecarlo --submit (with study.json), got ${JSON.stringify(dir)} without a readable ${file}`,
    );
  }
  const parsed = planSchema.safeParse(value);
  if (!parsed.success) {
    throw new UsageError(
      `--resume: ${file}: expected the study.json cutover montecarlo --submit wrote, got one that does not match (field ${parsed.error.issues[0]?.path.join(".") ?? "?"})`,
    );
  }
  return { ...parsed.data, dir: resolve(dir) };
}

/** Refuses to start a new study in a folder that already holds one (resume it instead). */
export function refuseExistingStudy(dir: string): void {
  if (existsSync(planFile(dir))) {
    throw new OutputError(
      dir,
      "a folder for a new study (--out DIR)",
      "a folder that already holds one (study.json): resume it with --resume DIR, or choose another --out",
    );
  }
}
