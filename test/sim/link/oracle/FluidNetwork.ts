/*
 * The test oracle of issue 16: FluidNetwork as it was before the incremental allocation
 * (commit 4cecd0f), progressive filling over all links at every change. Kept as it was, only
 * its imports adjusted, so the new allocation can be checked against it
 * (FluidNetwork.oracle.test.ts). Not used outside the tests.
 */
import type { Environment } from "../../../../sim/Environment.ts";
import type { Event, Waiter } from "../../../../sim/Event.ts";
import { MAX_PRIORITY } from "../../../../sim/priority.ts";
import { Timeout } from "../../../../sim/Timeout.ts";
import { ACTIVE, CANCELLED, DONE, Flow } from "./Flow.ts";
import { FlowCancelledError } from "./FlowCancelledError.ts";
import { Link } from "./Link.ts";

/** Options of {@link FluidNetwork.addLink}. */
export interface LinkOptions {
  /** Name for messages and reports; unique in the network. */
  name: string;
  /** Capacity, bytes per second (finite, ≥ 0). */
  capacityBytesPerSecond: number;
}

/** Options of {@link FluidNetwork.transfer}. */
export interface TransferOptions {
  /** Size of the transfer, bytes (finite, ≥ 0). */
  bytes: number;
  /** The links the flow crosses (at least one, distinct, of this network). */
  links: readonly Link[];
  /** Per-flow cap, bytes per second (> 0; default Infinity: uncapped). */
  capBytesPerSecond?: number;
  /** Label summed per kind by the links' statistics (default "default"). */
  kind?: string;
  /** Name for messages (default "flow N"). */
  name?: string;
}

/**
 * A flow whose remaining time at its rate is below this fraction of max(1, |now|) seconds is
 * complete. It absorbs the rounding of `now + delay` in the event queue (an ulp of now), so a
 * flow due at t completes at t instead of a hair later with a second tiny event.
 */
const TIME_TOLERANCE = 1e-12;
/** A flow whose remaining bytes are below this fraction of its size is complete (rounding). */
const BYTES_TOLERANCE = 1e-12;
/** Links whose fair share is within this fraction of the smallest saturate together. */
const SHARE_TOLERANCE = 1e-12;
/** Slots of the typed arrays allocated up front (they double as needed). */
const INITIAL_SLOTS = 64;

/**
 * A network wake-up, after every other event of its instant (MAX_PRIORITY); stale once the
 * network's generation has moved on.
 */
class Wakeup extends Timeout<undefined> {
  constructor(
    env: Environment,
    delaySeconds: number,
    readonly generation: number,
  ) {
    super(env, delaySeconds, undefined, MAX_PRIORITY);
  }
}

/**
 * A fluid model of a network: flows of bytes cross one or more links, and the rates are set by
 * max-min fairness with optional per-flow caps. No flow can get more without taking from a
 * flow that has less or equal, and every flow is either at its cap or has a saturated link on
 * which no flow gets more (Bertsekas & Gallager, Data Networks, 2nd ed. 1992, ch. 6, max-min
 * flow control).
 *
 * Rates are computed by progressive filling: all unfrozen flows rise together; a flow freezes
 * when it reaches its cap, and every flow of a link freezes when the link saturates; repeat.
 * Capped flows are kept sorted by cap, so an allocation costs O(flows × links per flow +
 * busy links × rounds), where a round saturates at least one link or passes at least one cap.
 * The per-flow numbers (rate, bytes sent, size …) of the active flows live in typed arrays
 * indexed by slot, so the two passes over all flows per change stay in cache with thousands of
 * concurrent flows.
 *
 * The allocation is redone when a flow starts, finishes, is cancelled or changes its cap, or a
 * link's capacity changes. Changes are batched: the first change at an instant schedules one
 * re-allocation at that instant after every other event of it (priority MAX_PRIORITY), so ten
 * flows started together cost one allocation. Before it, every flow's delivered bytes advance
 * by rate × elapsed time; after it, one wake-up is scheduled at the earliest completion.
 * Earlier wake-ups are invalidated by a generation counter (events cannot be unscheduled).
 * Reading a rate or a series settles pending changes at once.
 *
 * @example
 * const net = new FluidNetwork(env);
 * const wan = net.addLink({ name: "wan", capacityBytesPerSecond: 1.25e9 });
 * const nic = net.addLink({ name: "esx01 vmk", capacityBytesPerSecond: 3.125e9 });
 * const flow = net.transfer({ bytes: 8 * 2 ** 30, links: [wan, nic], capBytesPerSecond: 1.25e8 });
 * env.run(); // flow.endSeconds = 68.719476736
 */
export class FluidNetwork implements Waiter {
  /** The environment the network lives in. */
  readonly env: Environment;
  /** @internal time in seconds up to which every active flow's bytes sent are counted */
  _updatedSeconds: number;
  /** @internal kind names by kind id */
  readonly _kindNames: string[] = [];
  private readonly kindIds = new Map<string, number>();
  private readonly linkList: Link[] = [];
  /** Active flows by slot; slot i's numbers are at index i of the typed arrays below. */
  private readonly active: Flow[] = [];
  /** Rate of each slot, bytes per second. */
  private rate = new Float64Array(INITIAL_SLOTS);
  /** Bytes sent by each slot up to `_updatedSeconds`. */
  private sent = new Float64Array(INITIAL_SLOTS);
  /** Size of each slot's flow, bytes. */
  private size = new Float64Array(INITIAL_SLOTS);
  /** Number of the allocation that fixed each slot's rate. */
  private stamp = new Float64Array(INITIAL_SLOTS);
  /** Kind id of each slot. */
  private kind = new Int32Array(INITIAL_SLOTS);
  /** 1 when the slot's flow crosses a single link (no per-link bookkeeping needed). */
  private lone = new Uint8Array(INITIAL_SLOTS);
  /** Active flows with a finite cap, by (cap, id) ascending. */
  private readonly capped: Flow[] = [];
  private readonly busy: Link[] = [];
  private readonly finished: Flow[] = [];
  private dirty = false;
  private generation = 0;
  private nextId = 0;
  /** Allocations so far; a slot whose stamp equals it has its rate fixed. */
  private allocations = 0;
  /** Time to the soonest completion after the last allocation, seconds. */
  private soonestSeconds = Number.POSITIVE_INFINITY;

  constructor(env: Environment) {
    this.env = env;
    this._updatedSeconds = env.now;
  }

  /** The links, in order of creation. */
  get links(): readonly Link[] {
    return this.linkList;
  }

  /** The active flows (neither finished nor cancelled), in no particular order. */
  get flows(): readonly Flow[] {
    return this.active;
  }

  /**
   * Adds a link with a capacity in bytes per second.
   * @throws RangeError if the capacity is not a finite number ≥ 0, or the name is taken
   */
  addLink(options: LinkOptions): Link {
    const { name, capacityBytesPerSecond } = options;
    checkCapacity(name, capacityBytesPerSecond);
    if (this.linkList.some((link) => link.name === name)) {
      throw new RangeError(`link "${name}": name already used in this network`);
    }
    const link = new Link(this, name, capacityBytesPerSecond);
    link._kindRates = new Array<number>(this._kindNames.length).fill(0);
    this.linkList.push(link);
    return link;
  }

  /**
   * Starts a flow of `bytes` across `links` now. A zero-byte flow succeeds at once (at now).
   * A flow whose links have no capacity waits with rate 0.
   * @throws RangeError for bytes not finite or < 0, a cap not > 0, an empty links list, or a
   *   link that is repeated or belongs to another network
   */
  transfer(options: TransferOptions): Flow {
    const { bytes, links, kind = "default" } = options;
    const id = this.nextId;
    const name = options.name ?? `flow ${id}`;
    const capBytesPerSecond = options.capBytesPerSecond ?? Number.POSITIVE_INFINITY;
    if (!(bytes >= 0) || bytes === Number.POSITIVE_INFINITY) {
      throw new RangeError(`transfer "${name}": bytes must be a finite number ≥ 0, got ${bytes}`);
    }
    checkCap(name, capBytesPerSecond);
    this.checkLinks(name, links);
    this.nextId++;
    const kindId = this.kindId(kind);
    const flow = new Flow(this, id, bytes, links.slice(), capBytesPerSecond, kind, name);
    if (bytes === 0) {
      flow._status = DONE;
      flow.endSeconds = this.env.now;
      flow.succeed(flow);
      return flow;
    }
    const slot = this.active.length;
    if (slot === this.rate.length) this.grow();
    this.active.push(flow);
    flow._index = slot;
    this.rate[slot] = 0;
    this.sent[slot] = 0;
    this.size[slot] = bytes;
    this.stamp[slot] = 0;
    this.kind[slot] = kindId;
    this.lone[slot] = links.length === 1 ? 1 : 0;
    const flowLinks = flow._links;
    for (let j = 0; j < flowLinks.length; j++) {
      const linkSlots = flowLinks[j]!._slots;
      flow._positions[j] = linkSlots.length;
      linkSlots.push(slot);
    }
    if (capBytesPerSecond < Number.POSITIVE_INFINITY) this.insertCapped(flow);
    this.markDirty();
    return flow;
  }

  /**
   * Brings the allocation up to date now if a change is pending: advances every flow, completes
   * those that are done, recomputes the rates, records the links' series and reschedules the
   * next completion. Called by the network's own wake-up and by readers of rates and series;
   * calling it yourself is never needed.
   */
  settle(): void {
    if (this.dirty) this.reallocate();
  }

  /** @internal a wake-up of this network was processed */
  _notify(event: Event<unknown>): void {
    if ((event as Wakeup).generation !== this.generation) return;
    if (this.dirty) this.reallocate();
    // A completion: deliver it first, and re-allocate once the processes it resumes have
    // started whatever they start at this instant.
    else if (this.advance(this.env.now) > 0) this.markDirty();
    else this.reallocate();
  }

  /** @internal the rate of an active flow now (after `settle`), bytes per second */
  _rateOf(flow: Flow): number {
    return this.rate[flow._index]!;
  }

  /** @internal the bytes an active flow has sent up to now */
  _sentOf(flow: Flow): number {
    const slot = flow._index;
    const elapsedSeconds = this.env.now - this._updatedSeconds;
    return Math.min(flow.bytes, this.sent[slot]! + this.rate[slot]! * elapsedSeconds);
  }

  /** @internal the active flow in a slot */
  _flowAt(slot: number): Flow {
    return this.active[slot]!;
  }

  /** @internal see {@link Link.setCapacity} */
  _setCapacity(link: Link, bytesPerSecond: number): void {
    checkCapacity(link.name, bytesPerSecond);
    if (bytesPerSecond === link._capacity) return;
    link._capacity = bytesPerSecond;
    this.markDirty();
  }

  /** @internal see {@link Flow.setCap} */
  _setCap(flow: Flow, bytesPerSecond: number): void {
    checkCap(flow.name, bytesPerSecond);
    if (bytesPerSecond === flow._cap) return;
    if (flow._status !== ACTIVE) {
      flow._cap = bytesPerSecond;
      return;
    }
    if (flow._cap < Number.POSITIVE_INFINITY) this.removeCapped(flow);
    flow._cap = bytesPerSecond;
    if (bytesPerSecond < Number.POSITIVE_INFINITY) this.insertCapped(flow);
    this.markDirty();
  }

  /** @internal see {@link Flow.cancel} */
  _cancel(flow: Flow, cause: unknown): boolean {
    if (flow._status !== ACTIVE) return false;
    const now = this.env.now;
    const sentBytes = this._sentOf(flow);
    this.remove(flow);
    flow._transferred = sentBytes;
    flow._status = CANCELLED;
    flow.endSeconds = now;
    flow.fail(new FlowCancelledError(flow, now, cause));
    flow.defuse();
    this.markDirty();
    return true;
  }

  private kindId(kind: string): number {
    let id = this.kindIds.get(kind);
    if (id === undefined) {
      id = this._kindNames.length;
      this.kindIds.set(kind, id);
      this._kindNames.push(kind);
      for (const link of this.linkList) link._kindRates.push(0);
    }
    return id;
  }

  private checkLinks(name: string, links: readonly Link[]): void {
    if (!Array.isArray(links) || links.length === 0) {
      throw new RangeError(`transfer "${name}": links must list at least one link`);
    }
    links.forEach((link, i) => {
      if (!(link instanceof Link) || link.network !== this) {
        throw new RangeError(`transfer "${name}": links[${i}] is not a link of this network`);
      }
      if (links.indexOf(link) !== i) {
        throw new RangeError(`transfer "${name}": links[${i}] repeats link "${link.name}"`);
      }
    });
  }

  /** Doubles the typed arrays. */
  private grow(): void {
    const n = this.rate.length * 2;
    const widen = <A extends Float64Array | Int32Array | Uint8Array>(
      a: A,
      make: (n: number) => A,
    ): A => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.rate = widen(this.rate, (k) => new Float64Array(k));
    this.sent = widen(this.sent, (k) => new Float64Array(k));
    this.size = widen(this.size, (k) => new Float64Array(k));
    this.stamp = widen(this.stamp, (k) => new Float64Array(k));
    this.kind = widen(this.kind, (k) => new Int32Array(k));
    this.lone = widen(this.lone, (k) => new Uint8Array(k));
  }

  /** Schedules one re-allocation at the current instant, after its other events. */
  private markDirty(): void {
    if (this.dirty) return;
    this.dirty = true;
    this.wakeUpIn(0);
  }

  private wakeUpIn(delaySeconds: number): void {
    new Wakeup(this.env, delaySeconds, ++this.generation)._addWaiter(this);
  }

  private reallocate(): void {
    const now = this.env.now;
    this.dirty = false;
    this.generation++;
    // At the instant of the last advance nothing has moved: the flows added since have rate 0.
    if (now !== this._updatedSeconds) this.advance(now);
    this.allocate();
    const kindNames = this._kindNames;
    for (const link of this.linkList) link._record(now, kindNames);
    const soonestSeconds = this.soonestSeconds;
    if (soonestSeconds < Number.POSITIVE_INFINITY) this.wakeUpIn(soonestSeconds);
  }

  /**
   * Adds rate × elapsed to every active flow's bytes sent and completes the flows that are
   * done (within the tolerances), in order of creation.
   * @returns the number of flows completed
   */
  private advance(now: number): number {
    const n = this.active.length;
    const rate = this.rate;
    const sent = this.sent;
    const size = this.size;
    const elapsedSeconds = now - this._updatedSeconds;
    const slackSeconds = TIME_TOLERANCE * Math.max(1, Math.abs(now));
    const finished = this.finished;
    for (let i = 0; i < n; i++) {
      const r = rate[i]!;
      const bytes = size[i]!;
      const s = sent[i]! + r * elapsedSeconds;
      sent[i] = s;
      const remaining = bytes - s;
      if (remaining <= r * slackSeconds || remaining <= BYTES_TOLERANCE * bytes) {
        finished.push(this.active[i]!);
      }
    }
    this._updatedSeconds = now;
    const count = finished.length;
    if (count === 0) return 0;
    if (count > 1) finished.sort((a, b) => a.id - b.id);
    for (let i = 0; i < count; i++) {
      const flow = finished[i]!;
      this.remove(flow);
      flow._transferred = flow.bytes;
      flow._status = DONE;
      flow.endSeconds = now;
      flow.succeed(flow);
    }
    finished.length = 0;
    return count;
  }

  /**
   * Max-min fair rates by progressive filling (see the class comment). On the way, sums each
   * link's used rate (total and by kind) and finds the soonest completion, so that the flows
   * are visited once.
   */
  private allocate(): void {
    const capped = this.capped;
    const busy = this.busy;
    const stamp = this.stamp;
    const st = ++this.allocations;
    busy.length = 0;
    for (const link of this.linkList) {
      link._used = 0;
      link._kindRates.fill(0);
      const count = link._slots.length;
      if (count === 0) continue;
      link._residual = link._capacity;
      link._unfrozen = count;
      busy.push(link);
    }
    this.soonestSeconds = Number.POSITIVE_INFINITY;
    let unfrozen = this.active.length;
    let nextCapped = 0;
    while (unfrozen > 0) {
      let share = Number.POSITIVE_INFINITY;
      for (const link of busy) {
        if (link._unfrozen > 0) share = Math.min(share, link._residual / link._unfrozen);
      }
      if (share < 0) share = 0;
      const limit = share + share * SHARE_TOLERANCE;
      // Capped flows below the smallest share freeze at their caps; that only raises the
      // shares of their links, so all of them can go in one pass.
      let frozen = 0;
      for (; nextCapped < capped.length; nextCapped++) {
        const flow = capped[nextCapped]!;
        const slot = flow._index;
        if (stamp[slot] === st) continue;
        if (flow._cap > limit) break;
        this.freeze(slot, flow._cap, st);
        frozen++;
      }
      if (frozen === 0) {
        for (const link of busy) {
          if (link._unfrozen === 0 || link._residual / link._unfrozen > limit) continue;
          frozen += this.saturate(link, share, st);
        }
      }
      unfrozen -= frozen;
    }
  }

  /**
   * Freezes every unfrozen flow of a saturated link at `share`. This link's totals are updated
   * in bulk; a flow that crosses other links also updates those.
   * @returns the number of flows frozen
   */
  private saturate(link: Link, share: number, st: number): number {
    const slots = link._slots;
    const stamp = this.stamp;
    const rate = this.rate;
    const lone = this.lone;
    const kind = this.kind;
    const sent = this.sent;
    const size = this.size;
    const kindRates = link._kindRates;
    let frozen = 0;
    let leastRemaining = Number.POSITIVE_INFINITY;
    for (let j = 0; j < slots.length; j++) {
      const slot = slots[j]!;
      if (stamp[slot] === st) continue;
      stamp[slot] = st;
      rate[slot] = share;
      const kindId = kind[slot]!;
      kindRates[kindId]! += share;
      frozen++;
      const remaining = size[slot]! - sent[slot]!;
      if (remaining < leastRemaining) leastRemaining = remaining;
      if (lone[slot] === 0) {
        const links = this.active[slot]!._links;
        for (let k = 0; k < links.length; k++) {
          const other = links[k]!;
          if (other === link) continue;
          other._residual -= share;
          other._unfrozen--;
          other._used += share;
          other._kindRates[kindId]! += share;
        }
      }
    }
    link._residual -= frozen * share;
    link._unfrozen -= frozen;
    link._used += frozen * share;
    if (share > 0 && leastRemaining / share < this.soonestSeconds) {
      this.soonestSeconds = leastRemaining / share;
    }
    return frozen;
  }

  /** Fixes a slot's rate: takes it from its links' residual capacity, adds it to their use. */
  private freeze(slot: number, r: number, st: number): void {
    this.stamp[slot] = st;
    this.rate[slot] = r;
    const links = this.active[slot]!._links;
    const kindId = this.kind[slot]!;
    for (let j = 0; j < links.length; j++) {
      const link = links[j]!;
      link._residual -= r;
      link._unfrozen--;
      link._used += r;
      link._kindRates[kindId]! += r;
    }
    if (r > 0) {
      const seconds = (this.size[slot]! - this.sent[slot]!) / r;
      if (seconds < this.soonestSeconds) this.soonestSeconds = seconds;
    }
  }

  /**
   * Takes an active flow out of its links' slot lists, the capped list and its slot (the last
   * slot moves into it).
   */
  private remove(flow: Flow): void {
    const slot = flow._index;
    const flowLinks = flow._links;
    for (let j = 0; j < flowLinks.length; j++) {
      const link = flowLinks[j]!;
      const linkSlots = link._slots;
      const position = flow._positions[j]!;
      const movedSlot = linkSlots.pop()!;
      if (movedSlot !== slot) {
        linkSlots[position] = movedSlot;
        const moved = this.active[movedSlot]!;
        moved._positions[moved._links.indexOf(link)] = position;
      }
    }
    if (flow._cap < Number.POSITIVE_INFINITY) this.removeCapped(flow);
    const active = this.active;
    const last = active.length - 1;
    const moved = active.pop()!;
    if (slot !== last) {
      active[slot] = moved;
      moved._index = slot;
      this.rate[slot] = this.rate[last]!;
      this.sent[slot] = this.sent[last]!;
      this.size[slot] = this.size[last]!;
      this.stamp[slot] = this.stamp[last]!;
      this.kind[slot] = this.kind[last]!;
      this.lone[slot] = this.lone[last]!;
      const movedLinks = moved._links;
      for (let j = 0; j < movedLinks.length; j++) {
        movedLinks[j]!._slots[moved._positions[j]!] = slot;
      }
    }
    flow._index = -1;
  }

  /** Inserts into the capped list, ordered by (cap, id). */
  private insertCapped(flow: Flow): void {
    const capped = this.capped;
    const i = this.cappedBound(flow);
    capped.splice(i, 0, flow);
  }

  private removeCapped(flow: Flow): void {
    this.capped.splice(this.cappedBound(flow), 1);
  }

  /** The first position whose (cap, id) is not less than the flow's. */
  private cappedBound(flow: Flow): number {
    const capped = this.capped;
    const cap = flow._cap;
    const id = flow.id;
    let lo = 0;
    let hi = capped.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const other = capped[mid]!;
      if (other._cap < cap || (other._cap === cap && other.id < id)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

function checkCapacity(name: string, bytesPerSecond: number): void {
  if (!(bytesPerSecond >= 0) || bytesPerSecond === Number.POSITIVE_INFINITY) {
    throw new RangeError(
      `link "${name}": capacityBytesPerSecond must be a finite number ≥ 0, got ${bytesPerSecond}`,
    );
  }
}

function checkCap(name: string, bytesPerSecond: number): void {
  if (!(bytesPerSecond > 0)) {
    throw new RangeError(
      `flow "${name}": capBytesPerSecond must be a number > 0 (Infinity for no cap), got ${bytesPerSecond}`,
    );
  }
}
