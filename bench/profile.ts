import { Session } from "node:inspector/promises";
import { loadScenario } from "../scenarios/load/loadScenario.ts";
import { runReplications } from "../scenarios/montecarlo/runReplications.ts";
import { engineHold } from "./hold/engineHold.ts";
import { holdIncrements } from "./hold/holdIncrements.ts";
import { MMC_MODELS } from "./mmc/MmcModel.ts";
import { oursEngine } from "./mmc/oursEngine.ts";
import { type CpuProfile, selfTimeSummary } from "./profile/selfTimeSummary.ts";
import { formatTable } from "./report/formatTable.ts";

/*
 * `npm run bench:profile -- [mm1|mm4|hold1k|hold10k|hold100k|replications]`: where our engine's
 * time goes; `replications`: 100 Monte Carlo replications of the reference scenario in one
 * thread (issue 16: what each replication rebuilds).
 * Runs one workload of the benchmark under the V8 sampling profiler (in-process, through the
 * inspector; a warm-up run first so the profile shows optimised code) and prints the functions
 * with the most self time. Line numbers refer to the compiled files in dist/, which keep the
 * source's layout.
 */

const SEED = 20_240_601;
const reference = await loadScenario("reference");
let replicationFrom = 0;
const workloads: Record<string, () => unknown> = {
  mm1: () => oursEngine.run(MMC_MODELS[0]!, 1_000_000, SEED),
  mm4: () => oursEngine.run(MMC_MODELS[1]!, 1_000_000, SEED),
  hold1k: () => engineHold.run(1_000, 2_000, 4_000_000, increments()),
  hold10k: () => engineHold.run(10_000, 20_000, 4_000_000, increments()),
  hold100k: () => engineHold.run(100_000, 200_000, 4_000_000, increments()),
  replications: () => {
    const from = replicationFrom;
    replicationFrom += 100;
    return runReplications(
      reference,
      Array.from({ length: 100 }, (_, i) => from + i),
    );
  },
};

let cachedIncrements: Float64Array | undefined;
function increments(): Float64Array {
  cachedIncrements ??= holdIncrements(1 << 20, SEED);
  return cachedIncrements;
}

const name = process.argv[2] ?? "mm1";
const workload = workloads[name];
if (workload === undefined) {
  throw new Error(
    `unknown workload "${name}"; expected one of ${Object.keys(workloads).join(", ")}`,
  );
}
workload();
const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 100 });
await session.post("Profiler.start");
workload();
const { profile } = (await session.post("Profiler.stop")) as { profile: CpuProfile };
session.disconnect();

console.log(`Self time, workload ${name} (our engine), top 20:`);
console.log(
  formatTable(
    [
      { header: "self ms", numeric: true },
      { header: "share", numeric: true },
      { header: "function" },
    ],
    selfTimeSummary(profile, 20).map((entry) => [
      entry.selfMilliseconds.toFixed(1),
      `${(entry.share * 100).toFixed(1)} %`,
      entry.location,
    ]),
  ),
);
