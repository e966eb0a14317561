/**
 * An inflation ratio for a message: inflated ÷ stored bytes, rounded, with "×".
 *
 * @param inflatedBytes - bytes once inflated.
 * @param storedBytes - compressed bytes; 0 gives "∞×".
 * @example formatInflateRatio(1_600_000_000, 1_552_000) // "1,031×"
 */
export function formatInflateRatio(inflatedBytes: number, storedBytes: number): string {
  return storedBytes === 0
    ? "∞×"
    : `${Math.round(inflatedBytes / storedBytes).toLocaleString("en-US")}×`;
}
