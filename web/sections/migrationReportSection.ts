import { formatBytes, formatDuration, formatRate } from "../../scenarios/format.ts";
import type { SimulationResult } from "../../scenarios/result/SimulationResult.ts";
import { maxOf } from "../../sim/stats/extremes.ts";
import { ganttChart } from "../charts/ganttChart.ts";
import { linkChart } from "../charts/linkChart.ts";
import { migrationPhases } from "../charts/migrationPhases.ts";
import { migrationTime } from "../charts/migrationTime.ts";
import { ganttRows, ganttWaves } from "../transforms/ganttRows.ts";
import { linkUse } from "../transforms/linkUse.ts";
import { formatElapsed, migrationVmRows, phaseLabel } from "../transforms/migrationVmRows.ts";
import { toCsv } from "../transforms/toCsv.ts";
import { downloadButton } from "./downloadButton.ts";
import "./migrationPlan.css";
import { facts, type Parent, section, table } from "./section.ts";

/** Estates up to this many VMs show every VM at first; larger ones show the waves, closed. */
const OPEN_WAVES_UP_TO_VMS = 60;

const VM_HEADER = [
  "VM",
  "Wave",
  "Start (h:mm:ss)",
  "End (h:mm:ss)",
  "Duration (h:mm:ss)",
  "Rounds",
  "Bytes sent",
  "Stun",
  "Converged",
  "Throttled",
] as const;

/** The CSV's columns: numbers in base units, the unit in the header. */
const CSV_HEADER = [
  "VM",
  "Wave",
  "Start (s)",
  "End (s)",
  "Duration (s)",
  "Rounds",
  "Bytes sent (B)",
  "Stun (s)",
  "Converged",
  "Throttled",
] as const;

/** The move: phases and VMs on a timeline, the link's use, per-VM figures, preflight findings. */
export function migrationReportSection(parent: Parent, result: SimulationResult): void {
  const m = result.migration;
  const s = section(parent, "migration", "Migration");
  const throttled = m.vms.filter((v) => v.throttled).length;
  facts(s, [
    ["Makespan", `${formatDuration(m.makespanSeconds)} (mode ${m.mode})`],
    [
      "Link",
      `${formatRate(m.link.capacityBytesPerSecond)} effective; ${Object.entries(m.link.bytesByKind)
        .map(([k, b]) => `${formatBytes(b)} ${k}`)
        .join(", ")}`,
    ],
    ["Longest stun", formatDuration(Math.max(0, maxOf(m.vms.map((v) => v.downtimeSeconds))))],
    ["Throttled", `${throttled} of ${m.vms.length} VMs converged only by slowing the guest`],
    [
      "Preflight",
      m.preflight.length === 0 ? "no finding" : `${m.preflight.length} findings (below)`,
    ],
    ...blockedFacts(m.remedies),
  ]);
  // one time axis for the phases, the Gantt and the link: its left margin fits every label
  const waves = ganttWaves(ganttRows(result));
  const time = migrationTime(result, [
    ...m.vms.map((v) => v.id),
    ...waves.map((w) => `Wave ${w.wave} · ${w.rows.length} VMs`),
    ...m.phases.map((p) => phaseLabel(p.name)),
    "10.0 Gbit/s",
  ]);
  migrationPhases(s, m.phases, time);
  ganttChart(s, waves, time, m.vms.length <= OPEN_WAVES_UP_TO_VMS);
  linkChart(s, linkUse(result), time);
  if (m.preflight.length > 0) {
    table(
      s,
      "Preflight findings",
      ["VM", "Severity", "Check", "Finding"],
      m.preflight.map((f) => [f.vm ?? "", f.severity, f.code, f.message]),
    );
  }
  const blocked = [
    ...m.vms
      .filter((v) => v.remedy !== undefined && v.remedy !== "none")
      .map((v) => [
        v.id,
        v.remedy === "cold" ? "cold migration (a reboot)" : "remediated before its wave (a reboot)",
        v.remediationSeconds > 0 ? formatDuration(v.remediationSeconds) : "",
        formatDuration(v.downtimeSeconds),
      ]),
    ...(m.excluded ?? []).map((e) => [e.vm, `excluded: ${e.reason}`, "", ""]),
  ];
  if (blocked.length > 0) {
    table(
      s,
      "VMs with preflight blockers: the remedy each took",
      ["VM", "Remedy", "Remediation outage", "Switchover outage"],
      blocked,
    ).attr("class", "remedies");
  }
  const vmRows = migrationVmRows(result);
  const rows = vmRows.map((v) => [
    v.vm,
    String(v.wave),
    formatElapsed(v.startSeconds),
    formatElapsed(v.endSeconds),
    formatElapsed(v.durationSeconds),
    String(v.rounds),
    formatBytes(v.transferredBytes),
    formatDuration(v.downtimeSeconds),
    v.converged ? "yes" : "no",
    v.throttled ? "yes" : "no",
  ]);
  const csvRows = vmRows.map((v) => [
    v.vm,
    v.wave,
    v.startSeconds,
    v.endSeconds,
    v.durationSeconds,
    v.rounds,
    v.transferredBytes,
    v.downtimeSeconds,
    v.converged ? "yes" : "no",
    v.throttled ? "yes" : "no",
  ]);
  downloadButton(
    s,
    "Download VMs as CSV",
    `${result.scenario.name}-migration.csv`,
    "text/csv",
    () => toCsv(CSV_HEADER, csvRows),
  );
  table(
    s,
    "Each VM's move by wave, then start: when (from the start of link set-up), how long, pre-copy rounds, bytes, stun",
    VM_HEADER,
    rows,
  ).attr("class", "vms");
}

/**
 * Facts on the VMs with preflight blockers, when there are any: how many took which remedy
 * (older results have no `remedies`: nothing to say).
 */
function blockedFacts(
  remedies: SimulationResult["migration"]["remedies"] | undefined,
): [string, string][] {
  if (remedies === undefined || remedies.remediate + remedies.cold + remedies.exclude === 0)
    return [];
  return [
    [
      "Blocked VMs",
      `${remedies.remediate} remediated before their wave, ${remedies.cold} moved cold (a reboot each), ` +
        `${remedies.exclude} excluded (not migrated, below)`,
    ],
  ];
}
