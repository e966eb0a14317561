import type { Environment } from "../../sim/Environment.ts";
import type { Flow } from "../../sim/link/Flow.ts";
import type { FluidNetwork } from "../../sim/link/FluidNetwork.ts";
import type { Link } from "../../sim/link/Link.ts";
import type { ProcessGenerator } from "../../sim/Process.ts";

/** Inputs of {@link precopy}, in base units. */
export interface PrecopyProcessInput {
  /** Name for the flows (the VM's name). */
  name: string;
  /** Memory to move, bytes. */
  memoryBytes: number;
  /** Page-dirty rate of the guest while it runs, bytes per second. */
  dirtyRateBytesPerSecond: number;
  /** Switchover when the remainder can be sent at the current rate within this, seconds. */
  stunBudgetSeconds: number;
  /** Pre-copy rounds after which stop-and-copy is forced. */
  maxRounds: number;
  /** Time to resume at the destination after the last byte, seconds. */
  resumeSeconds: number;
  /** Stun During Page Send target (fraction of the rate); omitted: no throttling. */
  throttleDirtyFraction?: number;
  /** The links each round's flow crosses (inter-site link, host vMotion NICs). */
  links: readonly Link[];
  /** Per-migration cap, bytes per second (Infinity: none). */
  capBytesPerSecond: number;
}

/** What one simulated pre-copy did. */
export interface PrecopyOutcome {
  /** Pre-copy rounds while the VM ran (the stop-and-copy not counted). */
  rounds: number;
  /** Bytes sent in all, memory only. */
  transferredBytes: number;
  /** When the first byte was sent, seconds. */
  startSeconds: number;
  /** When the last byte arrived, seconds (before the resume). */
  endSeconds: number;
  /** Stop-and-copy time plus resume time, seconds. */
  downtimeSeconds: number;
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
 * engine process on a {@link FluidNetwork}. Each round is a flow of kind "vmotion": its bytes
 * move at whatever rate the network gives it, which changes as other flows start and stop.
 * Meanwhile the guest dirties D × round duration bytes (at most all memory). When a round
 * starts, its rate is read at once (the network settles): if the remainder fits the stun
 * budget at that rate (or the round cap is reached), the round is the stop-and-copy — the
 * guest is paused and the downtime is the flow's duration plus the resume time.
 * A round that does not shrink the remainder engages Stun During Page Send when
 * `throttleDirtyFraction` is given: the guest then dirties at most that fraction of the last
 * round's rate. Alone on a link at constant rate this gives exactly {@link precopyEstimate}.
 *
 * @example
 * const outcome = yield* precopy(env, network, { name: "db01", memoryBytes: 8 * GIB, … });
 */
export function* precopy(
  env: Environment,
  network: FluidNetwork,
  input: PrecopyProcessInput,
): ProcessGenerator<PrecopyOutcome> {
  const V = input.memoryBytes;
  const D = input.dirtyRateBytesPerSecond;
  const f = input.throttleDirtyFraction;
  const startSeconds = env.now;
  let remaining = V;
  let rounds = 0;
  let transferredBytes = 0;
  let dirtyRate = D;
  let throttledAt = Number.NaN;
  for (;;) {
    const flow: Flow = network.transfer({
      bytes: remaining,
      links: input.links,
      capBytesPerSecond: input.capBytesPerSecond,
      kind: "vmotion",
      name: `${input.name} round ${rounds}`,
    });
    const fits = remaining <= flow.rateBytesPerSecond * input.stunBudgetSeconds;
    const began = env.now;
    yield flow;
    transferredBytes += remaining;
    const seconds = env.now - began;
    if (fits || rounds >= input.maxRounds) {
      return {
        rounds,
        transferredBytes,
        startSeconds,
        endSeconds: env.now,
        downtimeSeconds: seconds + input.resumeSeconds,
        converged: fits,
        throttled: !Number.isNaN(throttledAt),
        throttleSlowdownFraction: Number.isNaN(throttledAt) || D === 0 ? 0 : 1 - dirtyRate / D,
        throttleSeconds: Number.isNaN(throttledAt) ? 0 : env.now - throttledAt,
      };
    }
    rounds++;
    const next = Math.min(seconds * dirtyRate, V);
    if (f !== undefined && seconds > 0 && (next >= remaining || !Number.isNaN(throttledAt))) {
      if (Number.isNaN(throttledAt)) throttledAt = env.now;
      dirtyRate = Math.min(dirtyRate, f * (remaining / seconds));
    }
    remaining = next;
  }
}
