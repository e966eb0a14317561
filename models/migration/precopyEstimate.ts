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

/** Inputs of {@link precopyEstimate}, in base units. */
export interface PrecopyInput {
  /** Configured memory, V, bytes (> 0). */
  memoryBytes: number;
  /**
   * Touched memory, T ≤ V: what the first pass sends; pages never written or holding zeros are
   * skipped (scanned, not sent). Omitted: all of V.
   */
  touchedBytes?: number;
  /**
   * Writable working set, W ≤ V: the memory the guest keeps rewriting, so no later round
   * re-sends more than this. Omitted: all of V.
   */
  workingSetBytes?: number;
  /** Goodput of the link, bytes per second (> 0), constant (the VM alone on its link). */
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
  /** Set-up, round trips, streams, compression and scan (see PrecopyTransport); omitted: none. */
  transport?: PrecopyTransport;
}

/** What {@link precopyEstimate} predicts. */
export interface PrecopyEstimate {
  /** Pre-copy rounds while the VM runs (round 0 … n−1, n ≥ 1); the stop-and-copy is round n. */
  rounds: number;
  /** Memory sent in all, V_mig (pre-copy rounds and the stop-and-copy), bytes. */
  transferredBytes: number;
  /** Bytes on the wire: V_mig ÷ the compression ratio. */
  wireBytes: number;
  /** Memory moved per second, R_mem = ratio × min(R, the transport's cap), bytes per second. */
  memoryRateBytesPerSecond: number;
  /**
   * From the start of the migration to the end of the switchover's handshake, without
   * T_resume, seconds: set-up + scan + V_mig ÷ R_mem + switchover round trips.
   */
  totalSeconds: number;
  /** T_down = remainder ÷ R_mem + switchover round trips + T_resume, seconds. */
  downtimeSeconds: number;
  /** Set-up and handshake before the first byte, seconds. */
  setupSeconds: number;
  /** The first pass's walk over all memory, seconds (round 0 lasts at least this). */
  scanSeconds: number;
  /** Core-seconds spent compressing (0 without compression). */
  compressionCoreSeconds: number;
  /** True when the remainder fitted the stun budget before the round cap. */
  converged: boolean;
  /** True when the guest was throttled (Stun During Page Send). */
  throttled: boolean;
  /** Fraction by which the guest's dirtying was slowed, 1 − D′÷D (0 when not throttled). */
  throttleSlowdownFraction: number;
  /** How long the guest ran throttled, seconds (from the round that engaged it to the last byte). */
  throttleSeconds: number;
  /** Memory sent in each round, round 0 first, the stop-and-copy last (n + 1 entries). */
  roundBytes: number[];
}

/**
 * The closed form of iterative pre-copy for one VM alone on a link at a constant rate
 * (Liu et al., "Performance and energy modeling for live migration of virtual machines",
 * HPDC 2011; mechanism from Clark et al., NSDI 2005), as FACTS.md writes it, with what real
 * hypervisors add. With R_mem the memory rate and λ = D ÷ R_mem:
 * ```
 * V_0    = T                            (touched memory; untouched and zero pages scanned, not sent)
 * t_0    = max(T ÷ R_mem, V ÷ scan rate) (the first pass walks every page while it sends)
 * t_i    = V_i ÷ R_mem                  (i ≥ 1)
 * V_i    = min(t_{i−1} · D, W)          (re-dirtied pages, capped by the writable working set)
 * n      = the first i ≥ 1 with V_i ≤ V_thd = R_mem × stun budget, at most n_max
 * V_mig  = Σ V_i (i = 0 … n)
 * T_mig  = set-up + Σ t_i + switchover round trips
 * T_down = V_n ÷ R_mem + switchover round trips + T_resume
 * ```
 * With a continuous switchover check (QEMU), a re-send round is cut as soon as its unsent
 * memory plus what was dirtied since it began fits V_thd, and that pending memory is the
 * stop-and-copy (see pendingFitsSeconds).
 * With T = W = V and no transport costs this is Liu's V · λ^i series, except that round 0 is
 * always a live pass (a small VM is not sent whole while stunned, as every hypervisor does).
 * R_mem = compression ratio × min(R, streams × min(stream cap, window ÷ RTT, core's
 * compression rate ÷ ratio)) (see PrecopyTransport).
 * λ ≥ 1 never converges: every round re-sends all of W; without throttling, stop-and-copy
 * is forced at the round cap (as Xen does). With `throttleDirtyFraction` f, vSphere's Stun
 * During Page Send is modelled: after the first round that does not shrink the remainder, the
 * guest dirties at f × R_mem. The sums are computed round by round (no 1 − λ cancellation).
 *
 * @example
 * // FACTS.md: 8 GiB on 10 GbE (R = 0.9 × 1.25e9 B/s), D = 100 MB/s, stun budget 0.5 s
 * precopyEstimate({ memoryBytes: 8 * GIB, rateBytesPerSecond: 1.125e9,
 *   dirtyRateBytesPerSecond: 1e8, stunBudgetSeconds: 0.5, maxRounds: 30, resumeSeconds: 0 })
 * // { rounds: 2, totalSeconds ≈ 8.37, downtimeSeconds ≈ 0.0604, converged: true, … }
 */
export function precopyEstimate(input: PrecopyInput): PrecopyEstimate {
  const transport = input.transport ?? NO_TRANSPORT_COSTS;
  const V = input.memoryBytes;
  const T = Math.min(input.touchedBytes ?? V, V);
  const W = Math.min(input.workingSetBytes ?? V, V);
  const ratio = transport.compressionRatio;
  const R = ratio * Math.min(input.rateBytesPerSecond, transportCapBytesPerSecond(transport));
  const thresholdBytes = R * input.stunBudgetSeconds;
  const f = input.throttleDirtyFraction;
  const scanSeconds = scanSecondsOf(transport, V);
  const roundBytes: number[] = [];
  const roundSeconds: number[] = [];
  let remaining = T;
  let dirtyRate = input.dirtyRateBytesPerSecond;
  let throttleFrom = -1;
  const continuous = transport.switchoverCheck === "continuous";
  let cut = false;
  while (
    (roundBytes.length === 0 || remaining > thresholdBytes) &&
    roundBytes.length < input.maxRounds
  ) {
    if (continuous && roundBytes.length > 0) {
      // the switchover comes as soon as unsent + dirtied fits, maybe before the round ends
      const fitsAfter = pendingFitsSeconds(remaining, 0, R, dirtyRate, W, thresholdBytes);
      if (fitsAfter < Number.POSITIVE_INFINITY) {
        roundBytes.push(R * fitsAfter);
        roundSeconds.push(fitsAfter);
        remaining = remaining - R * fitsAfter + Math.min(dirtyRate * fitsAfter, W);
        cut = true;
        break;
      }
    }
    const seconds = roundBytes.length === 0 ? Math.max(remaining / R, scanSeconds) : remaining / R;
    roundBytes.push(remaining);
    roundSeconds.push(seconds);
    const next = Math.min(seconds * dirtyRate, W);
    if (f !== undefined && seconds > 0 && (next >= remaining || throttleFrom >= 0)) {
      if (throttleFrom < 0) throttleFrom = roundBytes.length;
      dirtyRate = Math.min(dirtyRate, f * (remaining / seconds));
    }
    remaining = next;
  }
  const rounds = roundBytes.length;
  roundBytes.push(remaining);
  roundSeconds.push(remaining / R);
  let transferredBytes = 0;
  let sendSeconds = 0;
  let throttleSeconds = 0;
  for (let i = 0; i < roundBytes.length; i++) {
    transferredBytes += roundBytes[i]!;
    sendSeconds += roundSeconds[i]!;
    if (throttleFrom >= 0 && i >= throttleFrom) throttleSeconds += roundSeconds[i]!;
  }
  const setupSeconds = setupSecondsOf(transport);
  const switchoverSeconds = switchoverSecondsOf(transport);
  const D = input.dirtyRateBytesPerSecond;
  return {
    rounds,
    transferredBytes,
    wireBytes: transferredBytes / ratio,
    memoryRateBytesPerSecond: R,
    totalSeconds: setupSeconds + sendSeconds + switchoverSeconds,
    downtimeSeconds: remaining / R + switchoverSeconds + input.resumeSeconds,
    setupSeconds,
    scanSeconds,
    compressionCoreSeconds: compressionCoreSecondsOf(transport, transferredBytes),
    converged: cut || remaining <= thresholdBytes,
    throttled: throttleFrom >= 0,
    throttleSlowdownFraction: throttleFrom >= 0 && D > 0 ? 1 - dirtyRate / D : 0,
    throttleSeconds,
    roundBytes,
  };
}
