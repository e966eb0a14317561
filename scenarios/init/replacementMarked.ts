/** Prefix of an assumption `cutover init` copied from the reference case: a guess to replace. */
export const REPLACE_PREFIX = "REPLACE (reference case's assumption): ";

/** Prefix of a cited figure `cutover init` copied from the reference case: to check. */
export const CHECK_PREFIX = "CHECK (public figure the reference case uses): ";

/**
 * A copy of raw scenario JSON in which every sourced value (an object with a `value` and an
 * `assumption` or a `source`) has its text prefixed: an assumption with {@link REPLACE_PREFIX}
 * (the reference case guessed it for a web agency; it says nothing about the user's estate), a
 * source with {@link CHECK_PREFIX} (a public list price or licence rule: likely right, yet the
 * user's contract may differ). The prefix lives in the text, so the file still validates, and
 * the run's list of assumptions and the report show which values were never replaced. Arrays
 * and other values are copied as they are.
 *
 * @param json raw scenario JSON (a subtree: `costs`, `link`)
 * @returns the marked copy; `json` is not changed
 * @example replacementMarked({ value: 9, assumption: "provider price" })
 * // { value: 9, assumption: "REPLACE (reference case's assumption): provider price" }
 */
export function replacementMarked(json: unknown): unknown {
  if (Array.isArray(json)) return json.map(replacementMarked);
  if (json === null || typeof json !== "object") return json;
  const object = json as Record<string, unknown>;
  const sourced = "value" in object;
  return Object.fromEntries(
    Object.entries(object).map(([key, value]) => {
      if (sourced && key === "assumption" && typeof value === "string")
        return [key, `${REPLACE_PREFIX}${value}`];
      if (sourced && key === "source" && typeof value === "string")
        return [key, `${CHECK_PREFIX}${value}`];
      return [key, replacementMarked(value)];
    }),
  );
}
