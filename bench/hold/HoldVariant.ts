/** What one hold-model run measured. */
export interface HoldRun {
  /** Hold operations timed (each: remove the earliest event, insert one later). */
  holds: number;
  /** Wall-clock seconds of the timed holds (set-up and warm-up holds excluded). */
  wallSeconds: number;
  /**
   * Simulated time of the last event removed. Every variant draws the same increments in the
   * same order, so all of them must end on exactly this value: proof they did the same work.
   */
  clockSeconds: number;
}

/**
 * One implementation of the hold model (Vaucher & Duval 1975; Jones 1986): `pending` events
 * wait in a priority queue; each hold removes the earliest, at time t, and inserts a new one at
 * t + the next increment. Increments are read in order from `increments` (length a power of
 * two, read cyclically), so random-number cost is the same for every variant and not timed.
 */
export interface HoldVariant {
  /** Name for tables. */
  readonly name: string;
  /**
   * Fills the queue with `pending` events, performs `warmUpHolds` untimed holds so that the
   * queue reaches its steady shape, then times `holds` more.
   */
  run(pending: number, warmUpHolds: number, holds: number, increments: Float64Array): HoldRun;
}
