import type { Environment } from "../Environment.ts";
import type { Flow } from "./Flow.ts";
import { FluidNetwork } from "./FluidNetwork.ts";
import type { Link, LinkPoint, LinkUsage } from "./Link.ts";

/** Options of a {@link SharedLink}. */
export interface SharedLinkOptions {
  /** Name for messages and reports. */
  name: string;
  /** Capacity, bytes per second (finite, ≥ 0). */
  capacityBytesPerSecond: number;
}

/** Options of {@link SharedLink.transfer}. */
export interface SharedTransferOptions {
  /** Per-flow cap, bytes per second (> 0; default Infinity: uncapped). */
  capBytesPerSecond?: number;
  /** Label summed per kind by the link's statistics (default "default"). */
  kind?: string;
  /** Name for messages (default "flow N"). */
  name?: string;
}

/**
 * One link shared by flows with max-min fairness and optional per-flow caps: the single-link
 * case of a {@link FluidNetwork}, which does the work (same algorithm, same events).
 *
 * @throws RangeError if the capacity is not a finite number ≥ 0
 * @example
 * const wan = new SharedLink(env, { name: "wan", capacityBytesPerSecond: 100 });
 * const a = wan.transfer(300, { capBytesPerSecond: 30 }); // 30 B/s, done at t = 10 s
 * const b = wan.transfer(700); // 70 B/s, done at t = 10 s
 */
export class SharedLink {
  /** The environment the link lives in. */
  readonly env: Environment;
  /** The one-link network behind it (for flows that must also cross other links). */
  readonly network: FluidNetwork;
  /** The link itself. */
  readonly link: Link;

  constructor(env: Environment, options: SharedLinkOptions) {
    this.env = env;
    this.network = new FluidNetwork(env);
    this.link = this.network.addLink(options);
  }

  /** Name for messages and reports. */
  get name(): string {
    return this.link.name;
  }

  /** The capacity now, bytes per second. */
  get capacityBytesPerSecond(): number {
    return this.link.capacityBytesPerSecond;
  }

  /** The sum of the flows' rates now, bytes per second. */
  get utilizationBytesPerSecond(): number {
    return this.link.utilizationBytesPerSecond;
  }

  /** The step series of capacity and used rates; see {@link Link.series}. */
  get series(): readonly LinkPoint[] {
    return this.link.series;
  }

  /** The active flows, in no particular order. */
  get flows(): readonly Flow[] {
    return this.network.flows;
  }

  /**
   * Starts a flow of `bytes` now; see {@link FluidNetwork.transfer}.
   * @throws RangeError for bytes not finite or < 0, or a cap not > 0
   */
  transfer(bytes: number, options: SharedTransferOptions = {}): Flow {
    return this.network.transfer({ ...options, bytes, links: [this.link] });
  }

  /**
   * Changes the capacity now; see {@link Link.setCapacity}.
   * @throws RangeError unless it is a finite number ≥ 0
   */
  setCapacity(bytesPerSecond: number): void {
    this.link.setCapacity(bytesPerSecond);
  }

  /** What the link carried up to now; see {@link Link.usage}. */
  usage(): LinkUsage {
    return this.link.usage();
  }
}
