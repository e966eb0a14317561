import { describe, expect, it } from "vitest";
import { cpuGeneration } from "../../../scenarios/inventory/cpuGeneration.ts";

// Model strings as vCenter reports them; generations per Intel ARK and AMD product pages.
describe("cpuGeneration(cpuModel)", () => {
  for (const [model, generation] of [
    ["Intel(R) Xeon(R) CPU E5-2680 0 @ 2.70GHz", "Sandy Bridge"],
    ["Intel(R) Xeon(R) CPU E5-2670 v2 @ 2.50GHz", "Ivy Bridge"],
    ["Intel(R) Xeon(R) CPU E5-2690 v3 @ 2.60GHz", "Haswell"],
    ["Intel(R) Xeon(R) CPU E5-2680 v4 @ 2.40GHz", "Broadwell"],
    ["Intel(R) Xeon(R) CPU E7-8890 v4 @ 2.20GHz", "Broadwell"],
    ["Intel(R) Xeon(R) Silver 4114 CPU @ 2.20GHz", "Skylake"],
    ["Intel(R) Xeon(R) Gold 6130 CPU @ 2.10GHz", "Skylake"],
    ["Intel(R) Xeon(R) Platinum 8180 CPU @ 2.50GHz", "Skylake"],
    ["Intel(R) Xeon(R) Gold 6230R CPU @ 2.10GHz", "Cascade Lake"],
    ["Intel(R) Xeon(R) Silver 4214 CPU @ 2.20GHz", "Cascade Lake"],
    ["Intel(R) Xeon(R) Gold 6330 CPU @ 2.00GHz", "Ice Lake"],
    ["Intel(R) Xeon(R) Platinum 8380H CPU @ 2.90GHz", "Cooper Lake"],
    ["Intel(R) Xeon(R) Gold 6430", "Sapphire Rapids"],
    ["INTEL(R) XEON(R) GOLD 6530", "Emerald Rapids"],
    ["AMD EPYC 7551 32-Core Processor", "Naples"],
    ["AMD EPYC 7502P 32-Core Processor", "Rome"],
    ["AMD EPYC 7543 32-Core Processor", "Milan"],
    ["AMD EPYC 7773X 64-Core Processor", "Milan"],
    ["AMD EPYC 9654 96-Core Processor", "Genoa"],
    ["AMD EPYC 9754 128-Core Processor", "Bergamo"],
    ["AMD EPYC 8534P 64-Core Processor", "Siena"],
    ["AMD EPYC 9655 96-Core Processor", "Turin"],
    ["Intel(R) Core(TM) i7-8700 CPU @ 3.20GHz", "unknown"],
    ["", "unknown"],
  ] as const) {
    it(`reads "${model}" as ${generation}`, () => {
      expect(cpuGeneration(model)).toBe(generation);
    });
  }
});
