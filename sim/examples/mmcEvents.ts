import { Environment } from "../Environment.ts";
import type { Event } from "../Event.ts";
import { exponential } from "../random/exponential.ts";
import { RandomStreams } from "../random/RandomStreams.ts";
import type { Request } from "../resources/Resource.ts";
import { Resource } from "../resources/Resource.ts";
import { erlangC } from "../theory/erlangC.ts";
import type { MmcOptions, MmcResult } from "./mmc.ts";

/**
 * The M/M/c queue of {@link simulateMmc} written with event callbacks instead of processes:
 * an arrival is a timeout whose callback requests a server; the grant's callback draws the
 * service time; the service timeout's callback releases the server. The same engine, the same
 * `Resource`, the same two random streams drawn in the same order as the process version, so
 * the two follow the same sample path and give the same waits — only the style differs.
 *
 * This is the style of callback engines such as simjs, and the cheaper one for very large
 * models: a callback costs no generator.
 *
 * @throws RangeError on non-positive rates, servers or customers
 * @example
 * simulateMmcEvents({ servers: 1, arrivalRatePerSecond: 0.9, serviceRatePerSecond: 1, customers: 1e5, seed: 1 })
 * // same result as simulateMmc with the same options
 */
export function simulateMmcEvents(options: MmcOptions): MmcResult {
  const { servers, arrivalRatePerSecond, serviceRatePerSecond, customers, seed } = options;
  const warmupCustomers = options.warmupCustomers ?? 0;
  if (!Number.isInteger(servers) || servers < 1) {
    throw new RangeError(`servers must be a whole number ≥ 1, got ${servers}`);
  }
  if (!Number.isInteger(customers) || customers < 1) {
    throw new RangeError(`customers must be a whole number ≥ 1, got ${customers}`);
  }
  if (!Number.isInteger(warmupCustomers) || warmupCustomers < 0 || warmupCustomers >= customers) {
    throw new RangeError(
      `warmupCustomers must be a whole number in [0, customers), got ${warmupCustomers}`,
    );
  }
  const streams = new RandomStreams(seed, options.replication ?? 0);
  const arrivals = streams.stream("arrivals");
  const services = streams.stream("services");
  const env = new Environment();
  const server = new Resource(env, { capacity: servers, name: "servers" });
  let totalWaitSeconds = 0;
  let served = 0;
  let arrived = 0;

  const arrive = (): void => {
    const counted = arrived >= warmupCustomers;
    if (arrived === warmupCustomers && arrived > 0) server.resetStatistics();
    arrived++;
    const request = server.request();
    request.onProcessed(() => startService(request, counted));
    if (arrived < customers)
      env.timeout(exponential(arrivals, arrivalRatePerSecond)).onProcessed(arrive);
  };

  const startService = (request: Request, counted: boolean): void => {
    if (counted) totalWaitSeconds += env.now - request.requestedAtSeconds;
    const service: Event<undefined> = env.timeout(exponential(services, serviceRatePerSecond));
    service.onProcessed(() => {
      server.release(request);
      if (counted) served++;
    });
  };

  env.timeout(exponential(arrivals, arrivalRatePerSecond)).onProcessed(arrive);
  env.run();
  return {
    customers: served,
    meanWaitSeconds: totalWaitSeconds / served,
    meanQueueLength: server.meanQueueLength(),
    utilization: server.utilization(),
    erlangCWaitSeconds: erlangC(arrivalRatePerSecond, serviceRatePerSecond, servers)
      .meanWaitSeconds,
    simulatedSeconds: env.now,
    eventCount: env.eventCount,
  };
}
