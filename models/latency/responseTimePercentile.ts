import {
  type MmcQueue,
  mmcSurvivalTerms,
  type SurvivalTerms,
  survivalFromTerms,
} from "./mmcResponseSurvival.ts";

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
  return quantileOf(new MixtureSurvival(components), q);
}

/**
 * {@link responseTimePercentile} of one mixture at several quantiles (p50, p95, p99): each is
 * exactly, bit for bit, what `responseTimePercentile(components, q)` returns (the same
 * survival values in the same order, so the same iterates), but the mixture is prepared once
 * (Erlang's C per queue, not per quantile) and the bracketing evaluations, which do not depend
 * on q, are shared.
 *
 * @param qs quantiles, each 0 < q < 1
 * @returns seconds, one per quantile, in the order of `qs`
 * @example
 * responseTimePercentiles([{ weight: 1, queue: { arrivalRatePerSecond: 0.5, serviceRatePerSecond: 1, servers: 1 }, fixedSeconds: 0 }], [0.5, 0.95])
 * // [ln 2 / 0.5, −ln(0.05)/0.5] ≈ [1.39, 5.99]
 */
export function responseTimePercentiles(
  components: readonly WeightedQueue[],
  qs: readonly number[],
): number[] {
  const survival = new MixtureSurvival(components);
  // filled in a loop, not by .map (an inlined .map's array changed V8 map with the tier)
  const out = new Array<number>(qs.length);
  for (let i = 0; i < qs.length; i++) out[i] = quantileOf(survival, qs[i] as number);
  return out;
}

/**
 * A mixture's survival S(t) = Σ w·P(T + d > t) / Σ w, prepared for many evaluations: each
 * component's terms in flat arrays (no allocation per evaluation), and each distinct (queue
 * object, delay) pair evaluated once per t. Components of one queue and one delay have equal
 * survivals, so reading the pair's value for each is the same number as computing it again
 * (queue objects whose survival terms are equal, number for number, count as one queue);
 * the weighted sum still runs over the components in their order, so S(t) is the same to the
 * last bit as summing them one by one. A mixture over many VM-hours shares queue objects between
 * alike VMs (latencyDuringSection), and this halves its exponentials or better.
 */
class MixtureSurvival {
  /** Σ w. */
  private readonly total: number;
  /** A first upper bound of the quantiles: the slowest component's delay plus mean service. */
  readonly guess: number;
  /** S(0), then S(guess · 2^i) at index i + 1: the bracketing evaluations, shared by all q. */
  readonly bracket: number[] = [];
  private readonly n: number;
  private readonly weights: Float64Array;
  /** Per component, its (queue, delay) pair. */
  private readonly pairOf: Int32Array;
  /** Distinct pairs. */
  private readonly m: number;
  private readonly fixed: Float64Array;
  private readonly form: Uint8Array;
  private readonly mu: Float64Array;
  private readonly waitProbability: Float64Array;
  private readonly theta: Float64Array;
  /** Per pair, its survival at the t being evaluated. */
  private readonly values: Float64Array;

  constructor(components: readonly WeightedQueue[]) {
    const n = components.length;
    this.n = n;
    this.weights = new Float64Array(n);
    this.pairOf = new Int32Array(n);
    this.fixed = new Float64Array(n);
    this.form = new Uint8Array(n);
    this.mu = new Float64Array(n);
    this.waitProbability = new Float64Array(n);
    this.theta = new Float64Array(n);
    let m = 0;
    // a few components are cheaper evaluated than looked up
    const deduplicate = n >= DEDUPLICATE_FROM;
    /** Per queue object: its terms' pairs (by delay), shared by all queues of equal terms. */
    const pairs = new Map<MmcQueue, OfTerms>();
    const byTerms: TermsIndex = new Map();
    let total = 0;
    let guess = 1e-6;
    for (let i = 0; i < n; i++) {
      const c = components[i] as WeightedQueue;
      total += c.weight;
      guess = Math.max(guess, c.fixedSeconds + 1 / c.queue.serviceRatePerSecond);
      this.weights[i] = c.weight;
      let terms: SurvivalTerms;
      if (!deduplicate) terms = mmcSurvivalTerms(c.queue);
      else {
        let ofQueue = pairs.get(c.queue);
        if (ofQueue === undefined) {
          // Erlang's C once per queue object, not per component (it throws as it did before);
          // queue objects of equal terms (alike VMs on alike hosts) share their pairs
          ofQueue = ofTerms(byTerms, mmcSurvivalTerms(c.queue));
          pairs.set(c.queue, ofQueue);
        }
        // alike components come in runs of one delay (a VM's hours at the source): the last
        // delay of the queue first, then the Map (±0 share a pair: t − d and t < d agree)
        const pair =
          ofQueue.lastPair >= 0 && ofQueue.lastFixed === c.fixedSeconds
            ? ofQueue.lastPair
            : pairOfDelay(ofQueue, c.fixedSeconds);
        if (pair !== undefined) {
          this.pairOf[i] = pair;
          ofQueue.lastFixed = c.fixedSeconds;
          ofQueue.lastPair = pair;
          continue;
        }
        addPair(ofQueue, c.fixedSeconds, m);
        ofQueue.lastFixed = c.fixedSeconds;
        ofQueue.lastPair = m;
        terms = ofQueue.terms;
      }
      this.fixed[m] = c.fixedSeconds;
      this.form[m] = terms.form;
      this.mu[m] = terms.mu;
      this.waitProbability[m] = terms.waitProbability;
      this.theta[m] = terms.theta;
      this.pairOf[i] = m++;
    }
    this.m = m;
    this.values = new Float64Array(m);
    this.total = total;
    this.guess = guess;
  }

  /** S(t). */
  at(t: number): number {
    const { m, n, fixed, form, mu, waitProbability, theta, values, weights, pairOf } = this;
    for (let j = 0; j < m; j++) {
      const d = fixed[j]!;
      values[j] =
        t < d ? 1 : survivalFromTerms(form[j]!, mu[j]!, waitProbability[j]!, theta[j]!, t - d);
    }
    let s = 0;
    for (let i = 0; i < n; i++) s += weights[i]! * values[pairOf[i]!]!;
    return s / this.total;
  }
}

/** A queue's survival terms and its pairs' indices by delay. */
interface OfTerms {
  terms: SurvivalTerms;
  /**
   * The first delay and its pair (−1: none yet), and the others' pairs by delay, a Map made
   * for a second delay only: most terms come with one delay, and a Map each cost more
   * allocation than the rest of the mixture's set-up. Keys compare as a Map's (SameValueZero).
   */
  firstFixed: number;
  firstPair: number;
  byFixed: Map<number, number> | null;
  /** The delay and pair last looked up (−1: none yet). */
  lastFixed: number;
  lastPair: number;
}

/** The pair of `fixed` among the entry's delays, undefined when it has none yet. */
function pairOfDelay(entry: OfTerms, fixed: number): number | undefined {
  if (entry.firstPair >= 0 && sameValueZero(entry.firstFixed, fixed)) return entry.firstPair;
  return entry.byFixed === null ? undefined : entry.byFixed.get(fixed);
}

/** Records a new delay's pair (one that {@link pairOfDelay} does not find). */
function addPair(entry: OfTerms, fixed: number, pair: number): void {
  if (entry.firstPair < 0) {
    entry.firstFixed = fixed;
    entry.firstPair = pair;
  } else {
    if (entry.byFixed === null) entry.byFixed = new Map();
    entry.byFixed.set(fixed, pair);
  }
}

/** Equality of Map keys: === but NaN equals NaN. */
function sameValueZero(a: number, b: number): boolean {
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}

/** μ (keys: {@link exactKey}) → the entries of queues of that μ, told apart by their other terms. */
type TermsIndex = Map<number | string, OfTerms[]>;

/**
 * The entry of queues whose survival terms are these, number for number (Object.is: then their
 * survivals are equal at every t): created on first sight.
 */
function ofTerms(index: TermsIndex, terms: SurvivalTerms): OfTerms {
  const key = exactKey(terms.mu);
  let list = index.get(key);
  if (list === undefined) index.set(key, (list = []));
  for (const entry of list) {
    const t = entry.terms;
    if (
      t.form === terms.form &&
      Object.is(t.waitProbability, terms.waitProbability) &&
      Object.is(t.theta, terms.theta)
    ) {
      return entry;
    }
  }
  const entry: OfTerms = {
    terms,
    firstFixed: 0,
    firstPair: -1,
    byFixed: null,
    lastFixed: 0,
    lastPair: -1,
  };
  list.push(entry);
  return entry;
}

/** A number as a Map key that keeps −0 apart from +0 (a Map would take them as one). */
function exactKey(x: number): number | string {
  return Object.is(x, -0) ? "-0" : x;
}

/** Components from which a {@link MixtureSurvival} looks for repeated (queue, delay) pairs. */
const DEDUPLICATE_FROM = 8;

/** S at the i-th bracketing point (0, then guess · 2^(i−1)), evaluated once per mixture. */
function bracketAt(s: MixtureSurvival, i: number, t: number): number {
  let v = s.bracket[i];
  if (v === undefined) {
    v = s.at(t);
    s.bracket[i] = v;
  }
  return v;
}

/** The q-quantile of a prepared mixture (the search of {@link responseTimePercentile}). */
function quantileOf(s: MixtureSurvival, q: number): number {
  const tail = 1 - q;
  // bracket the quantile: S(low) > tail ≥ S(high), doubling high from a first guess
  let low = 0;
  let gLow = bracketAt(s, 0, 0) - tail;
  let high = s.guess;
  let gHigh = bracketAt(s, 1, high) - tail;
  for (let i = 0; gHigh > 0; i++) {
    if (i > 200) return Number.POSITIVE_INFINITY;
    low = high;
    gLow = gHigh;
    high *= 2;
    gHigh = bracketAt(s, i + 2, high) - tail;
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
    const g = s.at(mid) - tail;
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
