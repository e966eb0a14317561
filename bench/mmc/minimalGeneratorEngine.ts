import { performance } from "node:perf_hooks";
import { exponential } from "../../sim/random/exponential.ts";
import { RandomStreams } from "../../sim/random/RandomStreams.ts";
import type { MmcEngine, MmcRun } from "./MmcEngine.ts";
import type { MmcModel } from "./MmcModel.ts";

/** What a process yields to ask for one of the c servers; any value ≥ 0 is a timeout. */
const REQUEST = -1;

/** A process: a generator that yields a delay in seconds (≥ 0) or {@link REQUEST}. */
type Process = Generator<number, void, undefined>;

/**
 * The smallest process-style engine that runs M/M/c: a binary heap of (time, sequence) in typed
 * arrays with the process to resume beside each entry, generator resumption, c servers with a
 * FIFO ring buffer of waiting processes. No interrupts, conditions, priorities, errors,
 * statistics or event objects: only what the model needs.
 *
 * Its events are those of SimPy and of our engine: starting a process, granting a request and
 * ending a timeout each go through the heap (a start or a grant at the current time, after the
 * events already due then, by sequence number). So it does the same work per customer as our
 * `Environment`, minus everything a general engine carries — the floor for the process style in V8.
 */
class MinimalEnvironment {
  /** Simulated time, seconds. */
  now = 0;
  /** Events processed. */
  events = 0;
  private size = 0;
  private sequence = 0;
  private times = new Float64Array(64);
  private sequences = new Float64Array(64);
  private processes: Process[] = [];
  private freeServers: number;
  /** Waiting processes: a ring buffer of power-of-two length. */
  private waiting: (Process | undefined)[] = new Array<Process | undefined>(64).fill(undefined);
  private waitingHead = 0;
  private waitingCount = 0;

  constructor(servers: number) {
    this.freeServers = servers;
  }

  /** Starts a process at the current time. */
  start(process: Process): void {
    this.push(this.now, process);
  }

  /** Frees one server: the longest-waiting process gets it now, or it becomes free. */
  release(): void {
    if (this.waitingCount === 0) {
      this.freeServers++;
      return;
    }
    const next = this.waiting[this.waitingHead]!;
    this.waiting[this.waitingHead] = undefined;
    this.waitingHead = (this.waitingHead + 1) & (this.waiting.length - 1);
    this.waitingCount--;
    this.push(this.now, next);
  }

  /** Runs until no event is left. */
  run(): void {
    while (this.size > 0) {
      const process = this.pop();
      this.events++;
      const step = process.next();
      if (step.done === true) continue;
      const value = step.value;
      if (value !== REQUEST) this.push(this.now + value, process);
      else if (this.freeServers > 0) {
        this.freeServers--;
        this.push(this.now, process);
      } else this.enqueue(process);
    }
  }

  private enqueue(process: Process): void {
    let capacity = this.waiting.length;
    if (this.waitingCount === capacity) {
      const grown = new Array<Process | undefined>(capacity * 2).fill(undefined);
      for (let i = 0; i < capacity; i++) {
        grown[i] = this.waiting[(this.waitingHead + i) & (capacity - 1)];
      }
      this.waiting = grown;
      this.waitingHead = 0;
      capacity *= 2;
    }
    this.waiting[(this.waitingHead + this.waitingCount) & (capacity - 1)] = process;
    this.waitingCount++;
  }

  private push(time: number, process: Process): void {
    if (this.size === this.times.length) {
      const times = new Float64Array(this.size * 2);
      times.set(this.times);
      this.times = times;
      const sequences = new Float64Array(this.size * 2);
      sequences.set(this.sequences);
      this.sequences = sequences;
    }
    const sequence = this.sequence++;
    const { times, sequences, processes } = this;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = times[parent]!;
      if (pt < time || (pt === time && sequences[parent]! < sequence)) break;
      times[i] = pt;
      sequences[i] = sequences[parent]!;
      processes[i] = processes[parent]!;
      i = parent;
    }
    times[i] = time;
    sequences[i] = sequence;
    processes[i] = process;
  }

  /** Removes the earliest event, sets the clock to its time and returns its process. */
  private pop(): Process {
    const { times, sequences, processes } = this;
    const top = processes[0]!;
    this.now = times[0]!;
    const last = --this.size;
    const time = times[last]!;
    const sequence = sequences[last]!;
    const process = processes[last]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= last) break;
      const right = child + 1;
      if (
        right < last &&
        (times[right]! < times[child]! ||
          (times[right] === times[child] && sequences[right]! < sequences[child]!))
      ) {
        child = right;
      }
      const ct = times[child]!;
      if (time < ct || (time === ct && sequence < sequences[child]!)) break;
      times[i] = ct;
      sequences[i] = sequences[child]!;
      processes[i] = processes[child]!;
      i = child;
    }
    times[i] = time;
    sequences[i] = sequence;
    processes[i] = process;
    return top;
  }
}

/**
 * A minimal generator engine written in the bench (issue 16, item 4c): the same M/M/c model as
 * `simulateMmc` — a source process yielding exponential arrival gaps and starting a process per
 * customer, which yields a request for one of c servers, then a timeout for its service, then
 * releases — on {@link MinimalEnvironment}. Arrival gaps and service times come from the same
 * xoshiro128** streams "arrivals" and "services" (`RandomStreams(seed)`, inverse transform) as
 * our engine, drawn in the same order, so it follows the same sample path and gives an equal
 * mean wait. Our process style ÷ this is what V8's generators leave for the engine around them.
 *
 * The wall time covers the whole run, streams and environment included, as for our engine.
 */
export const minimalGeneratorEngine: MmcEngine = {
  name: "minimal generator engine",
  needsWarmUp: true,
  run(model: MmcModel, customers: number, seed: number): MmcRun {
    const { arrivalRatePerSecond, serviceRatePerSecond } = model;
    const started = performance.now();
    const streams = new RandomStreams(seed);
    const arrivals = streams.stream("arrivals");
    const services = streams.stream("services");
    const env = new MinimalEnvironment(model.servers);
    let totalWaitSeconds = 0;
    let served = 0;

    function* customer(): Process {
      const arrivedAt = env.now;
      yield REQUEST;
      totalWaitSeconds += env.now - arrivedAt;
      yield exponential(services, serviceRatePerSecond);
      env.release();
      served++;
    }

    function* source(): Process {
      for (let i = 0; i < customers; i++) {
        yield exponential(arrivals, arrivalRatePerSecond);
        env.start(customer());
      }
    }

    env.start(source());
    env.run();
    const wallSeconds = (performance.now() - started) / 1000;
    return { customers: served, meanWaitSeconds: totalWaitSeconds / served, wallSeconds };
  },
};
