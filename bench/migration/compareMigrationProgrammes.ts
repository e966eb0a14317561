import { bestOfInterleaved } from "../bestOfInterleaved.ts";
import { type MigrationProgramme, programmeProblem } from "./MigrationProgramme.ts";

/** One line of the migration benchmark: one programme, its fastest repetition. */
export interface MigrationRow {
  programme: string;
  vms: number;
  groups: number;
  waves: number;
  /** Used disk to pre-seed, bytes. */
  preseedBytes: number;
  /** Wall seconds of the fastest repetition. */
  wallSeconds: number;
  allWallSeconds: number[];
  /** VMs simulated per wall second. */
  vmsPerSecond: number;
  /** Simulated makespan, seconds. */
  makespanSeconds: number;
  /** Simulated length of the waves phase, seconds. */
  wavesSeconds: number;
  /** Bytes carried as storage flows (seeds and delta syncs). */
  storageBytes: number;
  /** Empty when every VM migrated and every pre-seed byte crossed the link; else what is wrong. */
  problem: string;
}

/** A programme and how many times to time it (fewer for the biggest). */
export interface MigrationTask {
  programme: MigrationProgramme;
  repetitions: number;
}

/**
 * Times each programme: an untimed warm-up run first when it gets more than one repetition,
 * then the fastest of its repetitions, heap collected before each. Checks that every VM has a
 * result and that the link carried at least the bytes to pre-seed. Programmes run in order
 * (growth with size is compareProgrammeScales' table, each size in its own process).
 */
export function compareMigrationProgrammes(
  tasks: readonly MigrationTask[],
  progress: (line: string) => void,
): MigrationRow[] {
  const rows: MigrationRow[] = [];
  for (const { programme: p, repetitions } of tasks) {
    progress(
      `migration ${p.name}: ${p.vms} VMs in ${p.waves} waves; ${repetitions > 1 ? "warm-up, then " : ""}×${repetitions}`,
    );
    if (repetitions > 1) p.run();
    const { best, all } = bestOfInterleaved(repetitions, [() => p.run()])[0]!;
    const problem = programmeProblem(p.vms, p.preseedBytes, best);
    rows.push({
      programme: p.name,
      vms: p.vms,
      groups: p.groups,
      waves: p.waves,
      preseedBytes: p.preseedBytes,
      wallSeconds: best.wallSeconds,
      allWallSeconds: all.map((run) => run.wallSeconds),
      vmsPerSecond: p.vms / best.wallSeconds,
      makespanSeconds: best.makespanSeconds,
      wavesSeconds: best.wavesSeconds,
      storageBytes: best.storageBytes,
      problem,
    });
  }
  return rows;
}
