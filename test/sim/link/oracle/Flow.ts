import { Event } from "../../../../sim/Event.ts";
import type { FluidNetwork } from "./FluidNetwork.ts";
import type { Link } from "./Link.ts";

/** @internal the flow is sending */
export const ACTIVE = 0;
/** @internal every byte was delivered */
export const DONE = 1;
/** @internal the flow was cancelled */
export const CANCELLED = 2;

/**
 * A transfer of `bytes` across one or more links of a {@link FluidNetwork}, at a rate the
 * network sets by max-min fairness (and at most `capBytesPerSecond`). Created by
 * {@link FluidNetwork.transfer}, never directly.
 *
 * A flow is an event: it succeeds, with itself as value, at the instant its last byte is
 * delivered, so a process can `yield flow`. A cancelled flow fails with a
 * {@link FlowCancelledError} (defused: unhandled, it does not stop the run).
 *
 * @example
 * const flow = network.transfer({ bytes: 8 * 2 ** 30, links: [wan, nic], kind: "vmotion" });
 * yield flow; // resumes when the 8 GiB have arrived
 * flow.endSeconds - flow.startSeconds; // transfer time, seconds
 */
export class Flow extends Event<Flow> {
  /** The network the flow crosses. */
  readonly network: FluidNetwork;
  /** Order of creation in the network (0, 1, …); completions at one instant follow it. */
  readonly id: number;
  /** Size of the transfer, bytes. */
  readonly bytes: number;
  /** A label for statistics ("vmotion", "storage" …); links sum their used rate by kind. */
  readonly kind: string;
  /** Name for messages and traces. */
  readonly name: string;
  /** Simulated time in seconds when the flow started. */
  readonly startSeconds: number;
  /** Simulated time in seconds when it delivered its last byte or was cancelled; NaN before. */
  endSeconds = Number.NaN;
  /** @internal ACTIVE, DONE or CANCELLED */
  _status = ACTIVE;
  /** @internal per-flow cap, bytes per second (Infinity: none) */
  _cap: number;
  /** @internal bytes delivered, once the flow has left the network */
  _transferred = 0;
  /** @internal the links crossed, distinct */
  readonly _links: readonly Link[];
  /** @internal position of the flow in each link's slot list, parallel to `_links` */
  readonly _positions: number[];
  /** @internal the flow's slot in the network while active, else -1 */
  _index = -1;

  /** @internal use {@link FluidNetwork.transfer} */
  constructor(
    network: FluidNetwork,
    id: number,
    bytes: number,
    links: readonly Link[],
    capBytesPerSecond: number,
    kind: string,
    name: string,
  ) {
    super(network.env);
    this.network = network;
    this.id = id;
    this.bytes = bytes;
    this._links = links;
    this._positions = new Array<number>(links.length).fill(-1);
    this._cap = capBytesPerSecond;
    this.kind = kind;
    this.name = name;
    this.startSeconds = network.env.now;
  }

  /** The links the flow crosses. */
  get links(): readonly Link[] {
    return this._links;
  }

  /** The per-flow cap, bytes per second (Infinity when uncapped). */
  get capBytesPerSecond(): number {
    return this._cap;
  }

  /** The rate now, bytes per second (0 once finished or cancelled). */
  get rateBytesPerSecond(): number {
    this.network.settle();
    return this._status === ACTIVE ? this.network._rateOf(this) : 0;
  }

  /** Bytes delivered up to now. */
  get transferredBytes(): number {
    return this._status === ACTIVE ? this.network._sentOf(this) : this._transferred;
  }

  /** Bytes still to deliver now. */
  get remainingBytes(): number {
    return this.bytes - this.transferredBytes;
  }

  /** True while the flow is sending (or waiting for capacity). */
  get active(): boolean {
    return this._status === ACTIVE;
  }

  /** True once every byte was delivered. */
  get done(): boolean {
    return this._status === DONE;
  }

  /** True once the flow was cancelled. */
  get cancelled(): boolean {
    return this._status === CANCELLED;
  }

  /**
   * Changes the per-flow cap now; the network re-shares the links. No effect on a finished or
   * cancelled flow.
   * @param bytesPerSecond the new cap, bytes per second; Infinity removes it
   * @throws RangeError unless it is a number > 0
   */
  setCap(bytesPerSecond: number): void {
    this.network._setCap(this, bytesPerSecond);
  }

  /**
   * Stops the flow now, keeping the bytes sent so far in {@link transferredBytes}. The flow
   * then fails with a {@link FlowCancelledError} carrying `cause`; it is defused, so nobody
   * has to wait for it.
   * @returns true if the flow was active, false if it had already finished or been cancelled
   */
  cancel(cause?: unknown): boolean {
    return this.network._cancel(this, cause);
  }
}
