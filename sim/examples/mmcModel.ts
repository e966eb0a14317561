import { Environment } from "../Environment.ts";
import type { RandomStream } from "../random/RandomStream.ts";
import { RandomStreams } from "../random/RandomStreams.ts";
import { Resource } from "../resources/Resource.ts";
import { erlangC } from "../theory/erlangC.ts";
import type { MmcOptions, MmcResult } from "./mmc.ts";

/** What both styles of the M/M/c example start from. */
export interface MmcModel {
  env: Environment;
  /** The c servers. */
  server: Resource;
  /** Stream of arrival gaps. */
  arrivals: RandomStream;
  /** Stream of service times. */
  services: RandomStream;
  /** Customers whose waits are not counted. */
  warmupCustomers: number;
}

/**
 * Validates the options of the M/M/c example and builds its environment, servers and the two
 * named random streams, shared by the process and the callback versions so that both draw the
 * same numbers.
 * @throws RangeError on a server count, customer count or warm-up that is not a valid whole number
 */
export function mmcModel(options: MmcOptions): MmcModel {
  const { servers, customers } = options;
  if (!Number.isInteger(servers) || servers < 1) {
    throw new RangeError(`servers must be a whole number ≥ 1, got ${servers}`);
  }
  if (!Number.isInteger(customers) || customers < 1) {
    throw new RangeError(`customers must be a whole number ≥ 1, got ${customers}`);
  }
  const warmupCustomers = options.warmupCustomers ?? 0;
  if (!Number.isInteger(warmupCustomers) || warmupCustomers < 0 || warmupCustomers >= customers) {
    throw new RangeError(
      `warmupCustomers must be a whole number in [0, customers), got ${warmupCustomers}`,
    );
  }
  const streams = new RandomStreams(options.seed, options.replication ?? 0);
  const env = new Environment();
  return {
    env,
    server: new Resource(env, { capacity: servers, name: "servers" }),
    arrivals: streams.stream("arrivals"),
    services: streams.stream("services"),
    warmupCustomers,
  };
}

/** The result of a finished M/M/c run, with the Erlang-C wait for comparison. */
export function mmcResult(
  options: MmcOptions,
  model: MmcModel,
  totalWaitSeconds: number,
  served: number,
): MmcResult {
  const { arrivalRatePerSecond, serviceRatePerSecond, servers } = options;
  return {
    customers: served,
    meanWaitSeconds: totalWaitSeconds / served,
    meanQueueLength: model.server.meanQueueLength(),
    utilization: model.server.utilization(),
    erlangCWaitSeconds: erlangC(arrivalRatePerSecond, serviceRatePerSecond, servers)
      .meanWaitSeconds,
    simulatedSeconds: model.env.now,
    eventCount: model.env.eventCount,
  };
}
