/**
 * Applies an override on a base scenario (for `"extends"`): objects merge key by key,
 * arrays and plain values replace, and an object with a `value` key (a sourced value)
 * replaces the base object whole, so that its source, low and high never mix with the base's.
 * Neither input is modified.
 *
 * @example
 * mergeScenario({ link: { bandwidth: "10 Gbit/s", rtt: "4 ms" } }, { link: { bandwidth: "1 Gbit/s" } })
 * // { link: { bandwidth: "1 Gbit/s", rtt: "4 ms" } }
 */
export function mergeScenario(base: unknown, override: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(override) || "value" in override) return override;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    merged[key] = key in base ? mergeScenario(base[key], value) : value;
  }
  return merged;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
