import { performance } from "node:perf_hooks";
import { exponential } from "../../sim/random/exponential.ts";
import { RandomStreams } from "../../sim/random/RandomStreams.ts";
import type { SimjsEntity, SimjsModule } from "./loadSimjs.ts";
import type { MmcEngine, MmcRun } from "./MmcEngine.ts";
import type { MmcModel } from "./MmcModel.ts";

/**
 * simjs running M/M/c the way its documentation does: one source entity that, at each
 * arrival, sends a customer to a FCFS `Facility` with c servers (`useFacility` takes the
 * service time up front) and sets a timer for the next arrival.
 *
 * Fairness: arrival gaps and service times come from the same generator and streams as our
 * engine (`RandomStreams(seed)`, streams "arrivals" and "services", xoshiro128**, inverse
 * transform), not from simjs's own Mersenne Twister, so both JS engines pay the same RNG cost.
 * With FCFS servers the k-th customer gets the k-th draw of each stream in both engines, so they
 * simulate the same sample path and their mean waits agree to rounding.
 *
 * The mean wait in queue is simjs's own statistic: the facility's waiting line records every
 * customer's time in it (zero for those served at once), which is the wait before service,
 * not the time in system.
 */
export function simjsEngine(simjs: SimjsModule): MmcEngine {
  return {
    name: `simjs ${simjs.version}`,
    needsWarmUp: true,
    run(model: MmcModel, customers: number, seed: number): MmcRun {
      const streams = new RandomStreams(seed);
      const arrivals = streams.stream("arrivals");
      const services = streams.stream("services");
      const { arrivalRatePerSecond, serviceRatePerSecond } = model;
      const sim = new simjs.Sim();
      const server = new simjs.Facility("servers", simjs.Facility.FCFS, model.servers);
      let arrived = 0;
      let served = 0;
      const onServed = (): void => {
        served++;
      };

      class Source extends simjs.Entity {
        start(): void {
          this.setTimer(exponential(arrivals, arrivalRatePerSecond)).done(this.arrive);
        }

        arrive(): void {
          this.useFacility(server, exponential(services, serviceRatePerSecond)).done(onServed);
          if (++arrived < customers) {
            this.setTimer(exponential(arrivals, arrivalRatePerSecond)).done(this.arrive);
          }
        }
      }

      const started = performance.now();
      sim.addEntity(Source as unknown as new () => SimjsEntity);
      sim.simulate(Number.POSITIVE_INFINITY);
      const wallSeconds = (performance.now() - started) / 1000;
      const meanWaitSeconds = server.queueStats().durationSeries.average();
      return { customers: served, meanWaitSeconds, wallSeconds };
    },
  };
}
