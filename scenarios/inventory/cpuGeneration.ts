/**
 * CPU model patterns and the microarchitecture they denote, first match wins. Intel Xeon
 * Scalable numbers read `<tier><generation><SKU>`: Gold 6130 is 1st generation (Skylake),
 * Gold 6230 2nd (Cascade Lake), Platinum 8380 3rd (Ice Lake; the 4–8-socket 83xxH/HL parts are
 * Cooper Lake), Gold 6430 4th (Sapphire Rapids), Gold 6530 5th (Emerald Rapids). Xeon E5/E7
 * carry their generation as a suffix: no suffix Sandy Bridge, v2 Ivy Bridge, v3 Haswell, v4
 * Broadwell. AMD EPYC numbers end in their generation: 7xx1 Naples, 7xx2 Rome, 7xx3 Milan,
 * 9xx4 Genoa (97x4 Bergamo), 8xx4 Siena, 9xx5 Turin.
 * Sources: Intel ARK product pages and AMD EPYC product pages (model-number naming).
 */
export const CPU_GENERATIONS: readonly (readonly [RegExp, string])[] = [
  [/\b(?:Bronze|Silver|Gold|Platinum)\s+\d3\d\dHL?\b/i, "Cooper Lake"],
  [/\b(?:Bronze|Silver|Gold|Platinum)\s+\d1\d\d/i, "Skylake"],
  [/\b(?:Bronze|Silver|Gold|Platinum)\s+\d2\d\d/i, "Cascade Lake"],
  [/\b(?:Bronze|Silver|Gold|Platinum)\s+\d3\d\d/i, "Ice Lake"],
  [/\b(?:Bronze|Silver|Gold|Platinum)\s+\d4\d\d/i, "Sapphire Rapids"],
  [/\b(?:Bronze|Silver|Gold|Platinum)\s+\d5\d\d/i, "Emerald Rapids"],
  [/\bE[57]-\d{4}[A-Z]*\s*v4\b/i, "Broadwell"],
  [/\bE[57]-\d{4}[A-Z]*\s*v3\b/i, "Haswell"],
  [/\bE[57]-\d{4}[A-Z]*\s*v2\b/i, "Ivy Bridge"],
  [/\bE5-\d{4}[A-Z]*(?!\s*v\d)\b/i, "Sandy Bridge"],
  [/\bEPYC\s+7\d\d1/i, "Naples"],
  [/\bEPYC\s+7\d\d2/i, "Rome"],
  [/\bEPYC\s+7\d\d3/i, "Milan"],
  [/\bEPYC\s+97\d4/i, "Bergamo"],
  [/\bEPYC\s+9\d\d4/i, "Genoa"],
  [/\bEPYC\s+8\d\d4/i, "Siena"],
  [/\bEPYC\s+9\d\d5/i, "Turin"],
];

/**
 * The CPU generation (microarchitecture) of a host's CPU model string, as vCenter reports it,
 * from the {@link CPU_GENERATIONS} table; "unknown" when no pattern matches.
 *
 * @param cpuModel - e.g. "Intel(R) Xeon(R) Gold 6130 CPU @ 2.10GHz".
 * @returns e.g. "Skylake", or "unknown".
 * @example
 * cpuGeneration("Intel(R) Xeon(R) CPU E5-2680 v4 @ 2.40GHz") // "Broadwell"
 * cpuGeneration("AMD EPYC 7543 32-Core Processor") // "Milan"
 */
export function cpuGeneration(cpuModel: string): string {
  return CPU_GENERATIONS.find(([pattern]) => pattern.test(cpuModel))?.[1] ?? "unknown";
}
