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

/** One wave of the Gantt chart: its VMs (by start), when its first move starts and its last ends. */
export interface GanttWave {
  wave: number;
  rows: GanttRow[];
  startHours: number;
  endHours: number;
  throttled: number;
  rebooted: number;
}

/** Gantt rows grouped by wave, waves in order (rows as {@link ganttRows} sorts them). */
export function ganttWaves(rows: readonly GanttRow[]): GanttWave[] {
  const byWave = new Map<number, GanttRow[]>();
  for (const row of rows) {
    const list = byWave.get(row.wave);
    if (list === undefined) byWave.set(row.wave, [row]);
    else list.push(row);
  }
  return [...byWave.entries()]
    .sort(([a], [b]) => a - b)
    .map(([wave, list]) => {
      let startHours = Number.POSITIVE_INFINITY;
      let endHours = Number.NEGATIVE_INFINITY;
      for (const r of list) {
        startHours = Math.min(startHours, r.startHours);
        endHours = Math.max(endHours, r.endHours);
      }
      return {
        wave,
        rows: list,
        startHours,
        endHours,
        throttled: list.filter((r) => r.throttled).length,
        rebooted: list.filter((r) => r.rebooted).length,
      };
    });
}
