/** A group whose VMs ran on both sites for a while. */
export interface SplitGroup {
  /** The group (customer or application). */
  group: string;
  /** When its first VM switched over to the target, seconds. */
  fromSeconds: number;
  /** When its last VM did, seconds. */
  toSeconds: number;
}

/**
 * When each group's tiers are split across the two sites during the move: from its first VM's
 * switchover to its last. While split, every call between its tiers crosses the inter-site link
 * and pays its RTT (FACTS.md, VMware HCX network extension: tiers split across sites pay the
 * inter-site RTT on every call between them). Groups moved at a single instant are left out.
 * @param vms each VM's group (null: no group) and switchover end time, seconds
 * @returns split groups in order of first appearance
 * @example splitGroups([{ group: "a", endSeconds: 10 }, { group: "a", endSeconds: 40 }])
 * // [{ group: "a", fromSeconds: 10, toSeconds: 40 }]
 */
export function splitGroups(
  vms: readonly { group: string | null; endSeconds: number }[],
): SplitGroup[] {
  const spans = new Map<string, SplitGroup>();
  for (const vm of vms) {
    if (vm.group === null) continue;
    const span = spans.get(vm.group);
    if (span === undefined) {
      spans.set(vm.group, {
        group: vm.group,
        fromSeconds: vm.endSeconds,
        toSeconds: vm.endSeconds,
      });
    } else {
      span.fromSeconds = Math.min(span.fromSeconds, vm.endSeconds);
      span.toSeconds = Math.max(span.toSeconds, vm.endSeconds);
    }
  }
  return [...spans.values()].filter((s) => s.toSeconds > s.fromSeconds);
}
