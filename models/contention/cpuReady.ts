/** CPU contention on a host for one interval. */
export interface CpuReady {
  /** Mean fraction of the interval each vCPU spends ready (runnable, waiting for a core); %RDY ÷ 100. */
  readyFraction: number;
  /** Mean fraction of the interval each vCPU spends running. */
  runFraction: number;
  /** Ready time per unit of run time (readyFraction ÷ runFraction): how much longer CPU work takes. */
  stretchFraction: number;
  /** Mean fraction of the cores busy. */
  coreUtilization: number;
}

/**
 * CPU ready per vCPU from the finite-source M/M/c queue (the machine-repair model): n vCPUs,
 * c cores; each vCPU alternates between idle periods (exponential, rate ν) and CPU bursts
 * (exponential, rate μ) which wait for a free core. With r = ν/μ = d/(1−d), where d is the
 * fraction of time a vCPU would run if it never waited (its demand), the stationary
 * probability of k vCPUs wanting a core is
 *   p_k ∝ C(n,k) r^k (k ≤ c),   p_k ∝ n! / ((n−k)! c! c^(k−c)) r^k (k > c),
 * and the mean number ready is Lq = Σ (k−c)⁺ p_k. Each vCPU is ready Lq/n of the time, which
 * is what vSphere reports as %RDY per vCPU (FACTS.md: ready ms ÷ interval).
 *
 * Reference: Gross, Shortle, Thompson & Harris, Fundamentals of Queueing Theory, 4th ed.,
 * §3.7 "Finite-source queues" (the machine-repair problem). Vcpus with different demands are
 * replaced by n identical ones at the mean demand (an approximation), and the hypervisor's
 * co-scheduling, NUMA and hyper-thread contention are not modelled.
 *
 * @param vcpus n ≥ 0 vCPUs on the host
 * @param cores c ≥ 1 schedulable cores (an integer)
 * @param demandFraction d, mean fraction of time a vCPU wants to run, 0–1 (in this host's core speed)
 * @example
 * cpuReady(2, 1, 0.5).readyFraction // 0.2 (p = 1/5, 2/5, 2/5; Lq = 0.4; ÷ 2)
 */
export function cpuReady(vcpus: number, cores: number, demandFraction: number): CpuReady {
  if (vcpus === 0 || demandFraction <= 0) {
    return { readyFraction: 0, runFraction: 0, stretchFraction: 0, coreUtilization: 0 };
  }
  if (demandFraction >= 1) {
    const running = Math.min(vcpus, cores);
    return result(vcpus, cores, Math.max(0, vcpus - cores), running);
  }
  // A host's load repeats (the weekdays share one traffic curve, the source's view returns in
  // the contention during the move), so the queue's answer is kept per exact inputs.
  const byDemand = memoOf(vcpus, cores);
  const known = byDemand?.get(demandFraction);
  if (known !== undefined) return known;
  // frozen: callers share it
  const computed = Object.freeze(finiteSourceReady(vcpus, cores, demandFraction));
  if (byDemand !== undefined) {
    byDemand.set(demandFraction, computed);
    memoSize++;
  }
  return computed;
}

/** The finite-source queue's stationary sums (cpuReady for 0 < d < 1, uncached). */
function finiteSourceReady(vcpus: number, cores: number, demandFraction: number): CpuReady {
  const logR = Math.log(demandFraction / (1 - demandFraction));
  const base = logCoefficients(vcpus, cores);
  // The terms are unimodal (their ratio (n−k+1)·r / min(k, c) falls with k): sum outwards from
  // the mode and stop once a term is below e^−40 of it (relative error < 1e−16).
  // The mode is the last k whose ratio to the previous term is ≥ 1 (binary search).
  // (logs of whole numbers from a table of the same Math.log values when the counts are whole)
  const log =
    Number.isInteger(vcpus) && Number.isInteger(cores) && cores >= 1 && vcpus <= LOG_TABLE_LIMIT
      ? logsUpTo(vcpus)
      : undefined;
  let mode = 0;
  let high = vcpus;
  while (mode < high) {
    const k = Math.ceil((mode + high) / 2);
    const ratio =
      log === undefined
        ? Math.log(vcpus - k + 1) + logR - Math.log(Math.min(k, cores))
        : log[vcpus - k + 1]! + logR - log[Math.min(k, cores)]!;
    if (ratio >= 0) mode = k;
    else high = k - 1;
  }
  const top = (base[mode] ?? 0) + mode * logR;
  // p_k relative to the mode, summed in this order (mode down to 0, then up): the loops below
  // are the arithmetic of one term each, in locals rather than objects (the same bits)
  let total = 0;
  let queued = 0;
  let running = 0;
  for (let k = mode; k >= 0; k--) {
    const exponent = (base[k] ?? 0) + k * logR - top;
    if (exponent < -40) break;
    const p = Math.exp(exponent);
    total += p;
    queued += Math.max(0, k - cores) * p;
    running += Math.min(k, cores) * p;
  }
  for (let k = mode + 1; k <= vcpus; k++) {
    const exponent = (base[k] ?? 0) + k * logR - top;
    if (exponent < -40) break;
    const p = Math.exp(exponent);
    total += p;
    queued += Math.max(0, k - cores) * p;
    running += Math.min(k, cores) * p;
  }
  return result(vcpus, cores, queued / total, running / total);
}

function result(vcpus: number, cores: number, queued: number, running: number): CpuReady {
  const readyFraction = queued / vcpus;
  const runFraction = running / vcpus;
  return {
    readyFraction,
    runFraction,
    stretchFraction: runFraction > 0 ? readyFraction / runFraction : 0,
    coreUtilization: running / cores,
  };
}

/** Most results {@link cpuReady} keeps (all are dropped when it is full). */
export const CPU_READY_MEMO_LIMIT = 20_000;

/** (vCPUs, cores) → demand → result; `memoSize` results in all, at most the limit. */
const memo = new Map<number, Map<number, CpuReady>>();
let memoSize = 0;

/**
 * The memo of one (vCPUs, cores), or undefined when they are not whole numbers below 2^26 (then
 * the pair has no exact numeric key, and the result is not kept).
 */
function memoOf(vcpus: number, cores: number): Map<number, CpuReady> | undefined {
  if (!(Number.isInteger(vcpus) && Number.isInteger(cores))) return undefined;
  if (!(vcpus > 0 && vcpus < 2 ** 26 && cores > 0 && cores < 2 ** 26)) return undefined;
  if (memoSize >= CPU_READY_MEMO_LIMIT) {
    memo.clear();
    memoSize = 0;
  }
  const key = vcpus * 2 ** 26 + cores;
  let byDemand = memo.get(key);
  if (byDemand === undefined) {
    byDemand = new Map();
    memo.set(key, byDemand);
  }
  return byDemand;
}

/** Results {@link cpuReady} keeps now (for tests of its bound). */
export function cpuReadyMemoSize(): number {
  return memoSize;
}

/** Math.log(i) at index i ≥ 1, grown on demand up to LOG_TABLE_LIMIT. */
let logTable = new Float64Array(0);

/** vCPUs beyond which logs are computed, not tabled (the table stays within 8 MiB). */
const LOG_TABLE_LIMIT = 2 ** 20;

/** {@link logTable} covering 1…n at least (n ≥ 1 whole). */
function logsUpTo(n: number): Float64Array {
  if (n < logTable.length) return logTable;
  const table = new Float64Array(Math.max(n + 1, 2 * logTable.length, 256));
  table.set(logTable);
  for (let i = Math.max(1, logTable.length); i < table.length; i++) table[i] = Math.log(i);
  logTable = table;
  return table;
}

const coefficientCache = new Map<number, Float64Array>();

/** log of p_k / r^k: Σ_{j ≤ k} log((n − j + 1) / min(j, c)), cached per (n, c) for speed. */
function logCoefficients(vcpus: number, cores: number): Float64Array {
  const key = vcpus * 1_000_003 + cores;
  const cached = coefficientCache.get(key);
  if (cached) return cached;
  const base = new Float64Array(vcpus + 1);
  for (let k = 1; k <= vcpus; k++) {
    base[k] = (base[k - 1] ?? 0) + Math.log(vcpus - k + 1) - Math.log(Math.min(k, cores));
  }
  if (coefficientCache.size > 10_000) coefficientCache.clear();
  coefficientCache.set(key, base);
  return base;
}
