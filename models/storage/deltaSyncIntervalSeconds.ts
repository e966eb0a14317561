import { HOUR } from "../units.ts";

/**
 * Interval between changed-block delta syncs of a replicated volume until its switchover,
 * seconds: VMware HCX Bulk migration syncs every 2 h until the scheduled window (FACTS.md,
 * VMware HCX).
 */
export const DELTA_SYNC_INTERVAL_SECONDS = 2 * HOUR;
