import type { Flow } from "./Flow.ts";
import type { FluidNetwork } from "./FluidNetwork.ts";

/** Relative difference under which two rates count as equal (rounding, not a change). */
const RATE_TOLERANCE = 1e-12;

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
 * {@link LinkPoint} per change, from which {@link usage} integrates what it carried.
 */
export class Link {
  /** The network the link belongs to. */
  readonly network: FluidNetwork;
  /** Name for messages and reports. */
  readonly name: string;
  /** @internal capacity, bytes per second */
  _capacity: number;
  /** @internal network slots of the active flows crossing the link (order is arbitrary) */
  readonly _slots: number[] = [];
  /** @internal allocation scratch: capacity not yet given to frozen flows */
  _residual = 0;
  /** @internal allocation scratch: flows not yet frozen */
  _unfrozen = 0;
  /** @internal used rate after the last allocation, bytes per second */
  _used = 0;
  /** @internal used rate by kind id after the last allocation */
  _kindRates: number[] = [];
  private readonly points: LinkPoint[] = [];
  private readonly createdSeconds: number;
  /** Values of the last recorded point, integrated from `integratedUntil` on. */
  private recordedUsed = 0;
  private recordedCapacity: number;
  private recordedKindRates: number[] = [];
  private integratedUntil: number;
  private carried = 0;
  private offered = 0;
  private carriedByKind: number[] = [];

  /** @internal use {@link FluidNetwork.addLink} */
  constructor(network: FluidNetwork, name: string, capacityBytesPerSecond: number) {
    const now = network.env.now;
    this.network = network;
    this.name = name;
    this._capacity = capacityBytesPerSecond;
    this.recordedCapacity = capacityBytesPerSecond;
    this.createdSeconds = now;
    this.integratedUntil = now;
    this.points.push({
      timeSeconds: now,
      capacityBytesPerSecond,
      usedBytesPerSecond: 0,
      usedByKind: {},
    });
  }

  /** The capacity now, bytes per second. */
  get capacityBytesPerSecond(): number {
    return this._capacity;
  }

  /** The sum of the rates of the flows crossing the link now, bytes per second. */
  get utilizationBytesPerSecond(): number {
    this.network.settle();
    return this._used;
  }

  /** The flows crossing the link now (not finished, not cancelled). */
  get flows(): readonly Flow[] {
    return this._slots.map((slot) => this.network._flowAt(slot));
  }

  /**
   * The step series: one point per change of capacity or used rates, in time order, starting
   * with the link's creation. The array is live (it grows as the simulation runs).
   */
  get series(): readonly LinkPoint[] {
    this.network.settle();
    return this.points;
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
    this.network.settle();
    const now = this.network.env.now;
    const dt = now - this.integratedUntil;
    const kindNames = this.network._kindNames;
    const byKind: [string, number][] = [];
    for (let k = 0; k < this.carriedByKind.length; k++) {
      const bytes = this.carriedByKind[k]! + (this.recordedKindRates[k] ?? 0) * dt;
      if (bytes > 0) byKind.push([kindNames[k]!, bytes]);
    }
    const carriedBytes = this.carried + this.recordedUsed * dt;
    const offeredBytes = this.offered + this.recordedCapacity * dt;
    const span = now - this.createdSeconds;
    return {
      fromSeconds: this.createdSeconds,
      toSeconds: now,
      carriedBytes,
      carriedBytesByKind: Object.fromEntries(byKind),
      meanUsedBytesPerSecond: span > 0 ? carriedBytes / span : Number.NaN,
      meanCapacityBytesPerSecond: span > 0 ? offeredBytes / span : Number.NaN,
      utilization: offeredBytes > 0 ? carriedBytes / offeredBytes : Number.NaN,
    };
  }

  /**
   * @internal Records the state after an allocation at `now` if it differs from the last
   * point, after integrating the last point's values up to `now`.
   */
  _record(now: number, kindNames: readonly string[]): void {
    const rates = this._kindRates;
    if (
      this._capacity === this.recordedCapacity &&
      close(this._used, this.recordedUsed) &&
      sameRates(rates, this.recordedKindRates)
    ) {
      return;
    }
    this.integrate(now);
    this.recordedUsed = this._used;
    this.recordedCapacity = this._capacity;
    this.recordedKindRates = rates.slice();
    while (this.carriedByKind.length < rates.length) this.carriedByKind.push(0);
    const byKind: [string, number][] = [];
    for (let k = 0; k < rates.length; k++) {
      if (rates[k] !== 0) byKind.push([kindNames[k]!, rates[k]!]);
    }
    const point: LinkPoint = {
      timeSeconds: now,
      capacityBytesPerSecond: this._capacity,
      usedBytesPerSecond: this._used,
      usedByKind: Object.fromEntries(byKind),
    };
    const points = this.points;
    if (points[points.length - 1]!.timeSeconds === now) points.pop();
    const previous = points[points.length - 1];
    if (previous !== undefined && samePoint(previous, point)) return;
    points.push(point);
  }

  private integrate(now: number): void {
    const dt = now - this.integratedUntil;
    if (dt <= 0) return;
    this.carried += this.recordedUsed * dt;
    this.offered += this.recordedCapacity * dt;
    const rates = this.recordedKindRates;
    for (let k = 0; k < rates.length; k++) this.carriedByKind[k]! += rates[k]! * dt;
    this.integratedUntil = now;
  }
}

/**
 * Rates equal but for rounding (relative 1e-12). Sums of the same rates in another order
 * differ in the last bits; such a difference is not a change worth a point of the series.
 */
function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= RATE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

/** Rate vectors equal but for rounding, a missing entry counting as 0. */
function sameRates(a: readonly number[], b: readonly number[]): boolean {
  const n = Math.max(a.length, b.length);
  for (let k = 0; k < n; k++) if (!close(a[k] ?? 0, b[k] ?? 0)) return false;
  return true;
}

/** Equal values but for rounding (times aside). */
function samePoint(a: LinkPoint, b: LinkPoint): boolean {
  if (a.capacityBytesPerSecond !== b.capacityBytesPerSecond) return false;
  if (!close(a.usedBytesPerSecond, b.usedBytesPerSecond)) return false;
  const ka = Object.keys(a.usedByKind);
  if (ka.length !== Object.keys(b.usedByKind).length) return false;
  return ka.every((k) => close(a.usedByKind[k]!, b.usedByKind[k] ?? 0));
}
