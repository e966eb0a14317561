/**
 * CPU generations from oldest to newest, per vendor (Intel ARK and AMD EPYC product pages;
 * the same names as the inventory importer's table). EVC lets a VM move to a host of the same
 * or a newer generation than the cluster's baseline, never to an older one.
 */
const GENERATIONS: readonly (readonly string[])[] = [
  [
    "Sandy Bridge",
    "Ivy Bridge",
    "Haswell",
    "Broadwell",
    "Skylake",
    "Cascade Lake",
    "Cooper Lake",
    "Ice Lake",
    "Sapphire Rapids",
    "Emerald Rapids",
  ],
  ["Naples", "Rome", "Milan", "Genoa", "Bergamo", "Siena", "Turin"],
];

/**
 * The vendor and rank of a CPU generation (higher = newer), or null when unknown.
 * @example cpuGenerationRank("Skylake") // { vendor: 0, rank: 4 }
 */
export function cpuGenerationRank(generation: string): { vendor: number; rank: number } | null {
  for (let vendor = 0; vendor < GENERATIONS.length; vendor++) {
    const rank = GENERATIONS[vendor]!.indexOf(generation);
    if (rank >= 0) return { vendor, rank };
  }
  return null;
}
