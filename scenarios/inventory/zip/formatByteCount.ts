const KIB = 1024;
const MIB = 1024 * 1024;

/**
 * A byte count for a message: exact under 1 KiB (1,023 is "1,023 bytes"), else in KiB or MiB with up to one decimal.
 * Browser-safe.
 *
 * @param bytes - a count of bytes, ≥ 0.
 * @returns e.g. "512 bytes", "100 KiB", "1,526.4 MiB".
 * @example formatByteCount(1_600_000_000) // "1,525.9 MiB"
 */
export function formatByteCount(bytes: number): string {
  if (bytes < KIB) return `${bytes.toLocaleString("en-US")} byte${bytes === 1 ? "" : "s"}`;
  const [value, unit] = bytes < MIB ? [bytes / KIB, "KiB"] : [bytes / MIB, "MiB"];
  return `${value.toLocaleString("en-US", { maximumFractionDigits: 1 })} ${unit}`;
}
