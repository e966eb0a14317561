import type { Flow } from "./Flow.ts";
import type { FluidNetwork, LinkOptions } from "./FluidNetwork.ts";

/** Relative difference under which two rates count as equal (rounding, not a change). */
const RATE_TOLERANCE = 1e-12;
/**
 * Most points a link's series keeps. Beyond it, neighbouring points merge in pairs (and later
 * points by twos, fours …), so memory does not grow with the number of events of a long or
 * busy run. The built-in scenarios' links stay far below it (a few hundred points), so their
 * series are every change.
 */
export const MAX_LINK_POINTS = 4_096;

/**
 * One point of a link's step series: the values that hold from `timeSeconds` until the next
 * point. A point is recorded only when something changed, and at most one per instant (the
 * last state of that instant wins).
 */
export interface LinkPoint {
  /** Simulated time in seconds from which the values hold. */
  readonly timeSeconds: number;
  /** The link's capacity, bytes per second. */
  readonly capacityBytesPerSecond: number;
  /** The sum of the rates of the flows crossing the link, bytes per second. */
  readonly usedBytesPerSecond: number;
  /** `usedBytesPerSecond` split by flow kind; kinds with a zero rate are left out. */
  readonly usedByKind: Readonly<Record<string, number>>;
}

/** What a link carried from its creation up to now (time-weighted, from its step series). */
export interface LinkUsage {
  /** When the link was added, seconds. */
  readonly fromSeconds: number;
  /** The time of the reading (now), seconds. */
  readonly toSeconds: number;
  /** Bytes that crossed the link: ∫ used dt. */
  readonly carriedBytes: number;
  /** `carriedBytes` split by flow kind (the kinds that carried more than 0 bytes). */
  readonly carriedBytesByKind: Readonly<Record<string, number>>;
  /** Time-weighted mean of the used rate, bytes per second (NaN over an empty interval). */
  readonly meanUsedBytesPerSecond: number;
  /** Time-weighted mean of the capacity, bytes per second (NaN over an empty interval). */
  readonly meanCapacityBytesPerSecond: number;
  /** ∫ used dt / ∫ capacity dt, a fraction in [0, 1] (NaN when no capacity was offered). */
  readonly utilization: number;
}

/**
 * A network link of a {@link FluidNetwork}: a capacity in bytes per second shared by the flows
 * that cross it, by max-min fairness. Created by {@link FluidNetwork.addLink}, never directly.
 *
 * It records a step series of its capacity and used rate (total and by flow kind), one
 * {@link LinkPoint} per change, up to {@link MAX_LINK_POINTS}; past that, neighbouring points
 * merge, each merged point holding the values of its busiest change (peaks exact). What it
 * carried ({@link usage}) is integrated change by change, so it stays exact either way.
 */
export class Link {
  /** The network the link belongs to. */
  readonly network: FluidNetwork;
  /** Name for messages and reports. */
  readonly name: string;
  /**
   * False when the link keeps no step series (see {@link LinkOptions.series}): its `series`
   * is then its first point alone, and `usage()` is exact all the same.
   */
  readonly recordsSeries: boolean;
  /** @internal capacity, bytes per second */
  _capacity: number;
  /** @internal network slots of the active flows crossing the link (order is arbitrary) */
  readonly _slots: number[] = [];
  /** @internal order of creation in the network */
  _id = -1;
  /** @internal changed since the network's last allocation */
  _touched = false;
  /** @internal number of the network's component search that last reached the link */
  _seen = 0;
  /*
   * The series, column by column (a point per index): recording a change costs a few pushes,
   * and LinkPoint objects are built only when `series` is read (most links' never are).
   */
  private readonly times: number[] = [];
  private readonly capacities: number[] = [];
  private readonly useds: number[] = [];
  /** Used rate by kind id of each point (the array recorded, never mutated). */
  private readonly kindRatesOf: number[][] = [];
  /** Changes merged into each point (1 each until the first merge). */
  private readonly counts: number[] = [];
  /** Most changes a point takes in: 1 until the series first reaches MAX_LINK_POINTS. */
  private stride = 1;
  /** The points as objects, valid below `builtUpTo`. */
  private readonly points: LinkPoint[] = [];
  private builtUpTo = 0;
  /** @internal when the link was added, seconds */
  readonly _createdSeconds: number;

  /** @internal use {@link FluidNetwork.addLink} */
  constructor(
    network: FluidNetwork,
    name: string,
    capacityBytesPerSecond: number,
    recordsSeries = true,
  ) {
    const now = network.env.now;
    this.network = network;
    this.name = name;
    this.recordsSeries = recordsSeries;
    this._capacity = capacityBytesPerSecond;
    this._createdSeconds = now;
    this.pushPoint(now, capacityBytesPerSecond, 0, []);
  }

  /** The capacity now, bytes per second. */
  get capacityBytesPerSecond(): number {
    return this._capacity;
  }

  /** The sum of the rates of the flows crossing the link now, bytes per second. */
  get utilizationBytesPerSecond(): number {
    this.network.settle();
    return this.network._usedOf(this);
  }

  /** The flows crossing the link now (not finished, not cancelled). */
  get flows(): readonly Flow[] {
    return this._slots.map((slot) => this.network._flowAt(slot));
  }

  /**
   * The step series: one point per change of capacity or used rates, in time order, starting
   * with the link's creation. The same array is brought up to date at each read. Past
   * {@link MAX_LINK_POINTS} points, neighbouring points merge: a merged point starts at its
   * first change and holds the values of its busiest (highest used rate), so the peak stays
   * exact; the last point is always the current state. A link added with `series: false`
   * keeps its first point alone.
   */
  get series(): readonly LinkPoint[] {
    this.network.settle();
    const points = this.points;
    const n = this.times.length;
    const kindNames = this.network._kindNames;
    points.length = this.builtUpTo;
    for (let i = this.builtUpTo; i < n; i++) {
      const rates = this.kindRatesOf[i]!;
      const byKind: [string, number][] = [];
      for (let k = 0; k < rates.length; k++) {
        if (rates[k] !== 0) byKind.push([kindNames[k]!, rates[k]!]);
      }
      points.push({
        timeSeconds: this.times[i]!,
        capacityBytesPerSecond: this.capacities[i]!,
        usedBytesPerSecond: this.useds[i]!,
        usedByKind: Object.fromEntries(byKind),
      });
    }
    this.builtUpTo = n;
    return points;
  }

  /**
   * Changes the capacity at the current time; the network re-shares it among the flows.
   * A capacity of 0 stops the flows that cross the link until it is raised again.
   * @param bytesPerSecond the new capacity, bytes per second
   * @throws RangeError unless it is a finite number ≥ 0
   */
  setCapacity(bytesPerSecond: number): void {
    this.network._setCapacity(this, bytesPerSecond);
  }

  /**
   * What the link carried from its creation until now: bytes in total and by kind, the mean
   * used rate and the utilisation (time-weighted over the step series).
   */
  usage(): LinkUsage {
    return this.network._usage(this);
  }

  /**
   * @internal Adds the state after an allocation at `now` (its usage integrated by the
   * network) to the series: one point per instant, none when equal to the previous but for
   * rounding. `kinds` is the network's scratch (copied when kept).
   */
  _point(now: number, capacity: number, used: number, kinds: readonly number[]): void {
    const times = this.times;
    const n = times.length;
    // At most one point per instant: a later state of the same instant replaces it.
    const replace = times[n - 1] === now;
    const previous = replace ? n - 2 : n - 1;
    if (
      previous >= 0 &&
      this.capacities[previous] === capacity &&
      close(this.useds[previous]!, used) &&
      sameRates(this.kindRatesOf[previous]!, kinds)
    ) {
      if (replace) this.popPoint();
      return;
    }
    if (replace) {
      this.capacities[n - 1] = capacity;
      this.useds[n - 1] = used;
      // The point's own array (no other point shares it): overwritten, not reallocated.
      const own = this.kindRatesOf[n - 1]!;
      if (own.length !== kinds.length) own.length = kinds.length;
      for (let k = 0; k < kinds.length; k++) own[k] = kinds[k]!;
      if (this.builtUpTo > n - 1) this.builtUpTo = n - 1;
      return;
    }
    // The last point is a finished change now: merge it into the one before while that holds
    // fewer than `stride` changes (never while stride is 1: every change is its own point).
    if (n >= 2 && this.counts[n - 2]! < this.stride) {
      this.merge(n - 2, n - 1, n - 2);
      this.counts[n - 2]! += this.counts[n - 1]!;
      this.popPoint();
    }
    this.pushPoint(now, capacity, used, kinds.slice());
    if (times.length > MAX_LINK_POINTS) this.compact();
  }

  private pushPoint(time: number, capacity: number, used: number, kindRates: number[]): void {
    this.times.push(time);
    this.capacities.push(capacity);
    this.useds.push(used);
    this.kindRatesOf.push(kindRates);
    this.counts.push(1);
  }

  private popPoint(): void {
    this.times.pop();
    this.capacities.pop();
    this.useds.pop();
    this.kindRatesOf.pop();
    this.counts.pop();
    if (this.builtUpTo > this.times.length) this.builtUpTo = this.times.length;
  }

  /**
   * Point `to` becomes the merge of neighbours `a` < `b`: from a's time, the values of the
   * busier (higher used rate; the earlier on a tie), so the peak is kept.
   */
  private merge(a: number, b: number, to: number): void {
    const from = this.useds[b]! > this.useds[a]! ? b : a;
    this.times[to] = this.times[a]!;
    this.capacities[to] = this.capacities[from]!;
    this.useds[to] = this.useds[from]!;
    this.kindRatesOf[to] = this.kindRatesOf[from]!;
    if (this.builtUpTo > to) this.builtUpTo = to;
  }

  /** Merges the finished points (all but the last) in pairs; doubles the changes per point. */
  private compact(): void {
    const counts = this.counts;
    const last = this.times.length - 1;
    let kept = 0;
    for (let i = 0; i < last; i += 2) {
      if (i + 1 < last) {
        this.merge(i, i + 1, kept);
        counts[kept] = counts[i]! + counts[i + 1]!;
      } else {
        this.merge(i, i, kept);
        counts[kept] = counts[i]!;
      }
      kept++;
    }
    this.merge(last, last, kept);
    counts[kept++] = counts[last]!;
    this.times.length = kept;
    this.capacities.length = kept;
    this.useds.length = kept;
    this.kindRatesOf.length = kept;
    counts.length = kept;
    this.stride *= 2;
    this.builtUpTo = 0;
  }
}

/**
 * @internal Rates equal but for rounding (relative 1e-12). Sums of the same rates in another order
 * differ in the last bits; such a difference is not a change worth a point of the series.
 */
export function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= RATE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

/** Rate vectors equal but for rounding, a missing entry counting as 0. */
function sameRates(a: readonly number[], b: readonly number[]): boolean {
  const n = Math.max(a.length, b.length);
  for (let k = 0; k < n; k++) if (!close(a[k] ?? 0, b[k] ?? 0)) return false;
  return true;
}
