import { execFileSync } from "node:child_process";
import { programmeProblem } from "./MigrationProgramme.ts";
import type { ProgrammeCaseResult } from "./runProgrammeCase.ts";

/** Issue 16's targets for the provider programmes (item 1's "done when"). */
export const PROGRAMME_TARGETS = {
  /** VMs of the biggest programme. */
  vms: 100_000,
  /** Its wall time, seconds. */
  wallSeconds: 30,
  /** Its peak RSS, MiB (2 GiB). */
  peakRssMiB: 2048,
  /** Its time per VM ÷ that of the smallest programme. */
  perVmRatio: 1.3,
};

/** One programme size, run in its own process. */
export interface ProgrammeScaleRow extends ProgrammeCaseResult {
  /** Wall milliseconds per VM. */
  msPerVm: number;
  /** `msPerVm` ÷ that of the first (smallest) size. */
  perVmRatio: number;
  /**
   * The same on CPU time: on cores shared with other work a long run waits more for the CPU
   * than a short one, which inflates the wall-time ratio but not this one.
   */
  perVmCpuRatio: number;
  /** Empty when every VM migrated and every pre-seed byte crossed the link; else what is wrong. */
  problem: string;
}

/**
 * Runs the provider programme at each size, smallest first, each in a child process
 * (`runProgrammeCase.js`, beside this file once compiled) so that its peak RSS is its own;
 * after an untimed warm-up, the fastest of a few timed runs up to 20,000 VMs, one above (see
 * `repetitionsOf`). Reports wall time, CPU time, peak RSS, time per VM and its ratio to the
 * smallest size's.
 * @throws Error when a child fails
 * @example compareProgrammeScales([2_000, 20_000, 100_000], console.error)
 */
export function compareProgrammeScales(
  sizes: readonly number[],
  progress: (line: string) => void,
): ProgrammeScaleRow[] {
  const child = new URL("./runProgrammeCase.js", import.meta.url).pathname;
  const rows: ProgrammeScaleRow[] = [];
  for (const vms of sizes) {
    progress(`migration programme: ${vms} VMs in a child process`);
    const result: ProgrammeCaseResult = JSON.parse(
      execFileSync(process.execPath, ["--expose-gc", child, String(vms)], {
        encoding: "utf8",
        maxBuffer: 1 << 20,
      }),
    );
    const msPerVm = (result.wallSeconds * 1000) / vms;
    const first = rows[0];
    rows.push({
      ...result,
      msPerVm,
      perVmRatio: first === undefined ? 1 : msPerVm / first.msPerVm,
      perVmCpuRatio:
        first === undefined ? 1 : result.cpuSeconds / vms / (first.cpuSeconds / first.vms),
      problem: programmeProblem(vms, result.preseedBytes, result),
    });
  }
  return rows;
}
