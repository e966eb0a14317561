/** What one simulated migration programme produced, with the wall time it took. */
export interface MigrationRun {
  /** Wall-clock seconds of the simulation (inputs built beforehand, untimed). */
  wallSeconds: number;
  /** Simulated makespan, seconds: link set-up to the end of validation. */
  makespanSeconds: number;
  /** Length of the waves phase (data preparation overlaps it), seconds. */
  wavesSeconds: number;
  /** Bytes the inter-site link carried as "storage" flows (seeds and delta syncs). */
  storageBytes: number;
  /** VMs with a result. */
  migratedVms: number;
}

/**
 * One migration programme to time: the reference scenario through `migrationSection`, or a
 * synthetic provider-scale programme through `simulateMigration`. A new programme is a new
 * file implementing this.
 */
export interface MigrationProgramme {
  /** Name for tables. */
  readonly name: string;
  /** VMs to move. */
  readonly vms: number;
  /** Customers (groups kept in one wave). */
  readonly groups: number;
  /** Migration waves. */
  readonly waves: number;
  /** Used disk to pre-seed before switchover, bytes (0 when the mode does not pre-seed). */
  readonly preseedBytes: number;
  /**
   * Simulates the whole programme once.
   * @throws Error when the model does (invalid inputs)
   */
  run(): MigrationRun;
}

/**
 * What is wrong with a run of a programme of `vms` VMs with `preseedBytes` to pre-seed: a VM
 * without a result, or a link that carried less than the volume to pre-seed; "" when neither.
 */
export function programmeProblem(
  vms: number,
  preseedBytes: number,
  run: Pick<MigrationRun, "migratedVms" | "storageBytes">,
): string {
  if (run.migratedVms !== vms) return `${run.migratedVms} of ${vms} VMs migrated`;
  if (run.storageBytes < preseedBytes * (1 - 1e-9)) {
    return `link carried ${run.storageBytes} storage bytes for ${preseedBytes} to pre-seed`;
  }
  return "";
}
