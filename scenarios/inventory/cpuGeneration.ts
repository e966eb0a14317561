/**
 * CPU model patterns and the microarchitecture they denote, first match wins; matched
 * case-insensitively, so vCenter's upper-case spellings (`INTEL(R) XEON(R) GOLD 6526Y`) read as
 * the mixed-case ones. Sources: Intel ARK product pages (processor-number naming of each family)
 * and AMD EPYC product pages (model-number naming):
 * - Xeon Scalable numbers read `<tier><generation><SKU>`: Gold 6130 is 1st generation (Skylake),
 *   6230 2nd (Cascade Lake), 6330 3rd (Ice Lake; the 4–8-socket 83xxH/HL parts are Cooper
 *   Lake), 6430 4th (Sapphire Rapids), 6530 5th (Emerald Rapids). Xeon 6 (2024) drops the tier:
 *   `Xeon 6980P` (P-cores, Granite Rapids), `Xeon 6780E` (E-cores, Sierra Forest).
 * - Xeon E3/E5/E7 carry their generation as a suffix: none Sandy Bridge (E7 with none:
 *   Westmere-EX), v2 Ivy Bridge, v3 Haswell, v4 Broadwell; E3 v5 Skylake, v6 Kaby Lake.
 * - Xeon E-21xx/E-22xx Coffee Lake, E-23xx Rocket Lake, E-24xx Raptor Lake.
 * - Xeon D-15xx Broadwell-DE, D-21xx Skylake-D, D-17xx/D-18xx/D-27xx/D-28xx Ice Lake-D.
 * - Xeon W-21xx/W-31xx Skylake-W, W-22xx/W-32xx Cascade Lake-W, W-33xx Ice Lake-W, W-12xx
 *   Comet Lake (the Coffee Lake core), W-13xx Rocket Lake, w3/w5/w7/w9-2400/3400 and 2500/3500
 *   Sapphire Rapids; Xeon CPU Max 94xx Sapphire Rapids.
 * - AMD EPYC numbers end in their generation: 7xx1 Naples, 7xx2 Rome, 7xx3 Milan, 9xx4 Genoa
 *   (97x4 Bergamo), 8xx4 Siena, 4xx4 Raphael (Zen 4, taken as Genoa), 9xx5 Turin, 4xx5 Grado
 *   (Zen 5, taken as Turin); 3xx1 embedded (Zen, taken as Naples).
 */
export const CPU_GENERATIONS: readonly (readonly [RegExp, string])[] = [
  [/\bXeon(?:\(R\))?\s+6\d{3}P\b/i, "Granite Rapids"],
  [/\bXeon(?:\(R\))?\s+6\d{3}E\b/i, "Sierra Forest"],
  [/\bXeon(?:\(R\))?\s+(?:CPU\s+)?Max\s+94\d\d/i, "Sapphire Rapids"],
  [/\b(?:Bronze|Silver|Gold|Platinum)\s+\d3\d\dHL?\b/i, "Cooper Lake"],
  [/\b(?:Bronze|Silver|Gold|Platinum)\s+\d1\d\d/i, "Skylake"],
  [/\b(?:Bronze|Silver|Gold|Platinum)\s+\d2\d\d/i, "Cascade Lake"],
  [/\b(?:Bronze|Silver|Gold|Platinum)\s+\d3\d\d/i, "Ice Lake"],
  [/\b(?:Bronze|Silver|Gold|Platinum)\s+\d4\d\d/i, "Sapphire Rapids"],
  [/\b(?:Bronze|Silver|Gold|Platinum)\s+\d5\d\d/i, "Emerald Rapids"],
  [/\bE[357]-\d{4}[A-Z]*\s*v6\b/i, "Kaby Lake"],
  [/\bE[357]-\d{4}[A-Z]*\s*v5\b/i, "Skylake"],
  [/\bE[357]-\d{4}[A-Z]*\s*v4\b/i, "Broadwell"],
  [/\bE[357]-\d{4}[A-Z]*\s*v3\b/i, "Haswell"],
  [/\bE[357]-\d{4}[A-Z]*\s*v2\b/i, "Ivy Bridge"],
  [/\bE[35]-\d{4}[A-Z]*(?!\s*v\d)\b/i, "Sandy Bridge"],
  [/\bE7-\d{4}[A-Z]*(?!\s*v\d)\b/i, "Westmere"],
  [/\bE-2[12]\d\d[A-Z]*\b/i, "Coffee Lake"],
  [/\bE-23\d\d[A-Z]*\b/i, "Rocket Lake"],
  [/\bE-24\d\d[A-Z]*\b/i, "Raptor Lake"],
  [/\bD-15\d\d/i, "Broadwell"],
  [/\bD-21\d\d/i, "Skylake"],
  [/\bD-(?:17|18|27|28)\d\d/i, "Ice Lake"],
  [/\bW-[23]1\d\d/i, "Skylake"],
  [/\bW-[23]2\d\d/i, "Cascade Lake"],
  [/\bW-33\d\d/i, "Ice Lake"],
  [/\bW-12\d\d/i, "Coffee Lake"],
  [/\bW-13\d\d/i, "Rocket Lake"],
  [/\bw[3579]-[23][45]\d\d/i, "Sapphire Rapids"],
  [/\bEPYC\s+[37]\d\d1/i, "Naples"],
  [/\bEPYC\s+7\d\d2/i, "Rome"],
  [/\bEPYC\s+7\d\d3/i, "Milan"],
  [/\bEPYC\s+97\d4/i, "Bergamo"],
  [/\bEPYC\s+[49]\d\d4/i, "Genoa"],
  [/\bEPYC\s+8\d\d4/i, "Siena"],
  [/\bEPYC\s+[49]\d\d5/i, "Turin"],
];

/** The generation of a CPU model that no pattern of {@link CPU_GENERATIONS} matches. */
export const UNKNOWN_GENERATION = "unknown";

/**
 * The CPU generation (microarchitecture) of a host's CPU model string, as vCenter reports it,
 * from the {@link CPU_GENERATIONS} table; {@link UNKNOWN_GENERATION} when no pattern matches
 * (the importer warns, and the models take the host's clock alone: see generationSpeed).
 *
 * @param cpuModel - e.g. "Intel(R) Xeon(R) Gold 6130 CPU @ 2.10GHz".
 * @returns e.g. "Skylake", or "unknown".
 * @example
 * cpuGeneration("Intel(R) Xeon(R) CPU E5-2680 v4 @ 2.40GHz") // "Broadwell"
 * cpuGeneration("INTEL(R) XEON(R) GOLD 6526Y") // "Emerald Rapids"
 * cpuGeneration("AMD EPYC 7543 32-Core Processor") // "Milan"
 */
export function cpuGeneration(cpuModel: string): string {
  return CPU_GENERATIONS.find(([pattern]) => pattern.test(cpuModel))?.[1] ?? UNKNOWN_GENERATION;
}
