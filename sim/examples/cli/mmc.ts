import { performance } from "node:perf_hooks";
import { simulateMmc } from "../mmc.ts";
import { parseNumberOptions, runMain } from "./args.ts";

/**
 * `npm run -s mmc -- --servers C --arrival-rate L --service-rate M --customers N --seed S --json`
 *
 * Runs the M/M/c example and prints one JSON object `{ customers, meanWaitSeconds,
 * meanQueueLength, utilization, erlangCWaitSeconds, wallSeconds }` (or a readable table without
 * `--json`). `wallSeconds` times the simulation alone, not start-up. A contract other tools use
 * to check the engine.
 */
runMain(() => {
  const { values, json } = parseNumberOptions(process.argv.slice(2), [
    { flag: "servers", description: "number of servers c", defaultValue: 1, integer: true, min: 1 },
    {
      flag: "arrival-rate",
      description: "arrivals per second λ",
      defaultValue: 0.9,
      min: 0,
      minExclusive: true,
    },
    {
      flag: "service-rate",
      description: "services per second μ of one server",
      defaultValue: 1,
      min: 0,
      minExclusive: true,
    },
    {
      flag: "customers",
      description: "customers to simulate",
      defaultValue: 100_000,
      integer: true,
      min: 1,
    },
    { flag: "seed", description: "random seed", defaultValue: 1, integer: true },
  ]);
  const started = performance.now();
  const result = simulateMmc({
    servers: values.servers!,
    arrivalRatePerSecond: values["arrival-rate"]!,
    serviceRatePerSecond: values["service-rate"]!,
    customers: values.customers!,
    seed: values.seed!,
  });
  const wallSeconds = (performance.now() - started) / 1000;
  const output = {
    customers: result.customers,
    meanWaitSeconds: result.meanWaitSeconds,
    meanQueueLength: result.meanQueueLength,
    utilization: result.utilization,
    erlangCWaitSeconds: result.erlangCWaitSeconds,
    wallSeconds,
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(output)}\n`);
    return;
  }
  const rows: [string, string][] = [
    ["customers", String(output.customers)],
    ["mean wait in queue (s)", output.meanWaitSeconds.toFixed(4)],
    ["Erlang-C mean wait (s)", output.erlangCWaitSeconds.toFixed(4)],
    ["mean queue length", output.meanQueueLength.toFixed(4)],
    ["utilisation", output.utilization.toFixed(4)],
    ["events", String(result.eventCount)],
    ["wall time (s)", wallSeconds.toFixed(3)],
    ["customers per second", Math.round(output.customers / wallSeconds).toLocaleString("en")],
  ];
  process.stdout.write(
    `M/M/${values.servers} with λ=${values["arrival-rate"]}/s, μ=${values["service-rate"]}/s\n` +
      rows.map(([k, v]) => `  ${k.padEnd(24)} ${v}`).join("\n") +
      "\n",
  );
});
