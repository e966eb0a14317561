import { includedScheme } from "./includedScheme.ts";
import type { LicenceScheme } from "./LicenceScheme.ts";
import type { LicenceTerms } from "./LicenceTerms.ts";
import { perCoreScheme } from "./perCoreScheme.ts";
import { perCpuScheme } from "./perCpuScheme.ts";
import { perVmScheme } from "./perVmScheme.ts";
import { ramPointsScheme } from "./ramPointsScheme.ts";

/** Every licence scheme by name: the registry `licenceCost` looks terms up in. */
export const licenceSchemes: {
  readonly [N in LicenceTerms["scheme"]]: LicenceScheme<Extract<LicenceTerms, { scheme: N }>>;
} = {
  "ram-points": ramPointsScheme,
  "per-core": perCoreScheme,
  "per-cpu": perCpuScheme,
  "per-vm": perVmScheme,
  included: includedScheme,
};
