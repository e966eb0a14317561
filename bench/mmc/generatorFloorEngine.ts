import { performance } from "node:perf_hooks";
import { exponential } from "../../sim/random/exponential.ts";
import { RandomStreams } from "../../sim/random/RandomStreams.ts";
import type { MmcEngine, MmcRun } from "./MmcEngine.ts";
import type { MmcModel } from "./MmcModel.ts";

/**
 * A bare event or process (one class, so every object has the same shape): a phase
 * (0 waiting, 1 queued, 2 done, 3 process to start), who waits, and the generator of a process.
 */
class Bare {
  phase: number;
  waiter: Bare | null = null;
  generator: Generator<Bare, void, undefined> | null;
  constructor(phase: number, generator: Generator<Bare, void, undefined> | null = null) {
    this.phase = phase;
    this.generator = generator;
  }
}

/**
 * The practical ceiling of generator processes on this JavaScript engine, the counterpart of
 * the bare heap in the hold model: the same M/M/c model, a process per customer, written on
 * the least an engine can do — a Float64Array heap for timeouts, an array FIFO for "now"
 * events, one waiter per event, no priorities, interrupts, errors, validation or statistics.
 * Not a usable engine; it shows how much of a process-per-customer run is the cost of
 * generators themselves (creating one per customer and resuming it at each step).
 *
 * Same streams and draws as our engine, so it follows the same sample path.
 */
export const generatorFloorEngine: MmcEngine = {
  name: "bare generator loop",
  needsWarmUp: true,
  run(model: MmcModel, customers: number, seed: number): MmcRun {
    const streams = new RandomStreams(seed);
    const arrivals = streams.stream("arrivals");
    const services = streams.stream("services");
    let capacity = 1024;
    let times = new Float64Array(capacity);
    const items: Bare[] = new Array(capacity);
    let size = 0;
    let now = 0;
    // "now" events: a ring buffer
    let ring: (Bare | undefined)[] = new Array(1024).fill(undefined);
    let ringMask = 1023;
    let ringHead = 0;
    let ringCount = 0;
    const enqueueNow = (item: Bare): void => {
      if (ringCount > ringMask) {
        const grown: (Bare | undefined)[] = new Array((ringMask + 1) * 2).fill(undefined);
        for (let i = 0; i < ringCount; i++) grown[i] = ring[(ringHead + i) & ringMask];
        ring = grown;
        ringMask = grown.length - 1;
        ringHead = 0;
      }
      ring[(ringHead + ringCount++) & ringMask] = item;
    };
    const push = (time: number, item: Bare): void => {
      if (size === capacity) {
        capacity *= 2;
        const grown = new Float64Array(capacity);
        grown.set(times);
        times = grown;
        items.length = capacity;
      }
      let i = size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (times[parent]! <= time) break;
        times[i] = times[parent]!;
        items[i] = items[parent]!;
        i = parent;
      }
      times[i] = time;
      items[i] = item;
    };
    const pop = (): Bare => {
      const top = items[0]!;
      const last = --size;
      if (last > 0) {
        const time = times[last]!;
        const item = items[last]!;
        let i = 0;
        for (;;) {
          let child = 2 * i + 1;
          if (child >= last) break;
          if (child + 1 < last && times[child + 1]! < times[child]!) child++;
          if (time <= times[child]!) break;
          times[i] = times[child]!;
          items[i] = items[child]!;
          i = child;
        }
        times[i] = time;
        items[i] = item;
      }
      return top;
    };
    const timeout = (delay: number): Bare => {
      const event = new Bare(1);
      push(now + delay, event);
      return event;
    };
    const resume = (process: Bare): void => {
      const generator = process.generator!;
      for (;;) {
        const step = generator.next();
        if (step.done === true) return;
        if (step.value.phase !== 2) {
          step.value.waiter = process;
          return;
        }
      }
    };
    const start = (generator: Generator<Bare, void, undefined>): void =>
      enqueueNow(new Bare(3, generator));

    let busy = 0;
    const waiting: Bare[] = [];
    let waitingHead = 0;
    let totalWait = 0;
    let served = 0;
    function* customer(): Generator<Bare, void, undefined> {
      const arrivedAt = now;
      const request = new Bare(0);
      if (busy < model.servers && waitingHead === waiting.length) {
        busy++;
        request.phase = 2;
      } else {
        waiting.push(request);
      }
      yield request;
      totalWait += now - arrivedAt;
      yield timeout(exponential(services, model.serviceRatePerSecond));
      if (waitingHead < waiting.length) {
        const next = waiting[waitingHead++]!;
        next.phase = 1;
        enqueueNow(next);
      } else {
        busy--;
      }
      served++;
    }
    function* source(): Generator<Bare, void, undefined> {
      for (let i = 0; i < customers; i++) {
        yield timeout(exponential(arrivals, model.arrivalRatePerSecond));
        start(customer());
      }
    }

    const started = performance.now();
    start(source());
    for (;;) {
      let event: Bare;
      if (ringCount > 0) {
        event = ring[ringHead]!;
        ring[ringHead] = undefined;
        ringHead = (ringHead + 1) & ringMask;
        ringCount--;
      } else {
        if (size === 0) break;
        now = times[0]!;
        event = pop();
      }
      if (event.phase === 3) {
        event.phase = 0;
        resume(event);
        continue;
      }
      event.phase = 2;
      const waiter = event.waiter;
      if (waiter !== null) resume(waiter);
    }
    const wallSeconds = (performance.now() - started) / 1000;
    return { customers: served, meanWaitSeconds: totalWait / served, wallSeconds };
  },
};
