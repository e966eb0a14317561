/**
 * ASSUMPTION: time for a migrated VM to boot at the target and start its services, seconds,
 * for the modes whose switchover is a reboot (bulk, cold). The scenario format has no field
 * for it yet; 120 s for a Debian guest is an assumption, shown as such, not a published figure.
 */
export const REBOOT_SECONDS = 120;
