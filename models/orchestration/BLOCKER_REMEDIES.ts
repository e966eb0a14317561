/**
 * What a migration plan does with a VM that cannot move live as it is:
 * - "cold": power off, move, power on at the target (a reboot; its outage is the cold move);
 * - "remediate": a task at the source before its migration (a power cycle plus the task's own
 *   time: a reboot), then a live migration as the plan's other VMs;
 * - "exclude": not migrated in this plan; listed with the reason.
 */
export type Remedy = "cold" | "remediate" | "exclude";

/** A task a remediation runs before the VM's migration (beyond its power cycle). */
export interface RemediationTask {
  /** The field of `migration.remedies` that overrides its duration, without the unit suffix. */
  name: "evcChange" | "hardwareVersionUpgrade";
  /** Default duration of the task beyond the power cycle, seconds. */
  seconds: number;
  /** Why the default is what it is (no VMware figure in FACTS.md). */
  assumption: string;
}

/** One row of {@link BLOCKER_REMEDIES}. */
export interface BlockerRemedy {
  /** The default remedy (`migration.remedies.<code>` overrides it). */
  remedy: Remedy;
  /** The task a "remediate" remedy runs; null: remediation is a power cycle alone. */
  task: RemediationTask | null;
  /** Why this remedy, with a source or marked "assumption: …". */
  reasoning: string;
}

/**
 * The remedy of each preflight blocker (preflightFindings codes), with its reasoning. Connected
 * media and snapshots are not here: the freeze list holds those VMs at the source (DESIGN.md
 * phase 1, see freezeList), which is their exclusion with a reason. The plan-wide "rtt"
 * blocker concerns every VM, not one: it is a choice of migration mode, not a remedy.
 * A VM with several blockers takes the strongest remedy (exclude, then cold, then remediate),
 * and runs the tasks of all its "remediate" blockers.
 */
export const BLOCKER_REMEDIES: Readonly<Record<string, BlockerRemedy>> = {
  evc: {
    remedy: "remediate",
    task: {
      name: "evcChange",
      seconds: 0,
      assumption:
        "setting a per-VM EVC mode at the target's baseline takes effect at the next power-on: the change is a power cycle, no time beyond the reboot",
    },
    reasoning:
      "assumption: the VM's CPU features are newer than the target's EVC baseline, so vMotion is refused; a per-VM EVC mode masking them down to the baseline (set while the VM is powered off) lets it move live afterwards — one power cycle at the source, before its wave",
  },
  "evc.vendor": {
    remedy: "cold",
    task: null,
    reasoning:
      "assumption: no EVC mode spans Intel and AMD, so no remediation makes the VM movable live; it is powered off, moved, and powered on at the target",
  },
  "hardware-version": {
    remedy: "remediate",
    task: {
      name: "hardwareVersionUpgrade",
      seconds: 600,
      assumption:
        "upgrading the virtual hardware (VMware Tools first, then the compatibility level) takes about 10 min per VM besides its power cycle",
    },
    reasoning:
      "assumption: a hardware version below the target's minimum is upgraded at the source while the VM is powered off (a power cycle), then the VM moves live",
  },
  "per-vm-limit.vcpu": {
    remedy: "exclude",
    task: null,
    reasoning:
      "assumption: a VM with more vCPU than the target's per-VM limit (12 on the shared offer, FACTS.md) fits no target host as it is; resizing it is its owner's decision, not a migration step",
  },
  "per-vm-limit.memory": {
    remedy: "exclude",
    task: null,
    reasoning:
      "assumption: a VM with more memory than the target's per-VM limit (128 GB on the shared offer, FACTS.md) fits no target host as it is; resizing it is its owner's decision",
  },
  "per-vm-limit.disk": {
    remedy: "exclude",
    task: null,
    reasoning:
      "assumption: a VM with more disk than the target's per-VM limit (1.5 TB on the shared offer, FACTS.md) fits no target as it is; splitting or shrinking its disks is its owner's work",
  },
};

/** The remedy of a blocker code the table does not know: not migrated, and said why. */
export const UNKNOWN_BLOCKER_REMEDY: BlockerRemedy = {
  remedy: "exclude",
  task: null,
  reasoning: "assumption: no remedy is known for this blocker, so the VM is left at the source",
};
