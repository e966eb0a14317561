import { createRequire } from "node:module";

/** The part of simjs's request object the benchmark uses. */
export interface SimjsRequest {
  /** Calls `callback` (with `this` = the entity) when the request completes. */
  done(callback: () => void): SimjsRequest;
}

/** The part of simjs's `Entity` the benchmark uses. */
export interface SimjsEntity {
  setTimer(durationSeconds: number): SimjsRequest;
  useFacility(facility: SimjsFacility, durationSeconds: number): SimjsRequest;
}

/** simjs statistics of a population (a queue): durations recorded as customers leave it. */
export interface SimjsPopulation {
  durationSeries: { average(): number; count(): number };
}

/** The part of simjs's `Facility` the benchmark uses. */
export interface SimjsFacility {
  /** Time in the facility's waiting line, recorded for every customer (0 if served at once). */
  queueStats(): SimjsPopulation;
}

/** The part of simjs's simulator the benchmark uses. */
export interface SimjsSim {
  addEntity(klass: new (sim: SimjsSim, name?: string) => SimjsEntity): SimjsEntity;
  simulate(endTime: number): boolean;
}

/** The classes simjs 2.0.3 exposes on `window.Sim`. */
export interface SimjsModule {
  Sim: new () => SimjsSim;
  Entity: abstract new (sim: SimjsSim, name?: string) => SimjsEntity;
  Facility: {
    new (name: string, discipline: number, servers: number): SimjsFacility;
    readonly FCFS: number;
  };
  /** Version from the package's package.json. */
  version: string;
}

/**
 * Loads simjs 2.0.3, a browserify bundle that exports nothing to `require` and instead assigns
 * `window.Sim` when a `window` global exists. A temporary `window` is installed for the load and
 * removed afterwards so that nothing else sees it.
 *
 * @throws Error if simjs is not installed (it is a devDependency) or exposes no `Sim`
 */
export function loadSimjs(): SimjsModule {
  const require = createRequire(import.meta.url);
  const global = globalThis as { window?: { Sim?: Omit<SimjsModule, "version"> } | undefined };
  const hadWindow = "window" in globalThis;
  const previous = global.window;
  global.window = {};
  try {
    require("simjs");
    const exported = global.window.Sim;
    if (exported === undefined) throw new Error("simjs did not define window.Sim");
    const version = (require("simjs/package.json") as { version: string }).version;
    return { ...exported, version };
  } finally {
    if (hadWindow) global.window = previous;
    else delete global.window;
  }
}
