import { basename } from "node:path";
import type { StudyPlan } from "./studyPlan.ts";

/** Where the study's volume is mounted in each pod. */
export const KUBERNETES_STUDY_MOUNT = "/study";

/** The image the manifest names: one holding a clone of Cutover at /app (after `npm ci`). */
export const KUBERNETES_IMAGE = "cutover:latest";

/** The PersistentVolumeClaim (ReadWriteMany) the pods share: the scenario in, the shards out. */
export const KUBERNETES_CLAIM = "cutover-study";

/**
 * A Kubernetes Indexed Job (batch/v1) running the study's K shards: `completionMode: Indexed`,
 * `completions: K`, pod i (JOB_COMPLETION_INDEX, 0-based) running
 * `node /app/bin/cutover.js montecarlo SCENARIO --runs N --shard $((i+1))/K --json` into
 * `/study/shard-$((i+1)).json` on the shared claim {@link KUBERNETES_CLAIM}. A scenario file is
 * read from the claim by its file name (copy it there; a file it `extends` too); a built-in
 * name is passed as it is. A failed pod is retried up to `backoffLimitPerIndex` times on its
 * own index. kubectl reads the JSON as it reads YAML: `kubectl apply -f DIR/job.json`.
 */
export function kubernetesJob(plan: StudyPlan): Record<string, unknown> {
  const scenario =
    plan.scenario === null
      ? []
      : [
          plan.scenario.startsWith("/")
            ? `${KUBERNETES_STUDY_MOUNT}/${basename(plan.scenario)}`
            : plan.scenario,
        ];
  const args = [
    "montecarlo",
    ...scenario,
    "--runs",
    String(plan.runs),
    "--workers",
    String(plan.workers),
    ...(plan.seed === null ? [] : ["--seed", String(plan.seed)]),
    ...(plan.maxInputMib === null ? [] : ["--max-input-mib", String(plan.maxInputMib)]),
    "--json",
  ].map((w) => `'${w.replaceAll("'", `'\\''`)}'`);
  const shard = "$((JOB_COMPLETION_INDEX + 1))";
  const out = `${KUBERNETES_STUDY_MOUNT}/shard-${shard}.json`;
  // written to .part and renamed when the shard has finished (exit 0, 1 or 3), as on Slurm
  const script = [
    "set -u",
    `node /app/bin/cutover.js ${args.join(" ")} --shard "${shard}/${plan.shards}" > "${out}.part"`,
    "code=$?",
    `case "$code" in 0 | 1 | 3) [ -s "${out}.part" ] && mv -f "${out}.part" "${out}" && exit 0 ;; esac`,
    'echo "cutover: shard failed (exit code $code)" >&2',
    'exit "$code"',
  ].join("\n");
  return {
    apiVersion: "batch/v1",
    kind: "Job",
    metadata: { name: "cutover-montecarlo", labels: { app: "cutover-montecarlo" } },
    spec: {
      completionMode: "Indexed",
      completions: plan.shards,
      parallelism: plan.shards,
      backoffLimitPerIndex: 2,
      maxFailedIndexes: plan.shards,
      template: {
        metadata: { labels: { app: "cutover-montecarlo" } },
        spec: {
          restartPolicy: "Never",
          containers: [
            {
              name: "shard",
              image: KUBERNETES_IMAGE,
              workingDir: KUBERNETES_STUDY_MOUNT,
              command: ["/bin/sh", "-c", script],
              resources: { requests: { cpu: String(plan.workers) } },
              volumeMounts: [{ name: "study", mountPath: KUBERNETES_STUDY_MOUNT }],
            },
          ],
          volumes: [{ name: "study", persistentVolumeClaim: { claimName: KUBERNETES_CLAIM } }],
        },
      },
    },
  };
}
