/** A VM as the freeze list sees it. */
export interface FreezeVm {
  name: string;
  /** Customer or application group, or null. */
  group: string | null;
  /** Snapshots, or null when not reported. */
  snapshotCount: number | null;
  /** A CD/DVD or floppy image connected, or null when not reported. */
  connectedMedia: boolean | null;
}

/** A VM that must not change during the move, and why. */
export interface FrozenVm {
  vm: string;
  /** "listed" (named in the plan), "group:<name>" (its group listed), "snapshots", "connected-media". */
  reasons: string[];
}

/**
 * The freeze list of DESIGN.md phase 1: the VMs that must not change during the move and so
 * are not migrated in this plan — those named in `freeze` (a VM name or a group name), and
 * those with snapshots or a connected CD/DVD image, which block vMotion until they are fixed
 * (consolidated, disconnected). Unknown (null) snapshot or media fields do not freeze a VM.
 * @param freeze VM or group names listed by the plan
 * @returns the frozen VMs in inventory order, each with its reasons
 * @example freezeList([{ name: "db", group: "a", snapshotCount: 2, connectedMedia: false }], ["a"])
 * // [{ vm: "db", reasons: ["group:a", "snapshots"] }]
 */
export function freezeList(vms: readonly FreezeVm[], freeze: readonly string[]): FrozenVm[] {
  const listed = new Set(freeze);
  return vms.flatMap((vm) => {
    const reasons: string[] = [];
    if (listed.has(vm.name)) reasons.push("listed");
    if (vm.group !== null && listed.has(vm.group)) reasons.push(`group:${vm.group}`);
    if (vm.snapshotCount !== null && vm.snapshotCount > 0) reasons.push("snapshots");
    if (vm.connectedMedia === true) reasons.push("connected-media");
    return reasons.length === 0 ? [] : [{ vm: vm.name, reasons }];
  });
}
