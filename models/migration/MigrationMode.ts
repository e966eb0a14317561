/**
 * How a migration mode moves one VM (FACTS.md, VMware HCX modes). Modes are data read by the
 * orchestration; a new mode is a new file registered in {@link MIGRATION_MODES}.
 */
export interface MigrationMode {
  /** Name in scenario files: "vmotion", "rav", "bulk", "cold". */
  readonly name: string;
  /** One migration at a time in all (HCX vMotion is supported one VM at a time). */
  readonly serial: boolean;
  /**
   * Disks are replicated ahead, in the data-preparation phase, in parallel with other VMs
   * (then a changed-block delta sync at switchover); false: the disks move inside the
   * migration itself, holding its slot.
   */
  readonly replicatesAhead: boolean;
  /**
   * Switchover: "live" = memory pre-copy and a stun (no reboot); "reboot" = the VM is shut
   * down at the source and booted at the target (bulk); "cold" = powered off for the whole copy.
   */
  readonly switchover: "live" | "reboot" | "cold";
}
