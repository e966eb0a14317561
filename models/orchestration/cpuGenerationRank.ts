/**
 * CPU generations from oldest to newest, per vendor (Intel ARK and AMD EPYC product pages;
 * the same names as the inventory importer's table, plus the pre-2010 ones that EVC modes
 * name). EVC lets a VM move to a host of the same or a newer generation than the cluster's
 * baseline, never to an older one.
 *
 * ASSUMPTION: Intel's client-derived Xeons (Kaby Lake, Coffee Lake, Rocket Lake, Raptor Lake:
 * Xeon E3 v6, E-2xxx, W-1xxx) rank below Skylake-SP, since they lack its AVX-512 server feature
 * set (VMware KB 1003212 lists EVC modes by feature set, not by date); Sierra Forest
 * (E-cores, no AVX-512) ranks with them too.
 */
const GENERATIONS: readonly (readonly string[])[] = [
  [
    "Merom",
    "Penryn",
    "Nehalem",
    "Westmere",
    "Sandy Bridge",
    "Ivy Bridge",
    "Haswell",
    "Broadwell",
    "Kaby Lake",
    "Coffee Lake",
    "Rocket Lake",
    "Raptor Lake",
    "Sierra Forest",
    "Skylake",
    "Cascade Lake",
    "Cooper Lake",
    "Ice Lake",
    "Sapphire Rapids",
    "Emerald Rapids",
    "Granite Rapids",
  ],
  [
    "Rev E",
    "Rev F",
    "Greyhound",
    "Bulldozer",
    "Piledriver",
    "Steamroller",
    "Naples",
    "Rome",
    "Milan",
    "Genoa",
    "Bergamo",
    "Siena",
    "Turin",
  ],
];

/**
 * vSphere EVC mode keys (vInfo `min Required EVC Mode Key`, vHost `Current EVC` / `Max EVC`)
 * and the generation they stand for (VMware KB 1003212, "EVC and CPU compatibility FAQ").
 * AMD's Zen modes name the core: Zen = Naples, Zen 2 = Rome, Zen 3 = Milan, Zen 4 = Genoa.
 */
export const EVC_MODE_GENERATIONS: Readonly<Record<string, string>> = {
  "intel-merom": "Merom",
  "intel-penryn": "Penryn",
  "intel-nehalem": "Nehalem",
  "intel-westmere": "Westmere",
  "intel-sandybridge": "Sandy Bridge",
  "intel-ivybridge": "Ivy Bridge",
  "intel-haswell": "Haswell",
  "intel-broadwell": "Broadwell",
  "intel-skylake": "Skylake",
  "intel-cascadelake": "Cascade Lake",
  "intel-icelake": "Ice Lake",
  "intel-sapphirerapids": "Sapphire Rapids",
  "intel-emeraldrapids": "Emerald Rapids",
  "intel-graniterapids": "Granite Rapids",
  "amd-rev-e": "Rev E",
  "amd-rev-f": "Rev F",
  "amd-greyhound": "Greyhound",
  "amd-greyhound-no3dnow": "Greyhound",
  "amd-bulldozer": "Bulldozer",
  "amd-piledriver": "Piledriver",
  "amd-steamroller": "Steamroller",
  "amd-zen": "Naples",
  "amd-zen2": "Rome",
  "amd-zen3": "Milan",
  "amd-zen4": "Genoa",
};

/**
 * The vendor and rank of a CPU generation (higher = newer), or null when unknown.
 * @example cpuGenerationRank("Skylake") // { vendor: 0, rank: 13 }
 */
export function cpuGenerationRank(generation: string): { vendor: number; rank: number } | null {
  for (let vendor = 0; vendor < GENERATIONS.length; vendor++) {
    const rank = GENERATIONS[vendor]!.indexOf(generation);
    if (rank >= 0) return { vendor, rank };
  }
  return null;
}

/**
 * The generation an EVC mode key stands for ({@link EVC_MODE_GENERATIONS}), matched
 * case-insensitively; null for an empty or unknown key.
 * @example evcModeGeneration("intel-haswell") // "Haswell"
 */
export function evcModeGeneration(key: string | null | undefined): string | null {
  if (key === null || key === undefined) return null;
  return EVC_MODE_GENERATIONS[key.trim().toLowerCase()] ?? null;
}
