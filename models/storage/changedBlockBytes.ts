/**
 * Bytes a changed-block delta sync must send: the blocks changed since the last sync, at the
 * disk's change rate, at most the whole used disk (DESIGN.md, storage: pre-seed then re-sync
 * changed blocks; FACTS.md, storage transfer).
 * @param diskBytes used disk space, bytes
 * @param changeRateBytesPerSecond rate at which disk blocks change, bytes per second
 * @param elapsedSeconds time since the last sync, seconds
 * @example changedBlockBytes(100e9, 1e6, 3600) // 3.6e9
 */
export function changedBlockBytes(
  diskBytes: number,
  changeRateBytesPerSecond: number,
  elapsedSeconds: number,
): number {
  return Math.min(diskBytes, changeRateBytesPerSecond * Math.max(0, elapsedSeconds));
}
