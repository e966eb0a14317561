/** A VM as wave planning sees it. */
export interface WaveVm {
  /** VM name. */
  name: string;
  /** Group kept together in one wave (customer or application), or null. */
  group: string | null;
}

/** Options of {@link planWaves}. */
export interface WaveOptions {
  /** "group": a group's VMs share a wave; "none": VMs in inventory order. */
  groupBy: "group" | "none";
  /** Groups to move first, in this order; the others follow in order of first appearance. */
  order: readonly string[];
  /** Most VMs in one wave (a larger group is split); omitted: one wave per group. */
  maxVmsPerWave?: number;
}

/**
 * Splits VMs into migration waves (DESIGN.md phase 3): groups are kept together, listed groups
 * go first in their order, then the others in order of first appearance; ungrouped VMs form
 * one group. Small groups are packed into a wave while they fit `maxVmsPerWave`.
 * @returns VM names per wave, first wave first; every VM exactly once
 * @example planWaves([{ name: "a", group: "x" }, { name: "b", group: "y" }], { groupBy: "group", order: ["y"] })
 * // [["b"], ["a"]]
 */
export function planWaves(vms: readonly WaveVm[], options: WaveOptions): string[][] {
  const max = options.maxVmsPerWave ?? Number.POSITIVE_INFINITY;
  if (options.groupBy === "none")
    return chunk(
      vms.map((vm) => vm.name),
      max,
    );
  const groups = new Map<string, string[]>();
  for (const name of options.order) groups.set(name, []);
  for (const vm of vms) {
    const key = vm.group ?? "";
    const members = groups.get(key) ?? [];
    members.push(vm.name);
    groups.set(key, members);
  }
  const waves: string[][] = [];
  let current: string[] = [];
  for (const members of groups.values()) {
    if (members.length === 0) continue;
    if (options.maxVmsPerWave === undefined) {
      waves.push(members);
      continue;
    }
    if (current.length + members.length > max && current.length > 0) {
      waves.push(current);
      current = [];
    }
    for (const part of chunk(members, max)) {
      if (current.length + part.length > max) {
        waves.push(current);
        current = [];
      }
      for (const vm of part) current.push(vm);
    }
  }
  if (current.length > 0) waves.push(current);
  return waves;
}

function chunk(names: string[], size: number): string[][] {
  if (!Number.isFinite(size)) return names.length > 0 ? [names] : [];
  const parts: string[][] = [];
  for (let i = 0; i < names.length; i += size) parts.push(names.slice(i, i + size));
  return parts;
}
