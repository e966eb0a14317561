import { type Dimension, parseQuantity, UNITS } from "../quantity.ts";
import type { Platform, Scenario } from "../Scenario.ts";
import { SCENARIO_SCHEMA_VERSION } from "../schema/scenarioSchema.ts";

/** Field-name suffixes the loader adds, longest first, with their dimension. */
const SUFFIXES: readonly [string, Dimension][] = [
  ["BytesPerSecond", "bytesPerSecond"],
  ["Bytes", "bytes"],
  ["Seconds", "seconds"],
  ["Hz", "hertz"],
  ["Fraction", "fraction"],
];

/** Human units to write; ties in length go to the first. */
const PREFERRED: Readonly<Record<Dimension, readonly string[]>> = {
  bytes: ["TiB", "GiB", "MiB", "KiB", "TB", "GB", "MB", "B"],
  seconds: ["h", "min", "s", "ms"],
  bytesPerSecond: ["Gbit/s", "Mbit/s", "MiB/s", "kbit/s", "B/s"],
  hertz: ["GHz", "MHz", "Hz"],
  fraction: ["%"],
};

/**
 * Writes a loaded scenario back as a scenario file (JSON text in human units) that loads to the
 * same scenario: a quantity is written in the most readable unit that reads back exactly, else
 * as a bare number in the base unit. The inventory is written inline; a platform whose hosts
 * are the inventory's is written `"hosts": "inventory"`.
 *
 * @example serializeScenario(await loadScenario("reference")) // '{ "schemaVersion": 1, … }'
 */
export function serializeScenario(scenario: Scenario): string {
  const { file: _file, inventorySource, inventory, source, target, ...rest } = scenario;
  const sameHosts = (hosts: unknown) => JSON.stringify(hosts) === JSON.stringify(inventory.hosts);
  const { schemaVersion: _version, ...fields } = rest;
  const document = {
    schemaVersion: SCENARIO_SCHEMA_VERSION,
    ...fields,
    inventory: {
      ...(inventorySource.synthetic === null ? {} : { synthetic: inventorySource.synthetic }),
      ...inventory,
    },
    source: { ...source, hosts: sameHosts(source.hosts) ? "inventory" : source.hosts },
    target: targetToFile(target, sameHosts),
  };
  return `${JSON.stringify(toFile(document), null, 2)}\n`;
}

/** The target as written: an auto-sized one keeps `"count": "auto"` on its host model. */
function targetToFile(target: Platform, sameHosts: (hosts: unknown) => boolean) {
  const { sizing, ...rest } = target;
  if (sizing !== undefined) return { ...rest, hosts: [{ ...sizing.model, count: "auto" }] };
  return { ...rest, hosts: sameHosts(rest.hosts) ? "inventory" : rest.hosts };
}

function toFile(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toFile);
  if (typeof value !== "object" || value === null) return value;
  if (isSourced(value)) return sourcedToFile(value, null);
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const suffix = SUFFIXES.find(([s]) => key.endsWith(s) && key.length > s.length);
    if (suffix === undefined) {
      out[key] = toFile(item);
      continue;
    }
    const [text, dimension] = suffix;
    const name = key.slice(0, -text.length);
    if (typeof item === "number") out[name] = human(item, dimension);
    else if (typeof item === "object" && item !== null && isSourced(item))
      out[name] = sourcedToFile(item, dimension);
    else out[name] = toFile(item);
  }
  return out;
}

interface SourcedLike {
  value: number;
  distribution: string;
  low: number;
  high: number;
  source: string | null;
  assumption: string | null;
  currency: string | null;
}

function isSourced(value: object): value is SourcedLike {
  const v = value as Record<string, unknown>;
  return typeof v.value === "number" && "source" in v && "assumption" in v && "low" in v;
}

function sourcedToFile(s: SourcedLike, dimension: Dimension | null): Record<string, unknown> {
  const q = (n: number) => (dimension === null ? n : human(n, dimension));
  return {
    value: q(s.value),
    ...(s.currency === null ? {} : { currency: s.currency }),
    ...(s.source === null ? {} : { source: s.source }),
    ...(s.assumption === null ? {} : { assumption: s.assumption }),
    ...(s.low === s.value ? {} : { low: q(s.low) }),
    ...(s.high === s.value ? {} : { high: q(s.high) }),
    ...(s.distribution === "fixed" ? {} : { distribution: s.distribution }),
  };
}

/** The shortest text in a human unit that reads back to exactly `value`, or `value` itself. */
function human(value: number, dimension: Dimension): string | number {
  let best: string | undefined;
  for (const unit of PREFERRED[dimension]) {
    const amount = Number((value / UNITS[dimension][unit]!).toPrecision(12));
    const text = `${amount} ${unit}`;
    const back = parseQuantity(text, dimension);
    if (back.ok && back.value === value && (best === undefined || text.length < best.length))
      best = text;
  }
  return best ?? value;
}
