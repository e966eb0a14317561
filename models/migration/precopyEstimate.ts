/** Inputs of {@link precopyEstimate}, in base units. */
export interface PrecopyInput {
  /** Memory to move, V, bytes (> 0). */
  memoryBytes: number;
  /** Transfer rate, R, bytes per second (> 0), constant (the VM alone on its link). */
  rateBytesPerSecond: number;
  /** Page-dirty rate of the guest, D, bytes per second (≥ 0). */
  dirtyRateBytesPerSecond: number;
  /** Switchover when the remainder can be sent within this time, seconds; V_thd = R × this. */
  stunBudgetSeconds: number;
  /** Round cap n_max: pre-copy rounds after which stop-and-copy is forced (≥ 1). */
  maxRounds: number;
  /** Time to resume the VM at the destination after the last byte, T_resume, seconds. */
  resumeSeconds: number;
  /**
   * vSphere "Stun During Page Send": when a round does not shrink the remainder (λ ≥ 1), slow
   * the guest so that it dirties at most this fraction of R (0 < f < 1). Omitted: no
   * throttling, and a λ ≥ 1 guest is forced into stop-and-copy at the round cap.
   */
  throttleDirtyFraction?: number;
}

/** What {@link precopyEstimate} predicts. */
export interface PrecopyEstimate {
  /** Pre-copy rounds while the VM runs (round 0 … n−1); the stop-and-copy is round n. */
  rounds: number;
  /** Bytes sent in all, V_mig (pre-copy rounds and the stop-and-copy). */
  transferredBytes: number;
  /** T_mig = V_mig ÷ R, seconds (from the first byte to the last, without T_resume). */
  totalSeconds: number;
  /** T_down = V·λ^n ÷ R + T_resume, seconds. */
  downtimeSeconds: number;
  /** True when the remainder fitted the stun budget before the round cap. */
  converged: boolean;
  /** True when the guest was throttled (Stun During Page Send). */
  throttled: boolean;
  /** Fraction by which the guest's dirtying was slowed, 1 − D′÷D (0 when not throttled). */
  throttleSlowdownFraction: number;
  /** How long the guest ran throttled, seconds (from the end of round 0 to the last byte). */
  throttleSeconds: number;
  /** Bytes sent in each round, round 0 first, the stop-and-copy last (n + 1 entries). */
  roundBytes: number[];
}

/**
 * The closed form of iterative pre-copy for one VM alone on a link at a constant rate
 * (Liu et al., "Performance and energy modeling for live migration of virtual machines",
 * HPDC 2011; mechanism from Clark et al., NSDI 2005), as FACTS.md writes it. With λ = D ÷ R:
 * ```
 * V_i    = V · λ^i                      (capped at V: at most all memory is dirty)
 * n      = min(ceil(log_λ(V_thd ÷ V)), n_max), at least 0,  V_thd = R × stun budget
 * V_mig  = V · (1 − λ^(n+1)) ÷ (1 − λ)
 * T_mig  = V_mig ÷ R
 * T_down = V · λ^n ÷ R + T_resume
 * ```
 * λ ≥ 1 never converges: every round re-sends all memory; without throttling, stop-and-copy
 * is forced at the round cap (as Xen does). With `throttleDirtyFraction` f, vSphere's Stun
 * During Page Send is modelled: round 0 sends V, detects that the remainder does not shrink,
 * and from then on the guest dirties at f × R, so the rounds after it follow the closed form
 * with λ′ = f starting from V (round 1 re-sends V dirtied at full speed).
 * The sums are computed round by round (the same as the series; no 1 − λ cancellation).
 *
 * @example
 * // FACTS.md: 8 GiB on 10 GbE (R = 0.9 × 1.25e9 B/s), D = 100 MB/s, stun budget 0.5 s
 * precopyEstimate({ memoryBytes: 8 * GIB, rateBytesPerSecond: 1.125e9,
 *   dirtyRateBytesPerSecond: 1e8, stunBudgetSeconds: 0.5, maxRounds: 30, resumeSeconds: 0 })
 * // { rounds: 2, totalSeconds ≈ 8.37, downtimeSeconds ≈ 0.0604, converged: true, … }
 */
export function precopyEstimate(input: PrecopyInput): PrecopyEstimate {
  const V = input.memoryBytes;
  const R = input.rateBytesPerSecond;
  const D = input.dirtyRateBytesPerSecond;
  const thresholdBytes = R * input.stunBudgetSeconds;
  const f = input.throttleDirtyFraction;
  const throttled = D >= R && f !== undefined && V > thresholdBytes;
  const roundBytes: number[] = [];
  let remaining = V;
  let dirtyRate = D;
  let throttleFrom = -1;
  while (remaining > thresholdBytes && roundBytes.length < input.maxRounds) {
    roundBytes.push(remaining);
    if (throttled && throttleFrom < 0) {
      throttleFrom = roundBytes.length;
      remaining = Math.min((remaining / R) * dirtyRate, V);
      dirtyRate = f * R;
      continue;
    }
    remaining = Math.min((remaining / R) * dirtyRate, V);
  }
  const rounds = roundBytes.length;
  roundBytes.push(remaining);
  const transferredBytes = roundBytes.reduce((sum, bytes) => sum + bytes, 0);
  const sentBeforeThrottle = throttleFrom < 0 ? transferredBytes : roundBytes[0]!;
  return {
    rounds,
    transferredBytes,
    totalSeconds: transferredBytes / R,
    downtimeSeconds: remaining / R + input.resumeSeconds,
    converged: remaining <= thresholdBytes,
    throttled,
    throttleSlowdownFraction: throttled ? 1 - dirtyRate / D : 0,
    throttleSeconds: throttled ? (transferredBytes - sentBeforeThrottle) / R : 0,
    roundBytes,
  };
}
