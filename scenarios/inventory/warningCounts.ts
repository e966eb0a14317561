import type { ImportWarning, ImportWarningCode } from "./ImportWarning.ts";

/**
 * How many warnings of each code, codes in order of first appearance. Pure; a loop, so it takes
 * the 100,000 warnings of a large export.
 *
 * @example
 * warningCounts([{ code: "row-no-name", … }, { code: "host-unlisted", … }, { code: "row-no-name", … }])
 * // { "row-no-name": 2, "host-unlisted": 1 }
 */
export function warningCounts(
  warnings: readonly ImportWarning[],
): Partial<Record<ImportWarningCode, number>> {
  const counts: Partial<Record<ImportWarningCode, number>> = {};
  for (const warning of warnings) counts[warning.code] = (counts[warning.code] ?? 0) + 1;
  return counts;
}

/**
 * One line saying how many warnings of what: "warnings: 5 (3 of row-no-name, 2 of
 * host-unlisted)", or "warnings: none".
 *
 * @param counts - warnings by code, as {@link warningCounts} gives them.
 * @example
 * warningCountsLine({ "row-no-name": 3, "host-unlisted": 2 }) // "warnings: 5 (3 of row-no-name, 2 of host-unlisted)"
 */
export function warningCountsLine(counts: Partial<Record<ImportWarningCode, number>>): string {
  const entries = Object.entries(counts) as [ImportWarningCode, number][];
  const total = entries.reduce((n, [, k]) => n + k, 0);
  if (total === 0) return "warnings: none";
  return `warnings: ${total} (${entries.map(([code, k]) => `${k} of ${code}`).join(", ")})`;
}
