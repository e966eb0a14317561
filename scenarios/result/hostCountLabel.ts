import type { HostSizing } from "../../models/sizing/hostSizing.ts";
import type { SizingResource } from "../../models/sizing/SizingResource.ts";

/** How each sizing resource is named to a reader. */
const RESOURCE_NAMES: Readonly<Record<SizingResource, string>> = {
  cpu: "CPU",
  memory: "memory",
  vcpu: "vCPU:core",
  placement: "placement",
  antiAffinity: "anti-affinity",
  ha: "HA",
};

/** A sizing resource as a reader reads it: "CPU", "memory", "vCPU:core", "anti-affinity"… */
export function sizingResourceName(resource: SizingResource): string {
  return RESOURCE_NAMES[resource];
}

/**
 * A platform's host count for the summary and the report, saying when it was sized for the
 * estate and which resource decided it.
 *
 * @example hostCountLabel(4, { binding: "memory", … }) // "4 hosts (auto-sized: memory binding)"
 * @example hostCountLabel(8, null) // "8 hosts"
 */
export function hostCountLabel(
  hostCount: number,
  sizing: Pick<HostSizing, "binding"> | null | undefined,
): string {
  const hosts = `${hostCount} host${hostCount === 1 ? "" : "s"}`;
  return sizing == null
    ? hosts
    : `${hosts} (auto-sized: ${sizingResourceName(sizing.binding)} binding)`;
}
