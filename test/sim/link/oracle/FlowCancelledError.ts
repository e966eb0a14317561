import type { Flow } from "./Flow.ts";

/**
 * The error a cancelled {@link Flow} fails with. A process waiting on the flow receives it at
 * its `yield` and may catch it; nobody waiting is fine too (the flow is defused, so the error
 * is not thrown out of the run). The bytes already sent stay in `flow.transferredBytes`.
 */
export class FlowCancelledError extends Error {
  /** The flow that was cancelled. */
  readonly flow: Flow;
  /** Simulated time in seconds of the cancellation. */
  readonly timeSeconds: number;
  /** Whatever the canceller passed to explain itself. */
  override readonly cause: unknown;

  constructor(flow: Flow, timeSeconds: number, cause?: unknown) {
    const why = cause === undefined ? "" : `: ${String(cause)}`;
    super(
      `flow "${flow.name}" cancelled at t=${timeSeconds} s after ${flow.transferredBytes} of ${flow.bytes} bytes${why}`,
    );
    this.name = "FlowCancelledError";
    this.flow = flow;
    this.timeSeconds = timeSeconds;
    this.cause = cause;
  }
}
