import { exponential } from "../random/exponential.ts";
import { mmcModel, mmcResult } from "./mmcModel.ts";

/** Inputs of the M/M/c example. */
export interface MmcOptions {
  /** Number of identical servers c (≥ 1). */
  servers: number;
  /** Poisson arrival rate λ, customers per second. */
  arrivalRatePerSecond: number;
  /** Exponential service rate μ of one server, customers per second. */
  serviceRatePerSecond: number;
  /** Customers to generate. */
  customers: number;
  /** Seed of the random streams. */
  seed: number;
  /** Replication number (independent streams for the same seed). */
  replication?: number;
  /**
   * Customers at the start whose waits are not counted (warm-up deletion: the queue starts
   * empty, which biases early waits low). Queue and utilisation statistics restart when the
   * first counted customer arrives. Default 0.
   */
  warmupCustomers?: number;
}

/** What one M/M/c run measured, with the Erlang-C value for comparison. */
export interface MmcResult {
  /** Customers counted (completed service, after the warm-up). */
  customers: number;
  /** Mean wait in queue (before service starts), seconds. */
  meanWaitSeconds: number;
  /** Time-average number waiting in queue. */
  meanQueueLength: number;
  /** Time-average fraction of servers busy. */
  utilization: number;
  /** Erlang-C mean wait in queue Wq for the same λ, μ, c, seconds (Infinity when ρ ≥ 1). */
  erlangCWaitSeconds: number;
  /** Simulated time at the end, seconds. */
  simulatedSeconds: number;
  /** Events the engine processed. */
  eventCount: number;
}

/**
 * The M/M/c queue as a process per customer: each arrives after an exponential gap, waits for
 * one of `servers` slots (FIFO), holds it for an exponential service time and leaves. The
 * arrival gaps and service times come from two named random streams, so a change in one does
 * not shift the other.
 *
 * Validates the engine against queueing theory: the mean wait converges to Erlang-C's Wq
 * (see sim/theory/erlangC.ts).
 *
 * @throws RangeError on non-positive rates, servers or customers
 * @example
 * simulateMmc({ servers: 2, arrivalRatePerSecond: 1.8, serviceRatePerSecond: 1, customers: 1e5, seed: 1 })
 * // meanWaitSeconds ≈ 4.26, erlangCWaitSeconds = 4.2632
 */
export function simulateMmc(options: MmcOptions): MmcResult {
  const { arrivalRatePerSecond, serviceRatePerSecond, customers } = options;
  const model = mmcModel(options);
  const { env, server, arrivals, services, warmupCustomers } = model;
  let totalWaitSeconds = 0;
  let served = 0;

  function* customer(counted: boolean) {
    const arrivedAt = env.now;
    const request = server.request();
    yield request;
    if (counted) totalWaitSeconds += env.now - arrivedAt;
    yield env.timeout(exponential(services, serviceRatePerSecond));
    server.release(request);
    if (counted) served++;
  }

  function* source() {
    for (let i = 0; i < customers; i++) {
      yield env.timeout(exponential(arrivals, arrivalRatePerSecond));
      if (i === warmupCustomers && i > 0) server.resetStatistics();
      env.process("customer", customer(i >= warmupCustomers));
    }
  }

  env.process("source", source());
  env.run();
  return mmcResult(options, model, totalWaitSeconds, served);
}
