/**
 * What a live migration pays besides the memory itself, in base units: the hypervisor's fixed
 * costs, the round trips of its handshakes, and the limits of its transport (streams, each
 * capped by the sender and by its window over the round trip, and compression). The closed
 * form (precopyEstimate) and the engine process (precopy) read the same record, so they stay
 * equal on a lone link. {@link NO_TRANSPORT_COSTS} is the bare pre-copy of Clark et al.
 */
export interface PrecopyTransport {
  /** Fixed cost before the first byte (set-up at both ends, checkpoint of device state), seconds. */
  setupSeconds: number;
  /** Round trips before the first byte (the migration's handshake). */
  handshakeRoundTrips: number;
  /** Round trips inside the stun (the switchover's handshake: last state, acknowledgement). */
  switchoverRoundTrips: number;
  /** Round-trip time between the hosts, seconds. */
  rttSeconds: number;
  /** Streams that carry the memory (TCP connections), ≥ 1. */
  streams: number;
  /** What one stream's sender can push, bytes per second on the wire (Infinity: no cap). */
  streamBytesPerSecond: number;
  /** One stream's window, bytes: a stream carries at most window ÷ RTT (Infinity: no cap). */
  windowBytes: number;
  /** Memory bytes per byte on the wire (≥ 1; 1: no compression). */
  compressionRatio: number;
  /** Memory one core compresses per second (Infinity: free); one core per stream. */
  compressBytesPerSecondPerCore: number;
  /**
   * Memory the first pass walks per second, checking each page (untouched and zero pages are
   * skipped, not sent), in parallel with sending (Infinity: free).
   */
  scanBytesPerSecond: number;
  /**
   * When the switchover is decided: "round" — at the start of each round, when its remainder
   * fits the stun budget (Clark et al.; the vSphere stacks, assumed); "continuous" — at any
   * moment of a re-send round, as soon as what is unsent plus what was dirtied since the
   * round began fits the budget (QEMU's migration thread compares the pending bytes with
   * bandwidth × downtime limit on every iteration).
   */
  switchoverCheck: "round" | "continuous";
}

/** The bare pre-copy of Clark et al. (NSDI 2005): no set-up, no round trips, no caps. */
export const NO_TRANSPORT_COSTS: PrecopyTransport = {
  setupSeconds: 0,
  handshakeRoundTrips: 0,
  switchoverRoundTrips: 0,
  rttSeconds: 0,
  streams: 1,
  streamBytesPerSecond: Number.POSITIVE_INFINITY,
  windowBytes: Number.POSITIVE_INFINITY,
  compressionRatio: 1,
  compressBytesPerSecondPerCore: Number.POSITIVE_INFINITY,
  scanBytesPerSecond: Number.POSITIVE_INFINITY,
  switchoverCheck: "round",
};

/**
 * The most a migration's streams can carry, bytes per second on the wire: streams × the
 * least of the stream's sender cap, its window ÷ RTT, and (compressing) what its core
 * compresses ÷ the ratio. Infinity when nothing caps it.
 * @example transportCapBytesPerSecond({ ...NO_TRANSPORT_COSTS, streams: 2, windowBytes: 4 * MIB, rttSeconds: 0.1 }) // 2 × 41.9 MB/s
 */
export function transportCapBytesPerSecond(transport: PrecopyTransport): number {
  const byWindow =
    transport.rttSeconds > 0
      ? transport.windowBytes / transport.rttSeconds
      : Number.POSITIVE_INFINITY;
  const byCompression =
    transport.compressionRatio > 1
      ? transport.compressBytesPerSecondPerCore / transport.compressionRatio
      : Number.POSITIVE_INFINITY;
  return transport.streams * Math.min(transport.streamBytesPerSecond, byWindow, byCompression);
}

/** Seconds before the first byte: the fixed set-up and the handshake's round trips. */
export function setupSecondsOf(transport: PrecopyTransport): number {
  return transport.setupSeconds + transport.handshakeRoundTrips * transport.rttSeconds;
}

/** Seconds the switchover's handshake adds to the stun. */
export function switchoverSecondsOf(transport: PrecopyTransport): number {
  return transport.switchoverRoundTrips * transport.rttSeconds;
}

/**
 * Seconds the first pass needs to walk all configured memory page by page; it sends the
 * touched pages meanwhile, so round 0 lasts the longer of this and its transfer.
 */
export function scanSecondsOf(transport: PrecopyTransport, memoryBytes: number): number {
  return memoryBytes / transport.scanBytesPerSecond;
}

/** Core-seconds of compression for `memoryBytes` sent (0 without compression). */
export function compressionCoreSecondsOf(transport: PrecopyTransport, memoryBytes: number): number {
  return transport.compressionRatio > 1 ? memoryBytes / transport.compressBytesPerSecondPerCore : 0;
}

/**
 * Seconds from now until a re-send round's pending memory — unsent `u` plus dirtied `d` so far
 * (at most the working set `W`) — fits `threshold`, the round sending at `R` while the guest
 * dirties at `D`: the least s ≥ 0 with (u − R·s) + min(d + D·s, W) ≤ threshold. Infinity when
 * that does not happen before the round ends (s > u ÷ R).
 */
export function pendingFitsSeconds(
  u: number,
  d: number,
  R: number,
  D: number,
  W: number,
  threshold: number,
): number {
  if (u + Math.min(d, W) <= threshold) return 0;
  const capAt = D > 0 ? Math.max(0, (W - d) / D) : Number.POSITIVE_INFINITY;
  let s = Number.POSITIVE_INFINITY;
  if (R > D && d < W) {
    const beforeCap = (u + d - threshold) / (R - D);
    if (beforeCap <= capAt) s = beforeCap;
  }
  if (s === Number.POSITIVE_INFINITY && Number.isFinite(capAt)) {
    s = Math.max(capAt, (u + W - threshold) / R);
  }
  if (d >= W) s = (u + W - threshold) / R;
  return s <= u / R ? Math.max(0, s) : Number.POSITIVE_INFINITY;
}
