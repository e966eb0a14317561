/**
 * How much the fuzz suite runs. `npm test` runs each property's base number of cases (a few
 * thousand in all); `npm run fuzz` sets FUZZ_RUNS, a multiplier of every property's runs (and of
 * its time allowance). FC_SEED (test/setup.ts) picks the inputs.
 */
const scale = Number(process.env.FUZZ_RUNS ?? 1);

/** The multiplier of every property's number of runs: FUZZ_RUNS, 1 by default. */
export const FUZZ_SCALE = Number.isFinite(scale) && scale > 0 ? scale : 1;

/** The number of runs of a property whose base (in `npm test`) is `base`. */
export function fuzzRuns(base: number): number {
  return Math.max(1, Math.round(base * FUZZ_SCALE));
}

/** Longest a single case may take, ms, before it counts as a hang: 10 s. */
export const CASE_TIME_LIMIT_MS = 10_000;

/**
 * The vitest timeout of a property with `base` runs of about `msPerCase` each: ten times the
 * expected time, scaled with FUZZ_RUNS, and at least a minute. A property that shrinks a hang
 * needs the margin (each shrink step may wait out a case's time limit).
 */
export function propertyTimeoutMs(base: number, msPerCase: number): number {
  return Math.max(60_000, 10 * fuzzRuns(base) * msPerCase);
}
