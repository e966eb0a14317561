/** A period in which switchovers may happen, counted from the start of the migration. */
export interface MaintenanceWindow {
  /** Offset from the start of the migration, seconds. */
  startSeconds: number;
  /** Length, seconds. */
  lengthSeconds: number;
}

/**
 * The earliest time at or after `nowSeconds` at which a switchover may start (DESIGN.md phase
 * 3, maintenance windows). No windows listed: any time. After the last window has closed:
 * `nowSeconds` (the plan overruns its windows; the caller sees the late switchover).
 * @example nextSwitchoverSeconds(10, [{ startSeconds: 100, lengthSeconds: 50 }]) // 100
 */
export function nextSwitchoverSeconds(
  nowSeconds: number,
  windows: readonly MaintenanceWindow[],
): number {
  let next = Number.POSITIVE_INFINITY;
  for (const w of windows) {
    if (nowSeconds >= w.startSeconds && nowSeconds < w.startSeconds + w.lengthSeconds) {
      return nowSeconds;
    }
    if (w.startSeconds > nowSeconds) next = Math.min(next, w.startSeconds);
  }
  return Number.isFinite(next) ? next : nowSeconds;
}
