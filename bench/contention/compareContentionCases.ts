import { performance } from "node:perf_hooks";
import { contentionSeries } from "../../models/contention/contentionSeries.ts";
import { bestOfInterleaved } from "../bestOfInterleaved.ts";
import type { ContentionCase } from "./ContentionCase.ts";

/** One line of the contention benchmark: one case, its fastest repetition. */
export interface ContentionRow {
  case: string;
  hosts: number;
  vms: number;
  steps: number;
  /** Wall seconds of the fastest repetition of `contentionSeries`. */
  wallSeconds: number;
  allWallSeconds: number[];
  /** Hosts × steps computed per wall second. */
  hostHoursPerSecond: number;
  /** Wall time ÷ that of the previous row with the same steps (NaN for the first). */
  growth: number;
  /** Empty when every host has `steps` finite demand and ready values; else what is wrong. */
  problem: string;
}

/** A case and how many times to time it (fewer for the biggest). */
export interface ContentionTask {
  case: ContentionCase;
  repetitions: number;
}

/**
 * Times `contentionSeries` on each case: one untimed run of each first (for the JIT and so that
 * the inputs are built), then the fastest of its repetitions, heap collected before each.
 * Checks every run's output has one finite value per host and step.
 */
export function compareContentionCases(
  tasks: readonly ContentionTask[],
  progress: (line: string) => void,
): ContentionRow[] {
  const rows: ContentionRow[] = [];
  for (const { case: c, repetitions } of tasks) {
    progress(
      `contention ${c.name}: ${c.hosts.length} hosts, ${c.vms.length} VMs, ${c.steps} steps; ×${repetitions}`,
    );
    if (repetitions > 1) runOnce(c);
    const { best, all } = bestOfInterleaved(repetitions, [() => runOnce(c)])[0]!;
    const previous = rows.filter((row) => row.steps === c.steps).at(-1);
    rows.push({
      case: c.name,
      hosts: c.hosts.length,
      vms: c.vms.length,
      steps: c.steps,
      wallSeconds: best.wallSeconds,
      allWallSeconds: all.map((run) => run.wallSeconds),
      hostHoursPerSecond: (c.hosts.length * c.steps) / best.wallSeconds,
      growth: previous === undefined ? Number.NaN : best.wallSeconds / previous.wallSeconds,
      problem: best.problem,
    });
  }
  return rows;
}

function runOnce(c: ContentionCase): { wallSeconds: number; problem: string } {
  const started = performance.now();
  const series = contentionSeries(c.hosts, c.vms, c.steps);
  const wallSeconds = (performance.now() - started) / 1000;
  const bad = series.find(
    (s) =>
      s.cpuDemandCores.length !== c.steps ||
      s.cpuReadyFraction.length !== c.steps ||
      !s.cpuDemandCores.every(Number.isFinite) ||
      !s.cpuReadyFraction.every(Number.isFinite),
  );
  const problem =
    series.length !== c.hosts.length
      ? `${series.length} host series for ${c.hosts.length} hosts`
      : bad === undefined
        ? ""
        : `host ${bad.host}: series not ${c.steps} finite values`;
  return { wallSeconds, problem };
}
