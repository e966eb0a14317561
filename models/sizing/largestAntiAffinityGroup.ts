import type { PlacementRule } from "../platform/PlacementRule.ts";

/**
 * The number of VMs of the largest anti-affinity rule (each on a different host), 0 when there
 * is none.
 *
 * @example largestAntiAffinityGroup([{ name: "web", kind: "antiAffinity", vms: ["a", "b", "c"] }]) // 3
 */
export function largestAntiAffinityGroup(rules: readonly PlacementRule[]): number {
  let largest = 0;
  for (const rule of rules) {
    if (rule.kind === "antiAffinity") largest = Math.max(largest, new Set(rule.vms).size);
  }
  return largest;
}
