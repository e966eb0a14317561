import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * `cutover montecarlo --submit slurm` on a real single-node Slurm cluster (slurmctld + slurmd on
 * 127.0.0.1, started by test/slurm/cluster.sh in a temporary folder and stopped by it in
 * afterAll). Skipped only when sbatch is absent outside CI; in CI (CI set) a missing sbatch
 * fails — .ci/apt-packages installs slurm-wlm and munge, and CI runs as root.
 */
const root = resolve(import.meta.dirname, "../..");
const bin = join(root, "bin/cutover.js");
const clusterScript = join(root, "test/slurm/cluster.sh");
const hasSbatch = spawnSync("sh", ["-c", "command -v sbatch"]).status === 0;
const inCi = process.env.CI !== undefined && process.env.CI !== "";

let dir = "";
let started = false;
/** The environment of every Slurm command and CLI run: this cluster's configuration. */
let env: NodeJS.ProcessEnv = {};

/**
 * `cutover ARGS` as a process; `onStderr` sees its stderr as it comes, and the process (to act
 * mid-run).
 */
function cutover(
  args: string[],
  onStderr: (text: string, child: ChildProcess) => void = () => {},
): Promise<{ code: number | null; stdout: string; stderr: string; seconds: number }> {
  const t0 = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [bin, ...args], { env, cwd: root });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (b) => {
      stdout += String(b);
    });
    child.stderr.on("data", (b) => {
      stderr += String(b);
      onStderr(stderr, child);
    });
    child.on("error", fail);
    child.on("close", (code) =>
      done({ code, stdout, stderr, seconds: (performance.now() - t0) / 1000 }),
    );
  });
}

/** The --json output as text without its wall-clock part (`timing`), key order kept. */
function withoutTiming(text: string): string {
  const { timing: _timing, ...rest } = JSON.parse(text);
  return JSON.stringify(rest, null, 2);
}

describe.skipIf(!hasSbatch && !inCi)(
  "cutover montecarlo --submit slurm on a single-node cluster",
  () => {
    beforeAll(() => {
      if (!hasSbatch) {
        throw new Error(
          "CI is set but sbatch is not on PATH: .ci/apt-packages must install slurm-wlm and munge",
        );
      }
      dir = mkdtempSync(join(tmpdir(), "cutover-slurm-"));
      // a port of its own, away from Slurm's default and from another run's cluster
      const port = String(20_000 + (process.pid % 10_000) * 2);
      env = { ...process.env, SLURM_CONF: join(dir, "cluster/slurm.conf"), SLURM_TEST_PORT: port };
      const start = spawnSync("bash", [clusterScript, "start", join(dir, "cluster")], {
        env,
        encoding: "utf8",
        timeout: 60_000,
      });
      started = true;
      expect(start.status, `cluster.sh start: ${start.stderr}`).toBe(0);
    }, 90_000);

    afterAll(() => {
      if (started) {
        spawnSync("bash", [clusterScript, "stop", join(dir, "cluster")], { env, timeout: 60_000 });
      }
      if (dir !== "") rmSync(dir, { recursive: true, force: true });
    }, 90_000);

    const study = ["montecarlo", "reference", "--runs", "16"];

    it("runs a 4-shard study as a job array and merges it into exactly the local run", async () => {
      const local = await cutover([...study, "--workers", "1", "--json"]);
      const submitted = await cutover([
        ...study,
        "--submit",
        "slurm",
        "--shards",
        "4",
        "--out",
        join(dir, "whole"),
        "--json",
      ]);
      // the figures of the run, for the README's "Beyond one machine"
      process.stderr.write(
        `4-shard study of 16 replications on Slurm: ${submitted.seconds.toFixed(1)} s submit → merged; local run ${local.seconds.toFixed(1)} s\n${submitted.stderr}`,
      );
      expect(submitted.code, submitted.stderr).toBe(local.code);
      expect(submitted.stderr).toMatch(/submitted job \d+: 4 of 4 shards/);
      expect(submitted.stderr).toContain("4 of 4 shards finished");
      expect(withoutTiming(submitted.stdout)).toBe(withoutTiming(local.stdout));
    }, 120_000);

    it("names a cancelled shard with its log, merges nothing, and --resume runs only that shard", async () => {
      const out = join(dir, "cancelled");
      let cancelled = "";
      const failed = await cutover(
        [...study, "--submit", "slurm", "--shards", "4", "--out", out],
        (stderr) => {
          const job = /submitted job (\d+)/.exec(stderr)?.[1];
          if (job !== undefined && cancelled === "") {
            cancelled = `${job}_3`;
            // shard 3 killed before it can finish (each takes seconds; this, milliseconds)
            spawnSync("scancel", [cancelled], { env });
          }
        },
      );
      expect(cancelled).not.toBe("");
      expect(failed.code, failed.stderr).toBe(2);
      expect(failed.stdout).toBe("");
      expect(failed.stderr).toContain(`shard 3/4 failed: `);
      expect(failed.stderr).toContain(join(out, "shard-3.log"));
      expect(failed.stderr).toMatch(
        /cutover: .*: expected all 4 shards of the study, got 1 missing: shard 3\/4 \(log .*shard-3\.log\); resubmit only those with cutover montecarlo --resume/,
      );

      const local = await cutover([...study, "--workers", "1", "--json"]);
      const resumed = await cutover(["montecarlo", "--resume", out, "--json"]);
      expect(resumed.stderr).toMatch(/submitted job \d+: 1 of 4 shards/);
      expect(resumed.stderr).toContain("1 of 1 shards finished");
      expect(resumed.code, resumed.stderr).toBe(local.code);
      expect(withoutTiming(resumed.stdout)).toBe(withoutTiming(local.stdout));
    }, 120_000);

    it("--resume after its follower was killed follows the shards still queued, submitting none again", async () => {
      const out = join(dir, "interrupted");
      const killed = await cutover(
        [...study, "--submit", "slurm", "--shards", "4", "--out", out],
        (stderr, child) => {
          if (/submitted job \d+/.test(stderr)) child.kill("SIGKILL");
        },
      );
      expect(killed.code).toBeNull(); // killed: the job array runs on without it
      const local = await cutover([...study, "--workers", "1", "--json"]);
      const resumed = await cutover(["montecarlo", "--resume", out, "--json"]);
      expect(resumed.stderr).toMatch(/following shards? [\d/, ]+, still in the queue \(job \d+\)/);
      expect(resumed.stderr).not.toContain("submitted job");
      expect(resumed.code, resumed.stderr).toBe(local.code);
      expect(withoutTiming(resumed.stdout)).toBe(withoutTiming(local.stdout));
    }, 120_000);
  },
);
