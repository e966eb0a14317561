/**
 * Relative single-core throughput per clock (instructions per cycle, IPC) of server CPU
 * generations, normalised to Intel Skylake-SP = 1. A core's speed is this factor × its clock.
 *
 * ASSUMPTION, not a measurement of any host. The steps follow the vendors' own published
 * generational IPC claims, which are the usual planning figures:
 * - Broadwell → Skylake-SP ≈ +10% (Intel, Xeon Scalable launch, 2017);
 * - Cascade Lake and Cooper Lake reuse the Skylake core (same IPC; Intel, 2019);
 * - Ice Lake-SP (Sunny Cove) ≈ +18–20% IPC over Skylake (Intel Architecture Day 2018 / Ice Lake-SP launch, 2021);
 * - Sapphire Rapids (Golden Cove) ≈ +19% IPC over Sunny Cove (Intel Architecture Day 2021);
 * - Emerald Rapids uses the Raptor Cove core, ≈ Golden Cove IPC (Intel, 2023);
 * - Haswell ≈ +10% over Ivy Bridge, Ivy Bridge ≈ +5% over Sandy Bridge (Intel launch claims);
 * - Westmere ≈ −10% against Sandy Bridge (Intel, Sandy Bridge launch, 2011) — ASSUMPTION;
 * - Kaby Lake and Coffee Lake (E3 v6, Xeon E-21xx/22xx, W-12xx) reuse the Skylake core (Intel, 2017–2019);
 * - Rocket Lake (E-23xx, W-13xx; Cypress Cove, Sunny Cove back-ported) ≈ Ice Lake's IPC (Intel, 2021);
 * - Raptor Lake (E-24xx; Raptor Cove) ≈ Emerald Rapids' core;
 * - Granite Rapids (Xeon 6 P-cores, Redwood Cove) ≈ +2% over Raptor Cove — ASSUMPTION
 *   (Intel gives no single-core IPC claim; SPECrate2017_int per core per GHz of published
 *   Xeon 6980P results lands within a few % of 5th-gen parts);
 * - Sierra Forest (Xeon 6 E-cores, Crestmont) ≈ Skylake IPC −5% — ASSUMPTION (Intel: Gracemont
 *   ≈ Skylake IPC, Architecture Day 2021; Crestmont a few % more, but no hyper-threading);
 * - AMD EPYC by codename: Naples (Zen) ≈ −13% against Rome (Zen 2: +15% IPC, AMD 2019),
 *   Rome (Zen 2) ≈ Skylake IPC, Milan (Zen 3) +19% over Zen 2, Genoa, Bergamo and Siena
 *   (Zen 4 / 4c, the same core) +13% over Zen 3, Turin (Zen 5) +16% over Zen 4 (AMD launch claims).
 * Names are those of the inventory importer's table (scenarios/inventory/cpuGeneration.ts).
 * A host whose model it did not recognise has generation "unknown": {@link UNKNOWN_GENERATION_IPC}.
 * They are comparable in spirit to SPECrate2017_int per core per GHz ratios, which vary with
 * the workload by ±10%: use them for trends, not for sizing a purchase.
 */
export const GENERATION_IPC: Readonly<Record<string, number>> = {
  Westmere: 0.68,
  "Sandy Bridge": 0.75,
  "Ivy Bridge": 0.78,
  Haswell: 0.86,
  Broadwell: 0.91,
  Skylake: 1,
  "Cascade Lake": 1,
  "Cooper Lake": 1,
  "Ice Lake": 1.19,
  "Sapphire Rapids": 1.41,
  "Emerald Rapids": 1.43,
  "Kaby Lake": 1,
  "Coffee Lake": 1,
  "Rocket Lake": 1.19,
  "Raptor Lake": 1.43,
  "Granite Rapids": 1.46,
  "Sierra Forest": 0.95,
  Naples: 0.87,
  Rome: 1,
  Milan: 1.19,
  Genoa: 1.34,
  Bergamo: 1.34,
  Siena: 1.34,
  Turin: 1.56,
};

/**
 * Per-clock throughput taken for a host of generation "unknown" (a CPU model the importer did
 * not recognise): Skylake-SP's, so that its speed is its clock alone. ASSUMPTION, stated with a
 * warning by the importer; a scenario file can give the host's generation instead.
 */
export const UNKNOWN_GENERATION_IPC = 1;

/** True when {@link generationSpeed} knows the generation (case-insensitive). */
export function isKnownGeneration(generation: string): boolean {
  const wanted = generation.trim().toLowerCase();
  return Object.keys(GENERATION_IPC).some((k) => k.toLowerCase() === wanted);
}

/**
 * Speed of one core of a host relative to a reference core: IPC(generation) × clock, divided
 * by the same product for the reference (the assumption table {@link GENERATION_IPC}).
 *
 * @param generation CPU generation name, e.g. "Sapphire Rapids" (case-insensitive)
 * @param clockHz nominal clock, Hz
 * @param referenceGeneration generation of the reference core (where the profiles were measured)
 * @param referenceClockHz clock of the reference core, Hz
 * @returns a dimensionless factor; 1.5 means a request takes 1/1.5 of the reference CPU time
 * @throws RangeError when a generation is neither in the table nor "unknown" (the message lists
 *   the known ones)
 * @example
 * generationSpeed("Sapphire Rapids", 2.1e9, "Skylake", 2.2e9) // 1.41 × 2.1 / 2.2 ≈ 1.346
 */
export function generationSpeed(
  generation: string,
  clockHz: number,
  referenceGeneration: string,
  referenceClockHz: number,
): number {
  return (ipcOf(generation) * clockHz) / (ipcOf(referenceGeneration) * referenceClockHz);
}

function ipcOf(generation: string): number {
  if (generation.trim().toLowerCase() === "unknown") return UNKNOWN_GENERATION_IPC;
  const key = Object.keys(GENERATION_IPC).find(
    (k) => k.toLowerCase() === generation.trim().toLowerCase(),
  );
  const ipc = key === undefined ? undefined : GENERATION_IPC[key];
  if (ipc === undefined) {
    throw new RangeError(
      `unknown CPU generation "${generation}": expected one of ${Object.keys(GENERATION_IPC).join(", ")}`,
    );
  }
  return ipc;
}
