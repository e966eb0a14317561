import type { IncludedTerms } from "./includedScheme.ts";
import type { PerCoreTerms } from "./perCoreScheme.ts";
import type { PerCpuTerms } from "./perCpuScheme.ts";
import type { PerVmTerms } from "./perVmScheme.ts";
import type { RamPointsTerms } from "./ramPointsScheme.ts";

/** The terms of any licence scheme, told apart by `scheme` (prices in one currency). */
export type LicenceTerms = RamPointsTerms | PerCoreTerms | PerCpuTerms | PerVmTerms | IncludedTerms;
