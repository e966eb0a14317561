import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { CEILING_KERNELS, type CeilingKernel, KERNELS } from "./ceilingKernels.ts";

/*
 * The machine's ceiling for Monte Carlo on worker threads (issue 16, item 3): a whole process
 * shaped like `cutover montecarlo --workers K` — K worker threads started by the main thread,
 * units of work taken one at a time from a shared counter, a checksum sent back, the process
 * timed from spawn to exit by the caller — but whose units are small synthetic kernels with
 * next to no code to load or compile. What K workers gain here over one is what the machine's
 * cores, memory and V8's helper threads allow any such process, before Cutover's own start-up,
 * JIT warm-up and replications are counted.
 *
 * Usage: node ceilingProcess.js KERNEL UNITS WORKERS → prints the checksum (the same for every
 * worker count, or the kernels were not doing the same work).
 */

interface Job {
  kernel: CeilingKernel;
  units: number;
  counter: SharedArrayBuffer;
}

/** A worker's share: units from the shared counter until none is left; the sum of checksums. */
function runShare({ kernel, units, counter }: Job): number {
  const next = new Int32Array(counter);
  const unitOf = KERNELS[kernel];
  let sum = 0;
  for (let unit = Atomics.add(next, 0, 1); unit < units; unit = Atomics.add(next, 0, 1)) {
    sum = (sum + unitOf(unit)) >>> 0;
  }
  return sum;
}

if (!isMainThread) {
  parentPort?.postMessage(runShare(workerData as Job));
} else {
  const [kernel, unitsText, workersText] = process.argv.slice(2);
  const units = Number(unitsText);
  const workers = Number(workersText);
  const known = CEILING_KERNELS.includes(kernel as CeilingKernel);
  if (!known || !(units >= 1) || !(workers >= 1)) {
    console.error(`usage: ceilingProcess.js ${CEILING_KERNELS.join("|")} UNITS WORKERS`);
    process.exit(2);
  }
  const job: Job = { kernel: kernel as CeilingKernel, units, counter: new SharedArrayBuffer(4) };
  const shares = await Promise.all(
    Array.from(
      { length: workers },
      () =>
        new Promise<number>((resolve, reject) => {
          const worker = new Worker(new URL(import.meta.url), { workerData: job });
          worker.once("message", (sum: number) => {
            resolve(sum);
            void worker.terminate();
          });
          worker.once("error", reject);
        }),
    ),
  );
  let checksum = 0;
  for (const share of shares) checksum = (checksum + share) >>> 0;
  console.log(String(checksum));
}
