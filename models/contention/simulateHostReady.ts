import { Environment } from "../../sim/Environment.ts";
import { exponential } from "../../sim/random/exponential.ts";
import { RandomStreams } from "../../sim/random/RandomStreams.ts";
import { Resource } from "../../sim/resources/Resource.ts";

/** Inputs of the fine-grained host simulation. */
export interface HostReadySimulationOptions {
  /** vCPUs on the host. */
  vcpus: number;
  /** Cores (slots of the CPU resource). */
  cores: number;
  /** Fraction of time a vCPU wants to run, 0 < d < 1. */
  demandFraction: number;
  /** Mean CPU burst, seconds (e.g. a scheduler quantum of a few ms). */
  meanBurstSeconds: number;
  /** Simulated time, seconds. */
  durationSeconds: number;
  /** Seed of the random streams. */
  seed: number;
}

/** What the simulation measured. */
export interface HostReadySimulation {
  /** Time vCPUs spent waiting for a core ÷ (vCPUs × duration). */
  readyFraction: number;
  /** Fraction of the cores busy. */
  coreUtilization: number;
}

/**
 * A fine-grained simulation of one host on the engine: each vCPU is a process that idles for
 * an exponential time (mean burst × (1−d)/d), then asks a core of a `Resource` with `cores`
 * slots (FIFO), runs an exponential burst and releases it. It measures ready time directly,
 * to check the analytical {@link cpuReady} (the same finite-source model, so they agree up to
 * sampling error).
 *
 * @example
 * simulateHostReady({ vcpus: 8, cores: 4, demandFraction: 0.4, meanBurstSeconds: 0.01, durationSeconds: 200, seed: 1 })
 */
export function simulateHostReady(options: HostReadySimulationOptions): HostReadySimulation {
  const { vcpus, cores, demandFraction, meanBurstSeconds, durationSeconds, seed } = options;
  const env = new Environment();
  const cpu = new Resource(env, { capacity: cores, name: "cores" });
  const streams = new RandomStreams(seed, 0);
  const meanIdleSeconds = (meanBurstSeconds * (1 - demandFraction)) / demandFraction;
  let waitedSeconds = 0;

  function* vcpu(index: number) {
    const idle = streams.stream(`idle-${index}`);
    const burst = streams.stream(`burst-${index}`);
    while (true) {
      yield env.timeout(exponential(idle, 1 / meanIdleSeconds));
      const askedAt = env.now;
      const request = cpu.request();
      yield request;
      waitedSeconds += env.now - askedAt;
      yield env.timeout(exponential(burst, 1 / meanBurstSeconds));
      cpu.release(request);
    }
  }

  for (let i = 0; i < vcpus; i++) env.process(`vcpu-${i}`, vcpu(i));
  env.run({ until: durationSeconds });
  return {
    readyFraction: waitedSeconds / (vcpus * durationSeconds),
    coreUtilization: cpu.utilization(),
  };
}
