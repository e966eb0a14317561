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
  const logR = Math.log(demandFraction / (1 - demandFraction));
  const base = logCoefficients(vcpus, cores);
  // The terms are unimodal (their ratio (n−k+1)·r / min(k, c) falls with k): sum outwards from
  // the mode and stop once a term is below e^−40 of it (relative error < 1e−16).
  // The mode is the last k whose ratio to the previous term is ≥ 1 (binary search).
  let mode = 0;
  let high = vcpus;
  while (mode < high) {
    const k = Math.ceil((mode + high) / 2);
    if (Math.log(vcpus - k + 1) + logR - Math.log(Math.min(k, cores)) >= 0) mode = k;
    else high = k - 1;
  }
  const top = (base[mode] ?? 0) + mode * logR;
  const sums = { total: 0, queued: 0, running: 0 };
  const terms = { base, logR, top, cores };
  for (let k = mode; k >= 0 && addTerm(sums, terms, k); k--);
  for (let k = mode + 1; k <= vcpus && addTerm(sums, terms, k); k++);
  const { total, queued, running } = sums;
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

/** Adds p_k (relative to the mode) to the sums; false once it is below e^−40 of the mode. */
function addTerm(
  sums: { total: number; queued: number; running: number },
  terms: { base: Float64Array; logR: number; top: number; cores: number },
  k: number,
): boolean {
  const exponent = (terms.base[k] ?? 0) + k * terms.logR - terms.top;
  if (exponent < -40) return false;
  const p = Math.exp(exponent);
  sums.total += p;
  sums.queued += Math.max(0, k - terms.cores) * p;
  sums.running += Math.min(k, terms.cores) * p;
  return true;
}
