/**
 * Thrown into a process's generator at its current `yield` when another party calls
 * {@link Process.interrupt}. The process may catch it and carry on (for instance, a migration
 * told to pause), or let it end the process.
 */
export class Interrupt extends Error {
  /** Whatever the interrupter passed to explain itself. */
  override readonly cause: unknown;

  constructor(cause?: unknown) {
    super(`interrupted${cause === undefined ? "" : `: ${String(cause)}`}`);
    this.name = "Interrupt";
    this.cause = cause;
  }
}
