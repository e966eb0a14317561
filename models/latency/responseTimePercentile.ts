import { type MmcQueue, mmcSurvivalTerms, survivalFromTerms } from "./mmcResponseSurvival.ts";

/** One component of a response-time mixture: requests that see one M/M/c queue plus a fixed delay. */
export interface WeightedQueue {
  /** Weight (e.g. sites served), > 0. */
  weight: number;
  /** The queue at the VM's vCPUs. */
  queue: MmcQueue;
  /** Fixed delay added to every request (network round trip), seconds. */
  fixedSeconds: number;
}

/**
 * The q-quantile of the response time of a weighted mixture of M/M/c queues, each plus a fixed
 * delay: the smallest t with Σ w·P(T + d > t) / Σ w ≤ 1 − q, found on the survival function
 * ({@link mmcResponseSurvival}) to 1e−9 relative by Illinois' modified regula falsi,
 * safeguarded by bisection (Dowell & Jarratt, BIT 11, 1971; the bracket always holds the
 * quantile and at least halves every four steps).
 *
 * With one component this is the M/M/c response-time percentile plus the delay.
 *
 * @param q quantile, 0 < q < 1 (0.95 for p95)
 * @returns seconds; Infinity when a component with weight ≥ 1 − q of the total is unstable
 * @example
 * responseTimePercentile([{ weight: 1, queue: { arrivalRatePerSecond: 0.5, serviceRatePerSecond: 1, servers: 1 }, fixedSeconds: 0 }], 0.95)
 * // −ln(0.05)/0.5 ≈ 5.99 (M/M/1)
 */
export function responseTimePercentile(components: readonly WeightedQueue[], q: number): number {
  const total = components.reduce((s, c) => s + c.weight, 0);
  const tail = 1 - q;
  // each component's terms in flat arrays: no allocation per evaluation of the survival
  const n = components.length;
  const weights = new Float64Array(n);
  const fixed = new Float64Array(n);
  const form = new Uint8Array(n);
  const mu = new Float64Array(n);
  const waitProbability = new Float64Array(n);
  const theta = new Float64Array(n);
  let guess = 1e-6; // a first upper bound: the slowest component's delay plus mean service
  components.forEach((c, i) => {
    guess = Math.max(guess, c.fixedSeconds + 1 / c.queue.serviceRatePerSecond);
    const terms = mmcSurvivalTerms(c.queue);
    weights[i] = c.weight;
    fixed[i] = c.fixedSeconds;
    form[i] = terms.form;
    mu[i] = terms.mu;
    waitProbability[i] = terms.waitProbability;
    theta[i] = terms.theta;
  });
  const survival = (t: number) => {
    let s = 0;
    for (let i = 0; i < n; i++) {
      const d = fixed[i]!;
      s +=
        weights[i]! *
        (t < d ? 1 : survivalFromTerms(form[i]!, mu[i]!, waitProbability[i]!, theta[i]!, t - d));
    }
    return s / total;
  };
  // bracket the quantile: S(low) > tail ≥ S(high), doubling high from a first guess
  let low = 0;
  let gLow = survival(0) - tail;
  let high = guess;
  let gHigh = survival(high) - tail;
  for (let i = 0; gHigh > 0; i++) {
    if (i > 200) return Number.POSITIVE_INFINITY;
    low = high;
    gLow = gHigh;
    high *= 2;
    gHigh = survival(high) - tail;
  }
  if (!(gLow > 0)) return 0; // S(0) ≤ tail: only when q ≤ 0
  // Illinois (modified regula falsi) on S(t) − tail, safeguarded by bisection: a step that
  // follows three without halving the bracket bisects, so the bracket, which always holds the
  // quantile, at least halves every four steps; S is smooth and monotone between fixed delays,
  // and Illinois usually needs a dozen evaluations where bisection needs about 35
  let side = 0;
  let halvedWidth = high - low;
  let sinceHalved = 0;
  while (high - low > 1e-9 * high) {
    const secant = (low * gHigh - high * gLow) / (gHigh - gLow);
    const mid = sinceHalved >= 3 || !(secant > low && secant < high) ? (low + high) / 2 : secant;
    const g = survival(mid) - tail;
    if (g > 0) {
      low = mid;
      gLow = g;
      if (side === -1) gHigh /= 2;
      side = -1;
    } else {
      high = mid;
      gHigh = g;
      if (side === 1) gLow /= 2;
      side = 1;
    }
    if (high - low <= halvedWidth / 2) {
      halvedWidth = high - low;
      sinceHalved = 0;
    } else sinceHalved++;
  }
  return high;
}
