/**
 * An error thrown inside a process, labelled with the process's name and the simulated time
 * at which it escaped the generator. The original error is kept as `cause`.
 */
export class ProcessError extends Error {
  /** The name given to the process. */
  readonly processName: string;
  /** Simulated time in seconds when the error escaped. */
  readonly timeSeconds: number;
  /** The original error. */
  override readonly cause: unknown;

  constructor(processName: string, timeSeconds: number, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`process "${processName}" failed at t=${timeSeconds} s: ${reason}`);
    this.name = "ProcessError";
    this.processName = processName;
    this.timeSeconds = timeSeconds;
    this.cause = cause;
  }
}
