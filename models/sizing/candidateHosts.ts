import type { Host } from "../Inventory.ts";

/**
 * `count` hosts of one model, named as a scenario's `count` names them: `vcf` × 3 gives
 * vcf-01, vcf-02, vcf-03 (at least two digits; a count of 1 keeps the name).
 *
 * @example candidateHosts(model, 3).map((h) => h.name) // ["vcf-01", "vcf-02", "vcf-03"]
 */
export function candidateHosts(model: Host, count: number): Host[] {
  if (count === 1) return [model];
  const width = Math.max(2, String(count).length);
  return Array.from({ length: count }, (_, i) => ({
    ...model,
    name: `${model.name}-${String(i + 1).padStart(width, "0")}`,
  }));
}
