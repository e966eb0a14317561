import { formatBytes, formatDuration, formatRate } from "../../scenarios/format.ts";
import type { SimulationResult } from "../../scenarios/result/SimulationResult.ts";
import { maxOf } from "../../sim/stats/extremes.ts";
import { ganttChart } from "../charts/ganttChart.ts";
import { linkChart } from "../charts/linkChart.ts";
import { ganttRows } from "../transforms/ganttRows.ts";
import { linkUse } from "../transforms/linkUse.ts";
import { toCsv } from "../transforms/toCsv.ts";
import { downloadButton } from "./downloadButton.ts";
import { facts, type Parent, section, table } from "./section.ts";

const VM_HEADER = [
  "VM",
  "Wave",
  "Start",
  "End",
  "Rounds",
  "Bytes sent",
  "Stun",
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
  ganttChart(
    s,
    ganttRows(result),
    m.phases.map((p) => ({
      name: p.name,
      startHours: p.startSeconds / 3600,
      endHours: p.endSeconds / 3600,
    })),
  );
  linkChart(s, linkUse(result));
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
  const rows = m.vms.map((v) => [
    v.id,
    String(v.wave),
    formatDuration(v.startSeconds),
    formatDuration(v.endSeconds),
    String(v.rounds),
    formatBytes(v.transferredBytes),
    formatDuration(v.downtimeSeconds),
    v.converged ? "yes" : "no",
    v.throttled ? "yes" : "no",
  ]);
  downloadButton(
    s,
    "Download VMs as CSV",
    `${result.scenario.name}-migration.csv`,
    "text/csv",
    () => toCsv(VM_HEADER, rows),
  );
  table(s, "Each VM's move: when, how many pre-copy rounds, bytes, stun", VM_HEADER, rows).attr(
    "class",
    "vms",
  );
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
