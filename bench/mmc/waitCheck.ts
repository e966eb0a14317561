import type { MmcRun } from "./MmcEngine.ts";
import { type MmcModel, theoryWaitSeconds } from "./MmcModel.ts";

/**
 * How many standard errors a mean wait may stray from theory before the run is declared wrong.
 * At 4σ a correct engine fails about once in 16 000 checks, while an engine that skips work
 * (drops customers, serves out of order, mis-times service) drifts by far more than that over a
 * run of 10^5–10^6 customers.
 */
const STANDARD_ERRORS = 4;

/**
 * √n × the relative standard deviation of the mean of n waits, for large n. Waits at ρ = 0.9
 * are strongly autocorrelated, so this is far above the coefficient of variation of one wait.
 *
 * M/M/1: the asymptotic variance of the mean wait in queue is
 * ρ(2 + 5ρ − 4ρ² + ρ³) / (μ²(1 − ρ)⁴) (N. Blomqvist, "The covariance function of the M/G/1
 * queuing system", Skand. Aktuarietidskr. 1967), i.e. 35 901 s² at ρ = 0.9, μ = 1; divided by
 * Wq = 9 s: 21.05. Measured with this engine, 60 replications of 2·10⁵ customers: 20.9.
 * M/M/4 at ρ = 0.9: no handy closed form; measured the same way: 23.4, rounded up to 24.
 */
function relativeSpreadTimesRootN(model: MmcModel): number {
  if (model.servers === 1) {
    const mu = model.serviceRatePerSecond;
    const rho = model.arrivalRatePerSecond / mu;
    const variance = (rho * (2 + 5 * rho - 4 * rho ** 2 + rho ** 3)) / (mu ** 2 * (1 - rho) ** 4);
    return Math.sqrt(variance) / theoryWaitSeconds(model);
  }
  if (model.servers === 4 && model.arrivalRatePerSecond / model.serviceRatePerSecond === 3.6) {
    return 24;
  }
  throw new RangeError(`waitCheck: no standard error known for ${model.label}; calibrate it first`);
}

/** The verdict on one run: did the engine simulate the model it was given? */
export interface WaitCheck {
  /** Closed-form mean wait in queue, seconds. */
  theoryWaitSeconds: number;
  /** (measured − theory) / theory. */
  relativeError: number;
  /** The largest |relativeError| accepted for this run length (4 standard errors). */
  tolerance: number;
  /** True when every customer was served and the mean wait lies within tolerance. */
  pass: boolean;
  /** Why it failed; empty when it passed. */
  problem: string;
}

/**
 * Checks a run against queueing theory: all `customers` served, and the mean wait in queue
 * within 4 standard errors (for that many customers) of the Erlang-C value.
 * @throws RangeError for a model whose standard error has not been calibrated
 */
export function waitCheck(model: MmcModel, customers: number, run: MmcRun): WaitCheck {
  const theory = theoryWaitSeconds(model);
  const relativeError = (run.meanWaitSeconds - theory) / theory;
  const tolerance = (STANDARD_ERRORS * relativeSpreadTimesRootN(model)) / Math.sqrt(customers);
  let problem = "";
  if (run.customers !== customers) problem = `served ${run.customers} of ${customers} customers`;
  else if (!(Math.abs(relativeError) <= tolerance)) {
    problem = `mean wait ${run.meanWaitSeconds.toFixed(3)} s is ${(relativeError * 100).toFixed(1)} % off theory ${theory.toFixed(3)} s (tolerance ±${(tolerance * 100).toFixed(1)} %)`;
  }
  return { theoryWaitSeconds: theory, relativeError, tolerance, pass: problem === "", problem };
}
