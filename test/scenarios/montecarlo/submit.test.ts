import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv } from "ajv";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { montecarloCommand } from "../../../scenarios/cli/commands/montecarloCommand.ts";
import { OutputError } from "../../../scenarios/cli/OutputError.ts";
import { UsageError } from "../../../scenarios/cli/UsageError.ts";
import { DEFAULT_INPUT_LIMITS } from "../../../scenarios/inventory/InputLimits.ts";
import { mergeShardFiles } from "../../../scenarios/montecarlo/submit/mergeShardFiles.ts";
import { runCommand } from "../cli/runCommand.ts";

const bin = new URL("../../../bin/cutover.js", import.meta.url).pathname;

/**
 * A minimal JSON Schema of the batch/v1 Job fields the manifest uses, transcribed from the
 * Kubernetes API reference (io.k8s.api.batch.v1.JobSpec, PodTemplateSpec, PodSpec, Container,
 * Volume): required fields, types, enums and minimums. Hand-written because no Kubernetes schema
 * is installed here and none can be fetched (no network but npm and Debian); unknown fields are
 * refused (additionalProperties: false), so a misspelt field fails as `kubectl --validate=strict`
 * would fail it.
 */
const JOB_SCHEMA = {
  type: "object",
  required: ["apiVersion", "kind", "metadata", "spec"],
  additionalProperties: false,
  properties: {
    apiVersion: { const: "batch/v1" },
    kind: { const: "Job" },
    metadata: {
      type: "object",
      required: ["name"],
      additionalProperties: false,
      properties: {
        // a DNS-1123 subdomain; a Job's name is at most 63 characters (it labels its pods)
        name: { type: "string", pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", maxLength: 63 },
        labels: { type: "object", additionalProperties: { type: "string" } },
      },
    },
    spec: {
      type: "object",
      required: ["template", "completionMode", "completions"],
      additionalProperties: false,
      properties: {
        completionMode: { enum: ["NonIndexed", "Indexed"] },
        completions: { type: "integer", minimum: 1 },
        parallelism: { type: "integer", minimum: 0 },
        backoffLimitPerIndex: { type: "integer", minimum: 0 },
        maxFailedIndexes: { type: "integer", minimum: 0 },
        template: {
          type: "object",
          required: ["spec"],
          additionalProperties: false,
          properties: {
            metadata: {
              type: "object",
              properties: { labels: { type: "object", additionalProperties: { type: "string" } } },
            },
            spec: {
              type: "object",
              required: ["containers"],
              additionalProperties: false,
              properties: {
                // a Job's pods may only be Never or OnFailure
                restartPolicy: { enum: ["Never", "OnFailure"] },
                containers: {
                  type: "array",
                  minItems: 1,
                  items: {
                    type: "object",
                    required: ["name", "image"],
                    additionalProperties: false,
                    properties: {
                      name: { type: "string", pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" },
                      image: { type: "string", minLength: 1 },
                      workingDir: { type: "string" },
                      command: { type: "array", items: { type: "string" } },
                      args: { type: "array", items: { type: "string" } },
                      resources: {
                        type: "object",
                        additionalProperties: false,
                        properties: {
                          requests: { type: "object", additionalProperties: { type: "string" } },
                          limits: { type: "object", additionalProperties: { type: "string" } },
                        },
                      },
                      volumeMounts: {
                        type: "array",
                        items: {
                          type: "object",
                          required: ["name", "mountPath"],
                          additionalProperties: false,
                          properties: {
                            name: { type: "string" },
                            mountPath: { type: "string", pattern: "^/" },
                          },
                        },
                      },
                    },
                  },
                },
                volumes: {
                  type: "array",
                  items: {
                    type: "object",
                    required: ["name"],
                    additionalProperties: false,
                    properties: {
                      name: { type: "string" },
                      persistentVolumeClaim: {
                        type: "object",
                        required: ["claimName"],
                        additionalProperties: false,
                        properties: { claimName: { type: "string" } },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
} as const;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "cutover-submit-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** `cutover montecarlo …` as a process (PATH as given), with its exit code and both streams. */
function cli(args: string[], path = process.env.PATH ?? "", env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, "montecarlo", ...args], {
    encoding: "utf8",
    env: { ...process.env, PATH: path, ...env },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The --json output without its wall-clock part. */
function withoutTiming(text: string): string {
  const { timing: _timing, ...rest } = JSON.parse(text);
  return JSON.stringify(rest);
}

describe("cutover montecarlo --submit slurm --dry-run", () => {
  it("writes a job array of K shards with this node, this bin/cutover.js and the scenario's absolute path", async () => {
    const scenario = join(dir, "my.json");
    writeFileSync(scenario, JSON.stringify({ schemaVersion: 1, extends: "reference", name: "my" }));
    const out = join(dir, "study");
    const { code, stdout } = await runCommand(
      montecarloCommand,
      scenario,
      "--runs",
      "20",
      "--submit",
      "slurm",
      "--shards",
      "4",
      "--partition",
      "batch",
      "--time-limit",
      "1:30:00",
      "--seed",
      "7",
      "--out",
      out,
      "--dry-run",
    );
    expect(code).toBe(0);
    expect(stdout).toContain(`wrote ${join(out, "submit.sbatch")}`);
    const script = readFileSync(join(out, "submit.sbatch"), "utf8");
    expect(script).toContain("#SBATCH --array=1-4\n");
    expect(script).toContain("#SBATCH --partition=batch\n");
    expect(script).toContain("#SBATCH --time=1:30:00\n");
    expect(script).toContain(`#SBATCH --output=${out}/shard-%a.log\n`);
    expect(script).toContain(`#SBATCH --chdir=${process.cwd()}\n`);
    expect(script).toContain(
      `${process.execPath} ${bin} montecarlo ${scenario} --runs 20 --shard "$i/4" --workers 1 --seed 7 --json > "$out.part"`,
    );
    expect(existsSync(join(out, "study.json"))).toBe(true);
    // bash reads it
    expect(spawnSync("bash", ["-n", join(out, "submit.sbatch")]).status).toBe(0);
    // the folder now holds a study: a new one is refused there
    await expect(
      runCommand(
        montecarloCommand,
        "--runs",
        "4",
        "--submit",
        "slurm",
        "--shards",
        "2",
        "--out",
        out,
      ),
    ).rejects.toThrow(OutputError);
  });

  it("refuses bad options in one line naming the flag (exit 2 from the CLI)", async () => {
    const cases: [string[], RegExp][] = [
      [
        ["--runs", "8", "--submit", "pbs", "--shards", "2"],
        /^--submit: expected slurm or kubernetes/,
      ],
      [["--runs", "8", "--submit", "slurm"], /^--shards K is required/],
      [
        ["--runs", "8", "--submit", "slurm", "--shards", "9"],
        /^--shards: expected a whole number ≤ --runs \(8\)/,
      ],
      [["--runs", "8", "--submit", "slurm", "--shards", "0"], /^--shards: expected/],
      [
        ["--runs", "8", "--submit", "slurm", "--shards", "2", "--time-limit", "2h"],
        /^--time-limit: expected a Slurm time limit/,
      ],
      [
        ["--runs", "8", "--submit", "slurm", "--shards", "2", "--partition", "a b"],
        /^--partition: expected a Slurm partition name/,
      ],
      [
        ["--runs", "8", "--submit", "slurm", "--shards", "2", "--shard", "1/2"],
        /^--shard cannot be combined with --submit/,
      ],
      [
        ["--runs", "8", "--submit", "kubernetes", "--shards", "2"],
        /^--submit kubernetes: add --dry-run/,
      ],
      [
        ["--runs", "8", "--submit", "kubernetes", "--shards", "2", "--dry-run", "--partition", "p"],
        /^--partition: only with --submit slurm/,
      ],
      [["--runs", "8", "--shards", "2"], /^--shards: only with --submit/],
      [["--runs", "8", "--dry-run"], /^--dry-run: only with --submit/],
      [["--resume", dir], /^--resume: expected a folder written by cutover montecarlo --submit/],
      [
        ["--resume", dir, "--runs", "8"],
        /^--runs: --resume DIR takes the study from DIR\/study.json/,
      ],
    ];
    for (const [args, message] of cases) {
      const error = await runCommand(montecarloCommand, ...args).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, args.join(" ")).toBeInstanceOf(UsageError);
      expect((error as Error).message, args.join(" ")).toMatch(message);
      expect((error as Error).message).not.toContain("\n");
    }
    const r = cli(["--runs", "8", "--submit", "slurm", "--shards", "x"]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/^cutover: --shards: expected/);
  });
});

describe("cutover montecarlo --submit kubernetes --dry-run", () => {
  it("writes an Indexed Job that the batch/v1 Job schema (minimal, hand-written) accepts", async () => {
    const out = join(dir, "k8s");
    const { code } = await runCommand(
      montecarloCommand,
      "reference",
      "--runs",
      "100",
      "--submit",
      "kubernetes",
      "--shards",
      "8",
      "--out",
      out,
      "--dry-run",
    );
    expect(code).toBe(0);
    const job = JSON.parse(readFileSync(join(out, "job.json"), "utf8"));
    const validate = new Ajv({ strict: true, allErrors: true }).compile(JOB_SCHEMA);
    expect(validate(job), JSON.stringify(validate.errors)).toBe(true);
    expect(job.spec).toMatchObject({ completionMode: "Indexed", completions: 8, parallelism: 8 });
    const container = job.spec.template.spec.containers[0];
    const script: string = container.command[2];
    expect(script).toContain(`--shard "$((JOB_COMPLETION_INDEX + 1))/8"`);
    expect(script).toContain("'montecarlo' 'reference' '--runs' '100'");
    // pod i runs shard i+1: the script run by a POSIX shell as the pod would, here with echo
    // for node and this folder for the claim
    const sh = spawnSync(
      "/bin/sh",
      ["-c", script.replace(/^node \S+/m, "echo").replaceAll("/study", dir)],
      {
        env: { ...process.env, JOB_COMPLETION_INDEX: "3" },
        encoding: "utf8",
      },
    );
    expect(sh.status).toBe(0);
    expect(readFileSync(join(dir, "shard-4.json"), "utf8")).toContain("--json --shard 4/8");
    // the schema catches what it should: a misspelt field, a wrong mode
    expect(validate({ ...job, spec: { ...job.spec, completionMode: "indexed" } })).toBe(false);
    expect(validate({ ...job, spec: { ...job.spec, completion: 8 } })).toBe(false);
  });
});

describe("the submit loop, on a stand-in sbatch that runs the array at once", () => {
  /**
   * A stand-in for Slurm: `sbatch --parsable --array=LIST SCRIPT` runs the script's tasks one
   * after the other (SLURM_ARRAY_TASK_ID set, output to the --output file) and prints a job id;
   * `squeue` lists nothing. FAIL_SHARD=i makes task i fail.
   */
  function fakeSlurm(): string {
    const bin = join(dir, "bin");
    spawnSync("mkdir", ["-p", bin]);
    writeFileSync(
      join(bin, "sbatch"),
      `#!/bin/bash
for a in "$@"; do case "$a" in --array=*) list="\${a#--array=}";; --*) ;; *) script="$a";; esac; done
log=$(sed -n 's/^#SBATCH --output=//p' "$script")
for i in \${list//,/ }; do
  if [ "$i" = "\${FAIL_SHARD:-}" ]; then echo "killed by the stand-in" > "\${log//%a/$i}"; continue; fi
  SLURM_ARRAY_TASK_ID=$i bash "$script" > "\${log//%a/$i}" 2>&1
done
echo 42
`,
    );
    writeFileSync(join(bin, "squeue"), "#!/bin/sh\nexit 0\n");
    chmodSync(join(bin, "sbatch"), 0o755);
    chmodSync(join(bin, "squeue"), 0o755);
    return `${bin}:${process.env.PATH}`;
  }

  it("merges 3 shards into exactly the local run; a failed shard is named, refused, merged with --allow-partial, then resumed", () => {
    const path = fakeSlurm();
    const out = join(dir, "study");
    const local = cli(["reference", "--runs", "9", "--workers", "1", "--json"]);
    const localText = cli(["reference", "--runs", "9", "--workers", "1"]);

    const whole = cli(
      [
        "reference",
        "--runs",
        "9",
        "--submit",
        "slurm",
        "--shards",
        "3",
        "--out",
        join(dir, "whole"),
        "--json",
      ],
      path,
    );
    expect(whole.stderr).toContain("3 of 3 shards finished");
    expect(whole.code, whole.stderr).toBe(local.code);
    expect(withoutTiming(whole.stdout)).toBe(withoutTiming(local.stdout));

    // the readable output too; then --resume of a complete study merges without any sbatch
    const done = cli(
      ["reference", "--runs", "9", "--submit", "slurm", "--shards", "3", "--out", out],
      path,
    );
    expect(done.stdout).toBe(localText.stdout);
    expect(done.code).toBe(localText.code);
    expect(cli(["--resume", out], "/nonexistent").stdout).toBe(localText.stdout);

    const broken = join(dir, "broken");
    const partial = cli(
      ["reference", "--runs", "9", "--submit", "slurm", "--shards", "3", "--out", broken],
      path,
      { FAIL_SHARD: "2" },
    );
    expect(partial.code).toBe(2);
    expect(partial.stderr).toContain(
      `shard 2/3 failed: see ${join(broken, "shard-2.log")} (last line: "killed by the stand-in")`,
    );
    expect(partial.stderr).toMatch(
      /cutover: .*1 missing: shard 2\/3 \(log .*shard-2\.log\); resubmit only those with cutover montecarlo --resume/,
    );
    expect(partial.stdout).toBe("");

    const allowed = cli(
      [
        "reference",
        "--runs",
        "9",
        "--submit",
        "slurm",
        "--shards",
        "3",
        "--out",
        join(dir, "partial"),
        "--allow-partial",
      ],
      path,
      { FAIL_SHARD: "2" },
    );
    expect(allowed.stdout, allowed.stderr).toContain("6 of 9 replications (shard 1/1)");
    expect(allowed.stdout).toContain(
      "PARTIAL: 3 of 9 replications missing (1, 4, 7), those of shard 2/3",
    );

    // merged from what there is, saying which replications are missing (shard 2/3: 1, 4, 7)
    const files = [1, 3].map((i) => join(broken, `shard-${i}.json`));
    const merged = mergeShardFiles(files, DEFAULT_INPUT_LIMITS, true);
    expect(merged.missing).toEqual([1, 4, 7]);
    expect(merged.runs).toBe(9);
    expect(merged.samples.map((s) => s.replication)).toEqual([0, 2, 3, 5, 6, 8]);
    const localSamples = JSON.parse(local.stdout).samples;
    expect(merged.samples).toEqual(localSamples.filter((_: unknown, r: number) => r % 3 !== 1));
    expect(() => mergeShardFiles(files, DEFAULT_INPUT_LIMITS, false)).toThrow(
      /expected all 9 replications, got 3 missing/,
    );

    const resumed = cli(["--resume", broken, "--json"], path);
    expect(resumed.stderr).toContain("1 of 1 shards finished");
    expect(withoutTiming(resumed.stdout)).toBe(withoutTiming(local.stdout));
  }, 180_000); // some twenty CLI processes, each starting node
});
