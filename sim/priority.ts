/**
 * Event priorities. At equal time, a lower priority value runs first; at equal time and
 * priority, events run in the order they were scheduled (insertion sequence), so runs are
 * deterministic.
 *
 * URGENT is used for process start-up and interrupts, NORMAL for everything else (SimPy's
 * convention). Any integer in [0, MAX_PRIORITY] may be used for user events.
 */
export const URGENT = 0;
/** The default priority of events. */
export const NORMAL = 1;
/** The largest priority value accepted by {@link Environment.schedule}. */
export const MAX_PRIORITY = 255;
