import type { PlacementRule } from "./PlacementRule.ts";

/**
 * The names of the rules a placement breaks. Unplaced VMs break nothing.
 *
 * @param hostOf VM name → host name
 * @example
 * placementViolations({ a: "h1", b: "h1" }, [{ name: "apart", kind: "antiAffinity", vms: ["a", "b"] }]) // ["apart"]
 */
export function placementViolations(
  hostOf: Readonly<Record<string, string>>,
  rules: readonly PlacementRule[],
): string[] {
  return rules
    .filter((rule) => {
      const hosts = rule.vms.map((vm) => hostOf[vm]).filter((h) => h !== undefined);
      const distinct = new Set(hosts).size;
      return rule.kind === "affinity" ? distinct > 1 : distinct < hosts.length;
    })
    .map((rule) => rule.name);
}
