/**
 * The smallest integer n in [lo, hi] for which `holds(n)` is true, for a `holds` that is
 * monotone (false up to some n, true from there on), searched from a first guess: down one by
 * one while the count below still holds, else up by doubling steps and then by bisection — a
 * handful of evaluations when the guess is close, O(log(hi − lo)) when it is not.
 *
 * @param guess where to start (clamped into [lo, hi])
 * @returns the count, or null when even `hi` does not hold
 * @example smallestCount(3, (n) => n * 10 >= 45, 1, 100) // 5
 */
export function smallestCount(
  guess: number,
  holds: (n: number) => boolean,
  lo: number,
  hi: number,
): number | null {
  let n = Math.min(hi, Math.max(lo, Math.ceil(guess)));
  if (holds(n)) {
    while (n > lo && holds(n - 1)) n--;
    return n;
  }
  let below = n;
  for (let step = 1; ; step *= 2) {
    if (n >= hi) return null;
    below = n;
    n = Math.min(hi, n + step);
    if (holds(n)) break;
  }
  while (n - below > 1) {
    const mid = Math.floor((below + n) / 2);
    if (holds(mid)) n = mid;
    else below = mid;
  }
  return n;
}
