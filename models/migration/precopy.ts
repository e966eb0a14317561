import type { Environment } from "../../sim/Environment.ts";
import type { Flow } from "../../sim/link/Flow.ts";
import type { FluidNetwork } from "../../sim/link/FluidNetwork.ts";
import type { Link } from "../../sim/link/Link.ts";
import type { ProcessGenerator } from "../../sim/Process.ts";
import {
  compressionCoreSecondsOf,
  NO_TRANSPORT_COSTS,
  type PrecopyTransport,
  pendingFitsSeconds,
  scanSecondsOf,
  setupSecondsOf,
  switchoverSecondsOf,
  transportCapBytesPerSecond,
} from "./PrecopyTransport.ts";

/** Inputs of {@link precopy}, in base units. */
export interface PrecopyProcessInput {
  /** Name for the flows (the VM's name). */
  name: string;
  /** Configured memory, bytes. */
  memoryBytes: number;
  /** Touched memory (≤ memory): what the first pass sends; omitted: all memory. */
  touchedBytes?: number;
  /** Writable working set (≤ memory): the most a later round re-sends; omitted: all memory. */
  workingSetBytes?: number;
  /** Page-dirty rate of the guest while it runs, bytes per second. */
  dirtyRateBytesPerSecond: number;
  /** Switchover when the remainder can be sent at the current rate within this, seconds. */
  stunBudgetSeconds: number;
  /** Pre-copy rounds after which stop-and-copy is forced (≥ 1). */
  maxRounds: number;
  /** Time to resume at the destination after the last byte, seconds. */
  resumeSeconds: number;
  /** Stun During Page Send target (fraction of the rate); omitted: no throttling. */
  throttleDirtyFraction?: number;
  /** The links each round's flow crosses (inter-site link, host vMotion NICs). */
  links: readonly Link[];
  /** Per-migration cap, bytes per second on the wire (Infinity: none). */
  capBytesPerSecond: number;
  /** Set-up, round trips, streams, compression and scan (see PrecopyTransport); omitted: none. */
  transport?: PrecopyTransport;
}

/** What one simulated pre-copy did. */
export interface PrecopyOutcome {
  /** Pre-copy rounds while the VM ran (the stop-and-copy not counted; at least 1). */
  rounds: number;
  /** Memory sent in all, bytes (before compression). */
  transferredBytes: number;
  /** Bytes on the wire (memory ÷ the compression ratio). */
  wireBytes: number;
  /** When the migration began (its set-up), seconds. */
  startSeconds: number;
  /** When the switchover's handshake ended (before the resume), seconds. */
  endSeconds: number;
  /** Stop-and-copy time, the switchover's round trips and the resume time, seconds. */
  downtimeSeconds: number;
  /** Core-seconds spent compressing (0 without compression). */
  compressionCoreSeconds: number;
  /** True when the remainder fitted the stun budget before the round cap. */
  converged: boolean;
  /** True when the guest was throttled. */
  throttled: boolean;
  /** Largest slowdown of the guest's dirtying, 1 − D′÷D (0 when not throttled). */
  throttleSlowdownFraction: number;
  /** Time the guest ran throttled, seconds. */
  throttleSeconds: number;
}

/**
 * Live migration of one VM's memory by iterative pre-copy (Clark et al., NSDI 2005), as an
 * engine process on a {@link FluidNetwork}. The migration first pays its set-up and handshake
 * round trips, then sends rounds; the first walks every page at the scan rate (untouched and
 * zero pages are skipped) while it sends the touched ones, and lasts the longer of the two. Each round is a flow of kind "vmotion" carrying the round's memory ÷ the compression
 * ratio, capped by the transport (streams × min(stream cap, window ÷ RTT, compression core
 * rate ÷ ratio)) and `capBytesPerSecond`; its bytes move at whatever rate the network gives it,
 * which changes as other flows start and stop. Round 0 sends the touched memory, always live.
 * Meanwhile the guest dirties D × round duration bytes (at most the writable working set).
 * When a later round starts, its rate is read at once (the network settles): if the remainder
 * fits the stun budget at that rate (or the round cap is reached), the round is the
 * stop-and-copy — the guest is paused, and the downtime is the flow's duration, the
 * switchover's round trips and the resume time. A round that does not shrink the remainder
 * engages Stun During Page Send when `throttleDirtyFraction` is given: the guest then dirties
 * at most that fraction of the last round's memory rate. Alone on a link at constant rate this
 * gives exactly {@link precopyEstimate}.
 *
 * @example
 * const outcome = yield* precopy(env, network, { name: "db01", memoryBytes: 8 * GIB, … });
 */
export function* precopy(
  env: Environment,
  network: FluidNetwork,
  input: PrecopyProcessInput,
): ProcessGenerator<PrecopyOutcome> {
  const transport = input.transport ?? NO_TRANSPORT_COSTS;
  const V = input.memoryBytes;
  const T = Math.min(input.touchedBytes ?? V, V);
  const W = Math.min(input.workingSetBytes ?? V, V);
  const ratio = transport.compressionRatio;
  const cap = Math.min(input.capBytesPerSecond, transportCapBytesPerSecond(transport));
  const D = input.dirtyRateBytesPerSecond;
  const f = input.throttleDirtyFraction;
  const startSeconds = env.now;
  const setup = setupSecondsOf(transport);
  if (setup > 0) yield env.timeout(setup);
  const scan = scanSecondsOf(transport, V);
  let remaining = T;
  let rounds = 0;
  let transferredBytes = 0;
  let dirtyRate = D;
  let throttledAt = Number.NaN;
  const continuous = transport.switchoverCheck === "continuous";
  /** The next flow is the stop-and-copy of a round cut by the continuous check. */
  let forced = false;
  /**
   * Waits, during a re-send round, for the moment its unsent memory plus what was dirtied
   * since it began fits the stun budget at the rate of the moment; that pending memory, or −1
   * when the round ends first.
   */
  function* pendingFits(flow: Flow, began: number): ProcessGenerator<number> {
    for (;;) {
      const R = ratio * flow.rateBytesPerSecond;
      const threshold = R * input.stunBudgetSeconds;
      const unsent = flow.remainingBytes * ratio;
      const dirtied = Math.min(dirtyRate * (env.now - began), W);
      if (unsent + dirtied <= threshold * (1 + 1e-9) + 1e-6) return unsent + dirtied;
      const wait = pendingFitsSeconds(unsent, dirtied, R, dirtyRate, W, threshold);
      if (wait === Number.POSITIVE_INFINITY) {
        yield flow;
        return -1;
      }
      yield env.anyOf([flow, env.timeout(wait)]);
      if (flow.done) return -1;
    }
  }
  for (;;) {
    const flow: Flow = network.transfer({
      bytes: remaining / ratio,
      links: input.links,
      capBytesPerSecond: cap,
      kind: "vmotion",
      name: `${input.name} round ${rounds}`,
    });
    const fits =
      forced ||
      (rounds > 0 && remaining <= ratio * flow.rateBytesPerSecond * input.stunBudgetSeconds);
    const began = env.now;
    const stopAndCopy = fits || rounds >= input.maxRounds;
    // the first pass walks every page while it sends the touched ones
    if (rounds === 0 && scan > 0) yield env.allOf([flow, env.timeout(scan)]);
    else if (continuous && rounds > 0 && !stopAndCopy) {
      const pending = yield* pendingFits(flow, began);
      if (pending >= 0) {
        // cut the round: what is unsent and what was dirtied meanwhile go while stunned
        transferredBytes += flow.transferredBytes * ratio;
        flow.cancel();
        rounds++;
        remaining = pending;
        forced = true;
        continue;
      }
    } else yield flow;
    transferredBytes += remaining;
    const seconds = env.now - began;
    if (stopAndCopy) {
      const lastByte = env.now;
      const switchover = switchoverSecondsOf(transport);
      if (switchover > 0) yield env.timeout(switchover);
      return {
        rounds,
        transferredBytes,
        wireBytes: transferredBytes / ratio,
        startSeconds,
        endSeconds: env.now,
        downtimeSeconds: seconds + switchover + input.resumeSeconds,
        compressionCoreSeconds: compressionCoreSecondsOf(transport, transferredBytes),
        converged: fits,
        throttled: !Number.isNaN(throttledAt),
        throttleSlowdownFraction: Number.isNaN(throttledAt) || D === 0 ? 0 : 1 - dirtyRate / D,
        throttleSeconds: Number.isNaN(throttledAt) ? 0 : lastByte - throttledAt,
      };
    }
    rounds++;
    const next = Math.min(seconds * dirtyRate, W);
    if (f !== undefined && seconds > 0 && (next >= remaining || !Number.isNaN(throttledAt))) {
      if (Number.isNaN(throttledAt)) throttledAt = env.now;
      dirtyRate = Math.min(dirtyRate, f * (remaining / seconds));
    }
    remaining = next;
  }
}
