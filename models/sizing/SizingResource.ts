/**
 * What can decide how many hosts a target needs:
 * - `cpu`: peak CPU demand (the tenant's, plus other tenants' share of every host) with the
 *   failures tolerated (HA N+k, percentage policy);
 * - `memory`: granted memory ÷ the allowed memory overcommit, with the failures tolerated;
 * - `vcpu`: the overcommit policy's vCPU:core limit on the hosts that run;
 * - `placement`: first-fit decreasing placement of every VM under the overcommit policy and the
 *   rules (bin packing leaves gaps the totals do not see);
 * - `antiAffinity`: the largest anti-affinity group, with the failures tolerated;
 * - `ha`: one host beyond the failures tolerated (a cluster that can lose k hosts has k + 1).
 */
export type SizingResource = "cpu" | "memory" | "vcpu" | "placement" | "antiAffinity" | "ha";

/** The resources in the order ties are broken when naming the binding one. */
export const SIZING_RESOURCES: readonly SizingResource[] = [
  "cpu",
  "memory",
  "vcpu",
  "placement",
  "antiAffinity",
  "ha",
];
