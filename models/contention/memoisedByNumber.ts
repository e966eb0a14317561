/**
 * A pure computation of one number, memoised by that exact number: a call with a number seen
 * before returns the value computed then, which is what computing again would give. Keys are
 * told apart as Object.is does (−0 is not +0; NaN finds NaN), so even a sign of zero cannot
 * leak from one call into another. Unbounded: make one per computation (e.g. per host's week,
 * whose hourly traffic levels repeat from weekday to weekday), not one for the program.
 * `context` is handed to `compute` when it runs (e.g. the step where the number was first
 * seen); what it returns must not depend on it beyond what the number determines.
 *
 * @example
 * const demandAt = memoisedByNumber((level) => vms.reduce((s, vm) => s + vm.vcpu * level, 0));
 * levels.map(demandAt) // the sum once per distinct level
 */
export function memoisedByNumber<T, C = void>(
  compute: (x: number, context: C) => T,
): (x: number, context: C) => T {
  const values = new Map<number, T>();
  let negativeZero: { value: T } | undefined;
  return (x, context) => {
    if (Object.is(x, -0)) {
      negativeZero ??= { value: compute(x, context) };
      return negativeZero.value;
    }
    const known = values.get(x);
    if (known !== undefined || values.has(x)) return known as T;
    const value = compute(x, context);
    values.set(x, value);
    return value;
  };
}
