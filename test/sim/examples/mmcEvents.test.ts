import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { simulateMmc } from "../../../sim/examples/mmc.ts";
import { simulateMmcEvents } from "../../../sim/examples/mmcEvents.ts";

describe("simulateMmcEvents (the M/M/c queue with event callbacks)", () => {
  it("follows the same sample path as the process version: identical waits, queue and utilisation", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.double({ min: 0.2, max: 0.95, noNaN: true }),
        fc.integer({ min: 10, max: 3_000 }),
        fc.integer(),
        (servers, rho, customers, seed) => {
          const options = {
            servers,
            arrivalRatePerSecond: rho * servers,
            serviceRatePerSecond: 1,
            customers,
            warmupCustomers: Math.floor(customers / 10),
            seed,
          };
          const { eventCount: processEvents, ...byProcesses } = simulateMmc(options);
          const { eventCount: callbackEvents, ...byCallbacks } = simulateMmcEvents(options);
          expect(byCallbacks).toEqual(byProcesses);
          // a process costs one start-up event per customer; a callback none
          expect(processEvents - callbackEvents).toBe(customers + 1);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("rejects impossible inputs", () => {
    const ok = {
      servers: 1,
      arrivalRatePerSecond: 1,
      serviceRatePerSecond: 2,
      customers: 10,
      seed: 1,
    };
    expect(() => simulateMmcEvents({ ...ok, servers: 0 })).toThrow(/servers/);
    expect(() => simulateMmcEvents({ ...ok, customers: 1.5 })).toThrow(/customers/);
    expect(() => simulateMmcEvents({ ...ok, warmupCustomers: -1 })).toThrow(/warmupCustomers/);
  });
});
