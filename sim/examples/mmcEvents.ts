import { exponential } from "../random/exponential.ts";
import type { Request } from "../resources/Resource.ts";
import type { MmcOptions, MmcResult } from "./mmc.ts";
import { mmcModel, mmcResult } from "./mmcModel.ts";

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
  const { arrivalRatePerSecond, serviceRatePerSecond, customers } = options;
  const model = mmcModel(options);
  const { env, server, arrivals, services, warmupCustomers } = model;
  let totalWaitSeconds = 0;
  let served = 0;
  let arrived = 0;

  const arrive = (): void => {
    const counted = arrived >= warmupCustomers;
    if (arrived === warmupCustomers && arrived > 0) server.resetStatistics();
    arrived++;
    const request = server.request();
    request.onProcessed(() => startService(request, counted));
    if (arrived < customers) {
      env.timeout(exponential(arrivals, arrivalRatePerSecond)).onProcessed(arrive);
    }
  };

  const startService = (request: Request, counted: boolean): void => {
    if (counted) totalWaitSeconds += env.now - request.requestedAtSeconds;
    env.timeout(exponential(services, serviceRatePerSecond)).onProcessed(() => {
      server.release(request);
      if (counted) served++;
    });
  };

  env.timeout(exponential(arrivals, arrivalRatePerSecond)).onProcessed(arrive);
  env.run();
  return mmcResult(options, model, totalWaitSeconds, served);
}
