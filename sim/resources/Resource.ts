import type { Environment } from "../Environment.ts";
import { Event, PENDING, PHASE } from "../Event.ts";
import { FifoQueue, PriorityQueue, type RequestQueue } from "./RequestQueue.ts";

/** A claim on one slot of a {@link Resource}: an event that succeeds when the slot is granted. */
export class Request extends Event<Request> {
  // Declared, not defined, fields: see Event (a define per field per construction is costly).
  /** The resource asked for. */
  declare readonly resource: Resource;
  /** Lower is served first (priority resources only; FIFO resources ignore it). */
  declare readonly priority: number;
  /** Arrival order, for ties. */
  declare readonly sequence: number;
  /** Simulated time in seconds when the request was made. */
  declare readonly requestedAtSeconds: number;
  /** Simulated time in seconds when the slot was granted; NaN while waiting. */
  declare grantedAtSeconds: number;

  constructor(resource: Resource, priority: number, sequence: number) {
    const env = resource.env;
    super(env);
    this.resource = resource;
    this.priority = priority;
    this.sequence = sequence;
    this.requestedAtSeconds = env.now;
    this.grantedAtSeconds = Number.NaN;
  }

  /** True once the slot has been granted (even if the grant event is not processed yet). */
  get granted(): boolean {
    return (this._state & PHASE) !== PENDING;
  }

  /** Withdraws a request that is still waiting; releases the slot if it was granted. */
  cancel(): void {
    this.resource.release(this);
  }
}

/** Options of a {@link Resource}. */
export interface ResourceOptions {
  /** Number of slots (≥ 1, integer). */
  capacity: number;
  /** Name for messages. */
  name?: string;
  /** Queue discipline: "fifo" (default) or "priority" (lowest priority value first). */
  discipline?: "fifo" | "priority";
}

/**
 * A pool of identical slots (servers, concurrent-vMotion allowances, appliance streams).
 * A process `yield`s `resource.request()` to wait for a slot and calls `release` when done.
 * Over capacity, requests queue; they never fail.
 *
 * Keeps the time-integrals of slots in use and of queue length, from which
 * {@link utilization} and {@link meanQueueLength} follow.
 *
 * @throws RangeError if capacity is not a positive integer
 * @example
 * const req = servers.request();
 * yield req;
 * yield env.timeout(serviceSeconds);
 * servers.release(req);
 */
export class Resource {
  /** The environment the resource lives in. */
  readonly env: Environment;
  /** Number of slots. */
  readonly capacity: number;
  /** Name for messages. */
  readonly name: string;
  private readonly waiting: RequestQueue<Request>;
  private inUse = 0;
  private sequence = 0;
  // Numeric fields start as numbers so that V8 keeps them as unboxed doubles (see Environment).
  private lastChangeSeconds = 0;
  private statsStartSeconds = 0;
  private busyIntegral = 0;
  private queueIntegral = 0;

  constructor(env: Environment, options: ResourceOptions) {
    const { capacity, name = "resource", discipline = "fifo" } = options;
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError(`${name}: capacity must be a whole number ≥ 1, got ${capacity}`);
    }
    this.env = env;
    this.capacity = capacity;
    this.name = name;
    this.waiting =
      discipline === "priority" ? new PriorityQueue<Request>() : new FifoQueue<Request>();
    this.lastChangeSeconds = env.now;
    this.statsStartSeconds = env.now;
  }

  /** Slots in use now. */
  get count(): number {
    return this.inUse;
  }

  /** Requests waiting now. */
  get queueLength(): number {
    return this.waiting.size;
  }

  /** Asks for a slot. `priority` matters only with the "priority" discipline. */
  request(priority = 0): Request {
    const request = new Request(this, priority, this.sequence++);
    this.accumulate();
    if (this.inUse < this.capacity && this.waiting.size === 0) {
      this.inUse++;
      this.grant(request);
    } else {
      this.waiting.push(request);
    }
    return request;
  }

  /**
   * Gives back the slot held by `request`, or withdraws it if it is still waiting.
   * The next waiting request, if any, is granted at the current time.
   */
  release(request: Request): void {
    if (request.resource !== this)
      throw new Error(`${this.name}: request belongs to another resource`);
    this.accumulate();
    if (!request.granted) {
      this.waiting.remove(request);
      return;
    }
    if (Number.isNaN(request.grantedAtSeconds)) return;
    request.grantedAtSeconds = Number.NaN;
    const next = this.waiting.shift();
    if (next === undefined) this.inUse--;
    else this.grant(next);
  }

  /** Mean fraction of slots in use since creation or the last {@link resetStatistics}. */
  utilization(): number {
    this.accumulate();
    const span = this.env.now - this.statsStartSeconds;
    return span > 0 ? this.busyIntegral / (span * this.capacity) : 0;
  }

  /** Time-average number of waiting requests since creation or the last reset. */
  meanQueueLength(): number {
    this.accumulate();
    const span = this.env.now - this.statsStartSeconds;
    return span > 0 ? this.queueIntegral / span : 0;
  }

  /** Forgets the statistics so far (warm-up deletion); the current state is kept. */
  resetStatistics(): void {
    this.accumulate();
    this.busyIntegral = 0;
    this.queueIntegral = 0;
    this.statsStartSeconds = this.env.now;
  }

  private grant(request: Request): void {
    request.grantedAtSeconds = this.env.now;
    request.succeed(request);
  }

  private accumulate(): void {
    const now = this.env.now;
    const dt = now - this.lastChangeSeconds;
    if (dt > 0) {
      this.busyIntegral += this.inUse * dt;
      this.queueIntegral += this.waiting.size * dt;
      this.lastChangeSeconds = now;
    }
  }
}
