import { type StudyPlan, shardArguments, shardFile, shardLog } from "./studyPlan.ts";

/** A word for a POSIX shell: single-quoted unless it is plainly safe. */
export function shellWord(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

/**
 * The sbatch script of a study: a job array of K tasks, task i running
 * `cutover montecarlo … --shard i/K --json` with the node and bin/cutover.js of the process
 * that wrote it, in the folder it ran in, into `DIR/shard-i.json` (written to `.part` first and
 * renamed once the shard has finished, so that a file there is always a whole shard); its
 * stderr and Slurm's messages go to `DIR/shard-i.log`. Exit codes 0, 1 (a replication missed
 * a target) and 3 (a target not assessed) with something printed are a finished shard; anything
 * else fails the task.
 * `sbatch --array=2,4 SCRIPT` runs only shards 2 and 4 (the command line wins over #SBATCH).
 */
export function slurmBatchScript(plan: StudyPlan): string {
  const q = shellWord;
  const directives = [
    `--job-name=cutover-montecarlo`,
    `--array=1-${plan.shards}`,
    `--ntasks=1`,
    `--cpus-per-task=${plan.workers}`,
    `--chdir=${plan.cwd}`,
    `--output=${shardLog(plan.dir, 0).replace(/0\.log$/, "%a.log")}`,
    ...(plan.partition === null ? [] : [`--partition=${plan.partition}`]),
    ...(plan.timeLimit === null ? [] : [`--time=${plan.timeLimit}`]),
  ];
  const command = shardArguments(plan, "$i").map((word) =>
    word === `$i/${plan.shards}` ? `"$i/${plan.shards}"` : q(word),
  );
  const out = shardFile(plan.dir, 0).replace(/0\.json$/, "$i.json");
  return `#!/bin/bash
# Monte Carlo study written by cutover montecarlo --submit slurm: ${plan.runs} replications in
# ${plan.shards} shards. Submit: sbatch --parsable ${q(`${plan.dir}/submit.sbatch`)}
# Only some shards: sbatch --array=2,4 … ; then: cutover merge ${q(plan.dir)}/shard-*.json
${directives.map((d) => `#SBATCH ${d.includes(" ") ? `"${d}"` : d}`).join("\n")}
set -u
i="$SLURM_ARRAY_TASK_ID"
out=${q(out.slice(0, out.length - "$i.json".length))}"$i.json"
${command.join(" ")} > "$out.part"
code=$?
# 0: every target met; 1: a replication missed one; 3: one not assessed — a finished shard,
# if it wrote its result (node itself also exits 1 when it cannot start: then stdout is empty)
case "$code" in
  0 | 1 | 3) [ -s "$out.part" ] && mv -f "$out.part" "$out" && exit 0 ;;
esac
echo "cutover: shard $i/${plan.shards} failed (exit code $code)" >&2
exit "$code"
`;
}
