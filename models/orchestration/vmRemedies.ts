import { mapped } from "../mapped.ts";
import {
  BLOCKER_REMEDIES,
  type RemediationTask,
  type Remedy,
  UNKNOWN_BLOCKER_REMEDY,
} from "./BLOCKER_REMEDIES.ts";
import type { PreflightFinding } from "./preflightFindings.ts";

/** The remedy one blocked VM takes. */
export interface VmRemedy {
  vm: string;
  remedy: Remedy;
  /** Its blocker codes, in the order preflight found them. */
  blockers: string[];
  /** The tasks it runs before its migration (none when excluded). */
  tasks: RemediationTask["name"][];
  /** Time of those tasks beyond the power cycle, seconds. */
  taskSeconds: number;
  /** One readable line: the blockers and why this remedy. */
  reason: string;
}

/** A scenario's choices over {@link BLOCKER_REMEDIES}. */
export interface RemedyChoices {
  /** Remedy by blocker code, overriding the table's. */
  remedies?: Readonly<Partial<Record<string, Remedy>>>;
  /** Task durations beyond the power cycle, seconds, overriding the table's. */
  taskSeconds?: Readonly<Partial<Record<RemediationTask["name"], number>>>;
}

const STRENGTH: Readonly<Record<Remedy, number>> = { remediate: 1, cold: 2, exclude: 3 };

/**
 * The remedy of each VM with a preflight blocker (BLOCKER_REMEDIES, with the scenario's
 * overrides): the strongest of its blockers' remedies (exclude, then cold, then remediate);
 * a migrated VM also runs the task of each of its "remediate" blockers before its migration.
 * Plan-wide findings (no VM) and warnings are ignored.
 * @returns one entry per blocked VM, in the order of its first blocker
 * @example vmRemedies([{ vm: "old", severity: "blocker", code: "hardware-version", message: "…" }])
 * // [{ vm: "old", remedy: "remediate", blockers: ["hardware-version"], tasks: ["hardwareVersionUpgrade"], taskSeconds: 600, reason: "…" }]
 */
export function vmRemedies(
  findings: readonly PreflightFinding[],
  choices: RemedyChoices = {},
): VmRemedy[] {
  const byVm = new Map<string, PreflightFinding[]>();
  for (const f of findings) {
    if (f.vm === null || f.severity !== "blocker") continue;
    const list = byVm.get(f.vm) ?? [];
    list.push(f);
    byVm.set(f.vm, list);
  }
  // mapped, not .map: arrays passed on keep one V8 map (see mapped)
  return mapped([...byVm], ([vm, blockers]) => {
    const rows = blockers.map((b) => BLOCKER_REMEDIES[b.code] ?? UNKNOWN_BLOCKER_REMEDY);
    const remedies = blockers.map((b, i) => choices.remedies?.[b.code] ?? rows[i]!.remedy);
    const remedy = remedies.reduce((a, b) => (STRENGTH[b] > STRENGTH[a] ? b : a));
    const tasks =
      remedy === "exclude"
        ? []
        : rows.flatMap((row, i) =>
            remedies[i] === "remediate" && row.task !== null ? [row.task] : [],
          );
    const reason = blockers
      .map((b, i) => `${b.code}: ${b.message} → ${remedies[i]} (${rows[i]!.reasoning})`)
      .join("; ");
    return {
      vm,
      remedy,
      blockers: blockers.map((b) => b.code),
      tasks: tasks.map((t) => t.name),
      taskSeconds: tasks.reduce((s, t) => s + (choices.taskSeconds?.[t.name] ?? t.seconds), 0),
      reason,
    };
  });
}
