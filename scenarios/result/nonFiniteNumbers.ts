/**
 * The paths in a result (a `SimulationResult`, an estimate, any JSON-like value) that hold a
 * number that is not finite (NaN anywhere; ±Infinity, which JSON prints as null, where null is
 * not allowed), or a null where the contract does not allow one. Paths are dotted with list indices: `migration.vms[3].endSeconds`.
 * `nullable` lists the paths that may be null, with `[]` for any list item and `*` for any key:
 * `cost.sensitivity.breakEven[].vsBeforeLicenceChange`, `forecast.exhaustedMonth.*`.
 *
 * A pure walk: loops, not recursion over a spread, so it takes results of 100,000 VMs.
 *
 * @example
 * nonFiniteNumbers({ a: 1, b: [2, Number.NaN], c: null }, ["c"]) // ["b[1]"]
 */
export function nonFiniteNumbers(value: unknown, nullable: readonly string[] = []): string[] {
  const allowed = nullable.map((pattern) => pattern.split(/\.|(?=\[\])/));
  const found: string[] = [];
  const stack: { node: unknown; path: string; pattern: string[] }[] = [
    { node: value, path: "", pattern: [] },
  ];
  while (stack.length > 0) {
    const { node, path, pattern } = stack.pop()!;
    if (node === null || node === undefined) {
      if (!allowed.some((p) => matches(p, pattern))) found.push(path);
    } else if (typeof node === "number") {
      // ±Infinity is what JSON writes as null: allowed where null is (an unbounded response
      // time, say), never NaN.
      const unbounded = !Number.isNaN(node) && allowed.some((p) => matches(p, pattern));
      if (!Number.isFinite(node) && !unbounded) found.push(path);
    } else if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) {
        stack.push({ node: node[i], path: `${path}[${i}]`, pattern: [...pattern, "[]"] });
      }
    } else if (typeof node === "object") {
      const entries = Object.entries(node);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i]!;
        stack.push({
          node: child,
          path: path === "" ? key : `${path}.${key}`,
          pattern: [...pattern, key],
        });
      }
    }
  }
  return found;
}

function matches(pattern: readonly string[], path: readonly string[]): boolean {
  return (
    pattern.length === path.length &&
    pattern.every((part, i) => part === path[i] || (part === "*" && path[i] !== "[]"))
  );
}
