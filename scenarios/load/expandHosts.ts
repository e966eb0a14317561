import type { Host } from "../../models/Inventory.ts";
import type { ScenarioFile } from "../schema/scenarioSchema.ts";

type HostEntry = Extract<ScenarioFile["source"]["hosts"], unknown[]>[number];

/**
 * Turns host entries with a `count` into numbered hosts: `{ name: "vcf", count: 3 }` gives
 * vcf-01, vcf-02, vcf-03 (a count of 1 keeps the name).
 */
export function expandHosts(entries: readonly HostEntry[]): Host[] {
  return entries.flatMap(({ count, ...host }) => {
    if (count === 1) return [host];
    const width = Math.max(2, String(count).length);
    return Array.from({ length: count }, (_, i) => ({
      ...host,
      name: `${host.name}-${String(i + 1).padStart(width, "0")}`,
    }));
  });
}
