import type { Environment } from "../Environment.ts";
import type { Event, Waiter } from "../Event.ts";
import { EventQueue } from "../EventQueue.ts";
import { MAX_PRIORITY } from "../priority.ts";
import { Timeout } from "../Timeout.ts";
import { ACTIVE, CANCELLED, DONE, Flow } from "./Flow.ts";
import { FlowCancelledError } from "./FlowCancelledError.ts";
import { close, Link, type LinkUsage } from "./Link.ts";

/** Options of {@link FluidNetwork.addLink}. */
export interface LinkOptions {
  /** Name for messages and reports; unique in the network. */
  name: string;
  /** Capacity, bytes per second (finite, ≥ 0). */
  capacityBytesPerSecond: number;
  /**
   * Keep the step series of the link's use (default true). False for links whose series
   * nobody reads (a provider's thousands of host NICs): recording a point per change of each
   * of them is most of the cost of a large run; `usage()` stays exact.
   */
  series?: boolean;
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
 * With at most this many active flows, a change re-levels them all: finding the connected
 * component would cost about as much as the re-levelling it saves.
 */
const SMALL_NETWORK_FLOWS = 32;

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
 * The soonest completion of one connected component, as of its last re-levelling: valid while
 * its flow is active and keeps the rate that re-levelling gave it (same allocation stamp).
 */
interface Completion {
  /** Time of the re-levelling, seconds. */
  atSeconds: number;
  /** Seconds from then to the completion. */
  delaySeconds: number;
  /** The flow that completes first in its component. */
  flow: Flow;
  /** The allocation that fixed the flow's rate. */
  stamp: number;
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
 * indexed by slot, the per-link ones (residual, use, use by kind, what it carried) in typed
 * arrays indexed by link id.
 *
 * The allocation is incremental. Max-min rates of one connected component of the flow–link
 * graph do not depend on any other, so a change (a flow started, finished or cancelled, a cap
 * or a capacity changed) re-levels only the component(s) of the links it touched; links with
 * no active flow are never visited, and untouched links keep their rates and series as they
 * are. When a touched link carries at least half of the active flows (a shared inter-site
 * link), its component is most of the network and all busy links are re-levelled at once, in
 * creation order, without the search: the same operations in the same order as progressive
 * filling over the whole network, so such a network's results are bit for bit those of the
 * plain algorithm. Each re-levelled component pushes its soonest completion on a heap; the
 * network's one wake-up is at the heap's top, so completion detection never scans the flows
 * of components that did not change. Each flow counts its bytes sent up to its own last
 * re-levelling (or completion check), so untouched components are not advanced either. A
 * change costs O(flows and links of the components it touches), whatever the network's size
 * (but for the list of capped flows, kept sorted by cap: a shift of pointers per capped flow
 * started or ended).
 *
 * Changes are batched: the first change at an instant schedules one re-allocation at that
 * instant after every other event of it (priority MAX_PRIORITY), so ten flows started
 * together cost one allocation. Earlier wake-ups are invalidated by a generation counter
 * (events cannot be unscheduled). Reading a rate or a series settles pending changes at once.
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
  /** @internal kind names by kind id */
  readonly _kindNames: string[] = [];
  private readonly kindIds = new Map<string, number>();
  private readonly linkList: Link[] = [];
  private readonly linkNames = new Set<string>();
  /** Active flows by slot; slot i's numbers are at index i of the typed arrays below. */
  private readonly active: Flow[] = [];
  /** Rate of each slot, bytes per second. */
  private rate = new Float64Array(INITIAL_SLOTS);
  /** Bytes sent by each slot up to `updated` of the slot. */
  private sent = new Float64Array(INITIAL_SLOTS);
  /** Time up to which each slot's bytes sent are counted, seconds. */
  private updated = new Float64Array(INITIAL_SLOTS);
  /** Size of each slot's flow, bytes. */
  private size = new Float64Array(INITIAL_SLOTS);
  /** Number of the allocation that fixed each slot's rate. */
  private stamp = new Float64Array(INITIAL_SLOTS);
  /** Number of the component search that last reached each slot. */
  private seen = new Float64Array(INITIAL_SLOTS);
  /** Kind id of each slot. */
  private kind = new Int32Array(INITIAL_SLOTS);
  /** 1 when the slot's flow crosses a single link (no per-link bookkeeping needed). */
  private lone = new Uint8Array(INITIAL_SLOTS);
  /** Number of links of each slot's flow. */
  private linkCount = new Int32Array(INITIAL_SLOTS);
  /** Link ids of each slot's flow, in its order: slot × linkStride + j. */
  private slotLinks = new Int32Array(INITIAL_SLOTS * 4);
  private linkStride = 4;
  /*
   * Allocation state by link id, in typed arrays rather than on the Link objects: the
   * saturation of a shared link updates every other link of each of its flows, and these
   * stay in cache where the objects do not.
   */
  /** Capacity not yet given to frozen flows. */
  private linkResidual = new Float64Array(INITIAL_SLOTS);
  /** Flows not yet frozen. */
  private linkUnfrozen = new Int32Array(INITIAL_SLOTS);
  /** Used rate. */
  private linkUsed = new Float64Array(INITIAL_SLOTS);
  /** Used rate by kind: link id × kindStride + kind id. */
  private linkKind = new Float64Array(INITIAL_SLOTS * 4);
  private kindStride = 4;
  /*
   * What each link carried, by link id: the values of its last recorded change, integrated
   * from `integratedUntil` on (here rather than on the Link, so that recording the links of
   * an allocation stays in these arrays).
   */
  private recordedUsed = new Float64Array(INITIAL_SLOTS);
  private recordedCapacity = new Float64Array(INITIAL_SLOTS);
  private integratedUntil = new Float64Array(INITIAL_SLOTS);
  private carried = new Float64Array(INITIAL_SLOTS);
  private offered = new Float64Array(INITIAL_SLOTS);
  /** By kind: link id × kindStride + kind id. */
  private recordedKind = new Float64Array(INITIAL_SLOTS * 4);
  private carriedKind = new Float64Array(INITIAL_SLOTS * 4);
  /** Scratch: the used rate by kind of the link being recorded. */
  private readonly kindScratch: number[] = [];
  /** Ids of the links of a component re-levelling, ascending (scratch). */
  private readonly scopeIds: number[] = [];
  /** Capacity, bytes per second. */
  private linkCapacity = new Float64Array(INITIAL_SLOTS);
  /** Active flows crossing the link. */
  private linkFlows = new Int32Array(INITIAL_SLOTS);
  /** 1 while the link has an entry in the busy lists. */
  private linkListed = new Uint8Array(INITIAL_SLOTS);
  /** 1 when the link keeps a step series. */
  private linkSeries = new Uint8Array(INITIAL_SLOTS);
  /** Active flows with a finite cap, by (cap, id) ascending. */
  private readonly capped: Flow[] = [];
  /** Links with at least one active flow, in order of creation. */
  private busy: number[] = [];
  /**
   * Links that got their first flow since `busy` was last brought up to date. `busy` itself
   * may still hold links left idle since: both are settled only when every busy link is
   * re-levelled, so a change within a small component costs O(1) here, not a shift of the
   * whole list.
   */
  private readonly newlyBusy: number[] = [];
  private spareBusy: number[] = [];
  private busyStale = false;
  /** Links touched since the last re-allocation: re-levelled (if busy) and recorded. */
  private readonly touched: Link[] = [];
  private readonly finished: Flow[] = [];
  /**
   * Soonest completion per component, by time due (atSeconds + delaySeconds), ties in the
   * order pushed (`completionsPushed` is the key).
   */
  private readonly completions = new EventQueue<Completion>(64);
  private completionsPushed = 0;
  /** Scratch of a component re-levelling: its links, flows, capped flows, component starts. */
  private readonly scopeLinks: Link[] = [];
  private readonly scopeFlows: Flow[] = [];
  private readonly scopeCapped: Flow[] = [];
  private readonly componentStarts: number[] = [];
  private dirty = false;
  private generation = 0;
  private nextId = 0;
  /** Allocations so far; a slot whose stamp equals it has its rate fixed. */
  private allocations = 0;
  /** Component searches so far (marks of `seen` and of the links). */
  private searches = 0;
  /** Seconds to the soonest completion of the last allocation, and its slot (-1: none). */
  private soonestSeconds = Number.POSITIVE_INFINITY;
  private soonestSlot = -1;

  constructor(env: Environment) {
    this.env = env;
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
    if (this.linkNames.has(name)) {
      throw new RangeError(`link "${name}": name already used in this network`);
    }
    const link = new Link(this, name, capacityBytesPerSecond, options.series ?? true);
    const id = this.linkList.length;
    link._id = id;
    if (id === this.linkUsed.length) this.growLinks();
    this.recordedCapacity[id] = capacityBytesPerSecond;
    this.integratedUntil[id] = this.env.now;
    this.linkCapacity[id] = capacityBytesPerSecond;
    this.linkSeries[id] = link.recordsSeries ? 1 : 0;
    this.linkList.push(link);
    this.linkNames.add(name);
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
    this.updated[slot] = this.env.now;
    this.size[slot] = bytes;
    this.stamp[slot] = 0;
    this.seen[slot] = 0;
    this.kind[slot] = kindId;
    this.lone[slot] = links.length === 1 ? 1 : 0;
    const flowLinks = flow._links;
    if (flowLinks.length > this.linkStride) this.widenSlotLinks(flowLinks.length);
    this.linkCount[slot] = flowLinks.length;
    const base = slot * this.linkStride;
    for (let j = 0; j < flowLinks.length; j++) {
      const link = flowLinks[j]!;
      const id = link._id;
      this.slotLinks[base + j] = id;
      const linkSlots = link._slots;
      flow._positions[j] = linkSlots.length;
      linkSlots.push(slot);
      if (++this.linkFlows[id]! === 1) this.markBusy(id);
      this.touch(link);
    }
    if (capBytesPerSecond < Number.POSITIVE_INFINITY) this.insertCapped(flow);
    this.markDirty();
    return flow;
  }

  /**
   * Brings the allocation up to date now if a change is pending: advances the flows of the
   * changed components, completes those that are done, re-levels them, records the links'
   * series and reschedules the next completion. Called by the network's own wake-up and by
   * readers of rates and series; calling it yourself is never needed.
   */
  settle(): void {
    if (this.dirty) this.reallocate();
  }

  /** @internal a wake-up of this network was processed */
  _notify(event: Event<unknown>): void {
    if ((event as Wakeup).generation !== this.generation) return;
    if (this.dirty) {
      this.reallocate();
      return;
    }
    // The components due now: their links are touched, so that they are re-levelled whether
    // a flow completes or (rounding) is not quite done yet.
    const now = this.env.now;
    const completions = this.completions;
    const dueBy = now + TIME_TOLERANCE * Math.max(1, Math.abs(now));
    let first = true;
    // the first valid completion, then every one due by now (stale ones are dropped on the way)
    while (completions.size > 0 && (first || completions.peekTime() <= dueBy)) {
      const top = completions.pop()!;
      if (!this.valid(top)) continue;
      first = false;
      const links = top.flow._links;
      for (let j = 0; j < links.length; j++) this.touch(links[j]!);
    }
    // A completion: deliver it first, and re-allocate once the processes it resumes have
    // started whatever they start at this instant.
    const global = this.scope();
    if (this.advance(now, global, true) > 0) this.markDirty();
    else this.reallocate();
  }

  /** @internal the rate of an active flow now (after `settle`), bytes per second */
  _rateOf(flow: Flow): number {
    return this.rate[flow._index]!;
  }

  /** @internal the bytes an active flow has sent up to now */
  _sentOf(flow: Flow): number {
    const slot = flow._index;
    const elapsedSeconds = this.env.now - this.updated[slot]!;
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
    this.linkCapacity[link._id] = bytesPerSecond;
    this.touch(link);
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
    const links = flow._links;
    for (let j = 0; j < links.length; j++) this.touch(links[j]!);
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
      this.kindScratch.push(0);
      if (id === this.kindStride) this.relayoutKinds(this.kindStride * 2, this.linkUsed.length);
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
    this.rate = widened(this.rate, n);
    this.sent = widened(this.sent, n);
    this.updated = widened(this.updated, n);
    this.size = widened(this.size, n);
    this.stamp = widened(this.stamp, n);
    this.seen = widened(this.seen, n);
    this.kind = widened(this.kind, n);
    this.lone = widened(this.lone, n);
    this.linkCount = widened(this.linkCount, n);
    this.slotLinks = widened(this.slotLinks, n * this.linkStride);
  }

  /** Doubles the arrays by link id. */
  private growLinks(): void {
    const n = this.linkUsed.length * 2;
    this.linkResidual = widened(this.linkResidual, n);
    this.linkUnfrozen = widened(this.linkUnfrozen, n);
    this.linkUsed = widened(this.linkUsed, n);
    this.linkCapacity = widened(this.linkCapacity, n);
    this.linkFlows = widened(this.linkFlows, n);
    this.linkListed = widened(this.linkListed, n);
    this.linkSeries = widened(this.linkSeries, n);
    this.recordedUsed = widened(this.recordedUsed, n);
    this.recordedCapacity = widened(this.recordedCapacity, n);
    this.integratedUntil = widened(this.integratedUntil, n);
    this.carried = widened(this.carried, n);
    this.offered = widened(this.offered, n);
    this.relayoutKinds(this.kindStride, n);
  }

  /** Re-lays the by-kind rates out for `stride` kinds and `links` link ids. */
  private relayoutKinds(stride: number, links: number): void {
    const oldStride = this.kindStride;
    const relayout = (old: Float64Array) => {
      const next = new Float64Array(links * stride);
      for (let id = 0; id < this.linkList.length; id++) {
        for (let k = 0; k < oldStride; k++) next[id * stride + k] = old[id * oldStride + k]!;
      }
      return next;
    };
    this.linkKind = relayout(this.linkKind);
    this.recordedKind = relayout(this.recordedKind);
    this.carriedKind = relayout(this.carriedKind);
    this.kindStride = stride;
  }

  /** Makes room for flows crossing up to `count` links. */
  private widenSlotLinks(count: number): void {
    const stride = Math.max(count, this.linkStride * 2);
    const old = this.slotLinks;
    const next = new Int32Array(this.rate.length * stride);
    for (let slot = 0; slot < this.active.length; slot++) {
      for (let j = 0; j < this.linkCount[slot]!; j++) {
        next[slot * stride + j] = old[slot * this.linkStride + j]!;
      }
    }
    this.slotLinks = next;
    this.linkStride = stride;
  }

  /** Notes a link for the next re-allocation (once). */
  private touch(link: Link): void {
    if (link._touched) return;
    link._touched = true;
    this.touched.push(link);
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
    let global = this.scope();
    // Completions touch their links, which may widen the scope (to every flow, even): advance
    // again until nothing completes. At the instant of a flow's last advance nothing has moved
    // for it, so a flow is never counted twice.
    while (this.advance(now, global, false) > 0) global = this.scope();
    const st = ++this.allocations;
    if (global) {
      this.completions.clear();
      clear(this.componentStarts);
      this.componentStarts.push(0);
      this.settleBusy();
      this.allocate(this.busy, this.capped, this.active.length, st);
      // One component: the soonest completion found on the way (no second pass over flows).
      if (this.soonestSlot >= 0) {
        this.pushCompletion({
          atSeconds: now,
          delaySeconds: this.soonestSeconds,
          flow: this.active[this.soonestSlot]!,
          stamp: st,
        });
      }
    } else if (this.scopeFlows.length > 0) {
      const ids = this.scopeIds;
      clear(ids);
      const links = this.scopeLinks;
      for (let i = 0; i < links.length; i++) ids.push(links[i]!._id);
      sortSmall(ids, ascending);
      const capped = this.scopeCapped;
      clear(capped);
      const flows = this.scopeFlows;
      for (let i = 0; i < flows.length; i++) {
        if (flows[i]!._cap < Number.POSITIVE_INFINITY) capped.push(flows[i]!);
      }
      sortSmall(capped, byCapThenId);
      this.allocate(ids, capped, flows.length, st);
      this.pushCompletions(flows, now, st);
    }
    this.record(global ? this.busy : this.scopeIds, now);
    // Touched links left idle (their last flow gone, or a capacity change on an idle link).
    const touched = this.touched;
    for (let i = 0; i < touched.length; i++) {
      const link = touched[i]!;
      link._touched = false;
      if (link._slots.length > 0) continue;
      const id = link._id;
      this.linkUsed[id] = 0;
      for (let k = 0; k < this.kindStride; k++) this.linkKind[id * this.kindStride + k] = 0;
      this.recordLink(id, now);
    }
    clear(touched);
    clear(this.scopeFlows);
    clear(this.scopeLinks);
    this.scheduleSoonest(now);
  }

  /**
   * Finds what the touched links' changes re-level. Returns true when that is every busy link
   * and active flow: a touched link carries at least half of the active flows, or there are
   * few. Otherwise fills `scopeLinks` and `scopeFlows` with the touched links' connected
   * components (flows component by component, starts in `componentStarts`).
   */
  private scope(): boolean {
    const touched = this.touched;
    const flowCount = this.active.length;
    clear(this.scopeLinks);
    clear(this.scopeFlows);
    clear(this.componentStarts);
    if (flowCount <= SMALL_NETWORK_FLOWS) return true;
    for (let i = 0; i < touched.length; i++) {
      if (touched[i]!._slots.length * 2 >= flowCount) return true;
    }
    const mark = ++this.searches;
    const seen = this.seen;
    const active = this.active;
    const links = this.scopeLinks;
    const flows = this.scopeFlows;
    for (let i = 0; i < touched.length; i++) {
      const seed = touched[i]!;
      if (seed._seen === mark || seed._slots.length === 0) continue;
      this.componentStarts.push(flows.length);
      seed._seen = mark;
      let head = links.length;
      links.push(seed);
      while (head < links.length) {
        const slots = links[head++]!._slots;
        for (let j = 0; j < slots.length; j++) {
          const slot = slots[j]!;
          if (seen[slot] === mark) continue;
          seen[slot] = mark;
          const flow = active[slot]!;
          flows.push(flow);
          const flowLinks = flow._links;
          for (let k = 0; k < flowLinks.length; k++) {
            const other = flowLinks[k]!;
            if (other._seen === mark) continue;
            other._seen = mark;
            links.push(other);
          }
        }
      }
    }
    return false;
  }

  /**
   * Adds rate × elapsed to the bytes sent of every flow in scope (all active flows when
   * `global`, else `scopeFlows`) and completes those that are done (within the tolerances),
   * in order of creation. A flow already counted up to now is checked only when `force`
   * (a wake-up), as nothing has moved for it since its last check.
   * @returns the number of flows completed
   */
  private advance(now: number, global: boolean, force: boolean): number {
    const rate = this.rate;
    const sent = this.sent;
    const size = this.size;
    const updated = this.updated;
    const slackSeconds = TIME_TOLERANCE * Math.max(1, Math.abs(now));
    const finished = this.finished;
    const active = this.active;
    const scopeFlows = this.scopeFlows;
    const n = global ? active.length : scopeFlows.length;
    for (let j = 0; j < n; j++) {
      const i = global ? j : scopeFlows[j]!._index;
      const elapsedSeconds = now - updated[i]!;
      if (elapsedSeconds === 0 && !force) continue;
      const r = rate[i]!;
      const bytes = size[i]!;
      const s = sent[i]! + r * elapsedSeconds;
      sent[i] = s;
      updated[i] = now;
      const remaining = bytes - s;
      if (remaining <= r * slackSeconds || remaining <= BYTES_TOLERANCE * bytes) {
        finished.push(active[i]!);
      }
    }
    const count = finished.length;
    if (count === 0) return 0;
    sortSmall(finished, byId);
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
   * Max-min fair rates by progressive filling (see the class comment) of the flows crossing
   * `links` (in order of creation; every flow of each link is in scope), `count` of them, of
   * which `capped` (by cap, id) have a cap. On the way, sums each link's used rate (total and
   * by kind).
   */
  private allocate(ids: readonly number[], capped: readonly Flow[], count: number, st: number) {
    const stamp = this.stamp;
    this.soonestSeconds = Number.POSITIVE_INFINITY;
    this.soonestSlot = -1;
    const n = ids.length;
    const capacity = this.linkCapacity;
    const flowsOf = this.linkFlows;
    const residual = this.linkResidual;
    const unfrozenOf = this.linkUnfrozen;
    const used = this.linkUsed;
    const byKind = this.linkKind;
    const kindStride = this.kindStride;
    const kinds = this._kindNames.length;
    for (let i = 0; i < n; i++) {
      const id = ids[i]!;
      used[id] = 0;
      for (let k = 0; k < kinds; k++) byKind[id * kindStride + k] = 0;
      residual[id] = capacity[id]!;
      unfrozenOf[id] = flowsOf[id]!;
    }
    let unfrozen = count;
    let nextCapped = 0;
    while (unfrozen > 0) {
      let share = Number.POSITIVE_INFINITY;
      for (let i = 0; i < n; i++) {
        const id = ids[i]!;
        const u = unfrozenOf[id]!;
        if (u > 0) share = Math.min(share, residual[id]! / u);
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
        for (let i = 0; i < n; i++) {
          const id = ids[i]!;
          const u = unfrozenOf[id]!;
          if (u === 0 || residual[id]! / u > limit) continue;
          // When this link holds every flow still unfrozen (a shared link, typically), no
          // round follows: its flows' other links need their use, not their residuals.
          const last = u === unfrozen - frozen;
          frozen += this.saturate(id, share, st, last);
          if (frozen === unfrozen) break;
        }
      }
      unfrozen -= frozen;
    }
  }

  /**
   * Copies the allocation's used rates (total and by kind) of `links` to the Link objects and
   * records their series, in one pass over the objects.
   */
  private record(ids: readonly number[], now: number): void {
    for (let i = 0; i < ids.length; i++) this.recordLink(ids[i]!, now);
  }

  /**
   * Records a link's state after an allocation at `now` if it differs (but for rounding) from
   * its last recorded one: integrates the last one up to now, keeps the new one and adds it to
   * the link's series.
   */
  private recordLink(id: number, now: number): void {
    const capacity = this.linkCapacity[id]!;
    const used = this.linkUsed[id]!;
    const kinds = this._kindNames.length;
    const byKind = this.linkKind;
    const recordedKind = this.recordedKind;
    const base = id * this.kindStride;
    if (capacity === this.recordedCapacity[id]) {
      // Most links of a re-levelled component keep their rates bit for bit: a cheap exact
      // comparison first, the tolerant one only when something moved.
      let same = used === this.recordedUsed[id];
      for (let k = 0; same && k < kinds; k++) same = byKind[base + k] === recordedKind[base + k];
      if (same) return;
      if (close(used, this.recordedUsed[id]!)) {
        let near = true;
        for (let k = 0; near && k < kinds; k++) {
          near = close(byKind[base + k]!, recordedKind[base + k]!);
        }
        if (near) return;
      }
    }
    const dt = now - this.integratedUntil[id]!;
    if (dt > 0) {
      this.carried[id]! += this.recordedUsed[id]! * dt;
      this.offered[id]! += this.recordedCapacity[id]! * dt;
      const carriedKind = this.carriedKind;
      for (let k = 0; k < kinds; k++) carriedKind[base + k]! += recordedKind[base + k]! * dt;
      this.integratedUntil[id] = now;
    }
    this.recordedUsed[id] = used;
    this.recordedCapacity[id] = capacity;
    for (let k = 0; k < kinds; k++) recordedKind[base + k] = byKind[base + k]!;
    if (this.linkSeries[id] === 0) return;
    const scratch = this.kindScratch;
    for (let k = 0; k < kinds; k++) scratch[k] = byKind[base + k]!;
    this.linkList[id]!._point(now, capacity, used, scratch);
  }

  /** @internal the used rate of a link after the last allocation, bytes per second */
  _usedOf(link: Link): number {
    return this.linkUsed[link._id]!;
  }

  /** @internal see {@link Link.usage} */
  _usage(link: Link): LinkUsage {
    this.settle();
    const id = link._id;
    const base = id * this.kindStride;
    const now = this.env.now;
    const dt = now - this.integratedUntil[id]!;
    const kindNames = this._kindNames;
    const byKind: [string, number][] = [];
    for (let k = 0; k < kindNames.length; k++) {
      const bytes = this.carriedKind[base + k]! + this.recordedKind[base + k]! * dt;
      if (bytes > 0) byKind.push([kindNames[k]!, bytes]);
    }
    const carriedBytes = this.carried[id]! + this.recordedUsed[id]! * dt;
    const offeredBytes = this.offered[id]! + this.recordedCapacity[id]! * dt;
    const span = now - link._createdSeconds;
    return {
      fromSeconds: link._createdSeconds,
      toSeconds: now,
      carriedBytes,
      carriedBytesByKind: Object.fromEntries(byKind),
      meanUsedBytesPerSecond: span > 0 ? carriedBytes / span : Number.NaN,
      meanCapacityBytesPerSecond: span > 0 ? offeredBytes / span : Number.NaN,
      utilization: offeredBytes > 0 ? carriedBytes / offeredBytes : Number.NaN,
    };
  }

  /**
   * Freezes every unfrozen flow of a saturated link at `share`. This link's totals are updated
   * in bulk; a flow that crosses other links also updates those (only their use when `last`:
   * no flow is left unfrozen after this link's).
   * @returns the number of flows frozen
   */
  private saturate(id: number, share: number, st: number, last: boolean): number {
    const slots = this.linkList[id]!._slots;
    const stamp = this.stamp;
    const rate = this.rate;
    const lone = this.lone;
    const kind = this.kind;
    const sent = this.sent;
    const size = this.size;
    const residual = this.linkResidual;
    const unfrozen = this.linkUnfrozen;
    const used = this.linkUsed;
    const byKind = this.linkKind;
    const kindStride = this.kindStride;
    const slotLinks = this.slotLinks;
    const linkStride = this.linkStride;
    const linkCount = this.linkCount;
    const own = id * kindStride;
    let frozen = 0;
    let leastRemaining = Number.POSITIVE_INFINITY;
    let leastSlot = -1;
    for (let j = 0; j < slots.length; j++) {
      const slot = slots[j]!;
      if (stamp[slot] === st) continue;
      stamp[slot] = st;
      rate[slot] = share;
      const remaining = size[slot]! - sent[slot]!;
      if (remaining < leastRemaining) {
        leastRemaining = remaining;
        leastSlot = slot;
      }
      const kindId = kind[slot]!;
      byKind[own + kindId]! += share;
      frozen++;
      if (lone[slot] === 0) {
        const base = slot * linkStride;
        const end = base + linkCount[slot]!;
        for (let k = base; k < end; k++) {
          const other = slotLinks[k]!;
          if (other === id) continue;
          if (!last) {
            residual[other]! -= share;
            unfrozen[other]!--;
          }
          used[other]! += share;
          byKind[other * kindStride + kindId]! += share;
        }
      }
    }
    residual[id]! -= frozen * share;
    unfrozen[id]! -= frozen;
    used[id]! += frozen * share;
    if (share > 0 && leastRemaining / share < this.soonestSeconds) {
      this.soonestSeconds = leastRemaining / share;
      this.soonestSlot = leastSlot;
    }
    return frozen;
  }

  /** Fixes a slot's rate: takes it from its links' residual capacity, adds it to their use. */
  private freeze(slot: number, r: number, st: number): void {
    this.stamp[slot] = st;
    this.rate[slot] = r;
    const kindId = this.kind[slot]!;
    const residual = this.linkResidual;
    const unfrozen = this.linkUnfrozen;
    const used = this.linkUsed;
    const byKind = this.linkKind;
    const kindStride = this.kindStride;
    const base = slot * this.linkStride;
    const end = base + this.linkCount[slot]!;
    for (let k = base; k < end; k++) {
      const id = this.slotLinks[k]!;
      residual[id]! -= r;
      unfrozen[id]!--;
      used[id]! += r;
      byKind[id * kindStride + kindId]! += r;
    }
    if (r > 0) {
      const seconds = (this.size[slot]! - this.sent[slot]!) / r;
      if (seconds < this.soonestSeconds) {
        this.soonestSeconds = seconds;
        this.soonestSlot = slot;
      }
    }
  }

  /**
   * Pushes the soonest completion of each re-levelled component (flows of component c at
   * `componentStarts[c]` up to the next start) on the heap.
   */
  private pushCompletions(flows: readonly Flow[], now: number, st: number): void {
    const starts = this.componentStarts;
    const rate = this.rate;
    const sent = this.sent;
    const size = this.size;
    for (let c = 0; c < starts.length; c++) {
      const end = c + 1 < starts.length ? starts[c + 1]! : flows.length;
      let soonestSeconds = Number.POSITIVE_INFINITY;
      let soonest: Flow | null = null;
      for (let j = starts[c]!; j < end; j++) {
        const flow = flows[j]!;
        const slot = flow._index;
        const r = rate[slot]!;
        if (r > 0) {
          const seconds = (size[slot]! - sent[slot]!) / r;
          if (seconds < soonestSeconds) {
            soonestSeconds = seconds;
            soonest = flow;
          }
        }
      }
      if (soonest === null) continue;
      this.pushCompletion({
        atSeconds: now,
        delaySeconds: soonestSeconds,
        flow: soonest,
        stamp: st,
      });
    }
  }

  /** Schedules the one wake-up at the soonest valid completion, if any. */
  private scheduleSoonest(now: number): void {
    const completions = this.completions;
    // Stale entries pile up under a busy component; rebuild when they outnumber the flows.
    if (completions.size > 2 * this.active.length + 64) {
      const kept: Completion[] = [];
      while (completions.size > 0) {
        const c = completions.pop()!;
        if (this.valid(c)) kept.push(c);
      }
      for (const c of kept) this.pushCompletion(c);
    }
    while (completions.size > 0 && !this.valid(completions.peek()!)) completions.pop();
    const top = completions.peek();
    if (top === undefined) return;
    // The delay as computed at its re-levelling when that was now, so that the wake-up lands
    // on exactly now + delay.
    const delaySeconds =
      top.atSeconds === now ? top.delaySeconds : Math.max(0, completions.peekTime() - now);
    this.wakeUpIn(delaySeconds);
  }

  /** The completion still stands: its flow is active at the rate it was computed with. */
  private valid(c: Completion): boolean {
    const flow = c.flow;
    return flow._status === ACTIVE && this.stamp[flow._index] === c.stamp;
  }

  private pushCompletion(c: Completion): void {
    this.completions.push(c.atSeconds + c.delaySeconds, this.completionsPushed++, c);
  }

  /**
   * Takes an active flow out of its links' slot lists, the capped list and its slot (the last
   * slot moves into it). Its links are touched; those left without flows leave the busy list.
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
      if (--this.linkFlows[link._id]! === 0) this.busyStale = true;
      this.touch(link);
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
      this.updated[slot] = this.updated[last]!;
      this.size[slot] = this.size[last]!;
      this.stamp[slot] = this.stamp[last]!;
      this.seen[slot] = this.seen[last]!;
      this.kind[slot] = this.kind[last]!;
      this.lone[slot] = this.lone[last]!;
      const count = this.linkCount[last]!;
      this.linkCount[slot] = count;
      const stride = this.linkStride;
      this.slotLinks.copyWithin(slot * stride, last * stride, last * stride + count);
      const movedLinks = moved._links;
      for (let j = 0; j < movedLinks.length; j++) {
        movedLinks[j]!._slots[moved._positions[j]!] = slot;
      }
    }
    flow._index = -1;
  }

  /** Notes a link that just got its first flow (once while it has an entry). */
  private markBusy(id: number): void {
    if (this.linkListed[id] === 1) return;
    this.linkListed[id] = 1;
    this.newlyBusy.push(id);
    this.busyStale = true;
  }

  /**
   * Brings `busy` up to date: the ids of the links with flows, ascending (in order of
   * creation): drops those left idle, merges in the new ones.
   */
  private settleBusy(): void {
    if (!this.busyStale) return;
    this.busyStale = false;
    const fresh = this.newlyBusy;
    sortSmall(fresh, ascending);
    const old = this.busy;
    const flows = this.linkFlows;
    // Two lists in turn: no new array per re-allocation.
    const merged = this.spareBusy;
    let i = 0;
    let j = 0;
    while (i < old.length || j < fresh.length) {
      const id =
        j >= fresh.length || (i < old.length && old[i]! < fresh[j]!) ? old[i++]! : fresh[j++]!;
      if (flows[id]! > 0) merged.push(id);
      else this.linkListed[id] = 0;
    }
    clear(fresh);
    clear(old);
    this.spareBusy = old;
    this.busy = merged;
  }

  /**
   * Inserts into the capped list, ordered by (cap, id). The list is shifted by hand, as
   * `splice` did, without the array of removed items `splice` makes at each call.
   */
  private insertCapped(flow: Flow): void {
    const capped = this.capped;
    const i = this.cappedBound(flow);
    capped.push(flow);
    for (let j = capped.length - 1; j > i; j--) capped[j] = capped[j - 1]!;
    capped[i] = flow;
  }

  private removeCapped(flow: Flow): void {
    const capped = this.capped;
    const i = this.cappedBound(flow);
    if (i >= capped.length) return;
    for (let j = i; j + 1 < capped.length; j++) capped[j] = capped[j + 1]!;
    capped.pop();
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

/** Empties an array (setting the length is a runtime call, even to the same length). */
function clear(array: unknown[]): void {
  if (array.length !== 0) array.length = 0;
}

/**
 * Sorts in place by `compare`, which is a total order wherever it is used here (ids are
 * unique), so the order is the one `Array.prototype.sort` gives: below 16 items (nearly every
 * call) by insertion, which allocates nothing, where the built-in copies into a work array.
 */
function sortSmall<T>(array: T[], compare: (a: T, b: T) => number): void {
  const n = array.length;
  if (n > 16) {
    array.sort(compare);
    return;
  }
  for (let i = 1; i < n; i++) {
    const item = array[i] as T;
    let j = i - 1;
    while (j >= 0 && compare(array[j] as T, item) > 0) {
      array[j + 1] = array[j] as T;
      j--;
    }
    array[j + 1] = item;
  }
}

function byId(a: Flow, b: Flow): number {
  return a.id - b.id;
}

function ascending(a: number, b: number): number {
  return a - b;
}

function byCapThenId(a: Flow, b: Flow): number {
  return a._cap - b._cap || a.id - b.id;
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

/** A copy of `a` in a new array of its kind `length` long, the rest zero (for doubling). */
function widened<A extends Float64Array | Int32Array | Uint8Array>(a: A, length: number): A {
  const b = new (a.constructor as new (length: number) => A)(length);
  b.set(a);
  return b;
}
