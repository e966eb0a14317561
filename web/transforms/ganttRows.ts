import type { SimulationResult } from "../../scenarios/result/SimulationResult.ts";

/** One bar of the migration Gantt chart: a VM's move, its wave and its switchover. */
export interface GanttRow {
  vm: string;
  wave: number;
  /** Hours from the start of the migration. */
  startHours: number;
  endHours: number;
  /** Stun at switchover, milliseconds. */
  downtimeMs: number;
  throttled: boolean;
  rebooted: boolean;
}

/** The migration's VMs as Gantt rows, by wave then start time. */
export function ganttRows(result: SimulationResult): GanttRow[] {
  return result.migration.vms
    .map((v) => ({
      vm: v.id,
      wave: v.wave,
      startHours: v.startSeconds / 3600,
      endHours: v.endSeconds / 3600,
      downtimeMs: v.downtimeSeconds * 1000,
      throttled: v.throttled,
      rebooted: v.rebooted,
    }))
    .sort((a, b) => a.wave - b.wave || a.startHours - b.startHours || a.vm.localeCompare(b.vm));
}
