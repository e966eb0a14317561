import type { SimulationResult } from "../../scenarios/result/SimulationResult.ts";

/** One VM's move as the VM table and its CSV show it: numbers in base units (s, B). */
export interface MigrationVmRow {
  vm: string;
  wave: number;
  startSeconds: number;
  endSeconds: number;
  durationSeconds: number;
  rounds: number;
  transferredBytes: number;
  downtimeSeconds: number;
  converged: boolean;
  throttled: boolean;
}

/** The migrated VMs by wave, then start, then end, then name (the order they move in). */
export function migrationVmRows(result: SimulationResult): MigrationVmRow[] {
  return result.migration.vms
    .map((v) => ({
      vm: v.id,
      wave: v.wave,
      startSeconds: v.startSeconds,
      endSeconds: v.endSeconds,
      durationSeconds: v.endSeconds - v.startSeconds,
      rounds: v.rounds,
      transferredBytes: v.transferredBytes,
      downtimeSeconds: v.downtimeSeconds,
      converged: v.converged,
      throttled: v.throttled,
    }))
    .sort(
      (a, b) =>
        a.wave - b.wave ||
        a.startSeconds - b.startSeconds ||
        a.endSeconds - b.endSeconds ||
        a.vm.localeCompare(b.vm),
    );
}

/**
 * Elapsed time from the start of the plan as h:mm:ss ("13:36:05", "0:02:10"), to the second,
 * so that a two-minute move never reads as one instant; negative values get a minus sign.
 */
export function formatElapsed(seconds: number): string {
  if (!Number.isFinite(seconds)) return "—";
  const whole = Math.round(Math.abs(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${seconds < 0 && whole > 0 ? "−" : ""}${h}:${pad(m)}:${pad(s)}`;
}

/** The migration's phase names as a reader says them ("data-preparation" → "Data preparation"). */
export function phaseLabel(name: string): string {
  const known: Record<string, string> = {
    "link-setup": "Link set-up",
    preflight: "Preflight",
    "context-creation": "Context creation",
    "data-preparation": "Data preparation",
    remediation: "Remediation",
    waves: "Waves",
    validation: "Validation",
  };
  const label = known[name];
  if (label !== undefined) return label;
  const words = name.replaceAll(/[-_]+/g, " ").trim();
  return words.length === 0 ? name : `${words[0]!.toUpperCase()}${words.slice(1)}`;
}
