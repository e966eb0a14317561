import { formatBytes, formatDuration, formatRate } from "../../scenarios/format.ts";
import type { SimulationResult } from "../../scenarios/result/SimulationResult.ts";
import { maxOf } from "../../sim/stats/extremes.ts";
import { ganttChart } from "../charts/ganttChart.ts";
import { linkChart } from "../charts/linkChart.ts";
import { migrationPhases } from "../charts/migrationPhases.ts";
import { migrationTime, syncScroll, wavesWindow } from "../charts/migrationTime.ts";
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
  migrationTimeline(s, result);
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

/**
 * The phases, the Gantt and the link on one time axis, with a choice of view: the whole window
 * (0 to the limit, the default) or zoomed on the waves; all three redraw together, waves left
 * open stay open.
 */
function migrationTimeline(s: Parent, result: SimulationResult): void {
  const m = result.migration;
  const waves = ganttWaves(ganttRows(result));
  const labels = [
    ...m.vms.map((v) => v.id),
    ...waves.map((w) => `Wave ${w.wave} · ${w.rows.length} VMs`),
    ...m.phases.map((p) => phaseLabel(p.name)),
    "10.0 Gbit/s",
  ];
  const zoom = wavesWindow(result);
  const controls = s.append("fieldset").attr("class", "migration-view");
  controls.append("legend").text("Time axis of the three charts below");
  const views = [
    {
      value: "window",
      label: `Whole window (0 to ${formatDuration(migrationTime(result, []).endHours * 3600)})`,
    },
    {
      value: "waves",
      label: `The waves only (${formatElapsed(zoom[0] * 3600)} to ${formatElapsed(zoom[1] * 3600)})`,
    },
  ];
  const option = controls.selectAll("label").data(views).join("label");
  option
    .append("input")
    .attr("type", "radio")
    .attr("name", "migration-view")
    .attr("value", (v) => v.value)
    .property("checked", (v) => v.value === "window");
  option.append("span").text((v) => ` ${v.label}`);
  const box = s.append("div").attr("class", "migration-plan") as unknown as Parent;
  const draw = (zoomed: boolean, open: (wave: number) => boolean) => {
    box.selectAll("*").remove();
    const time = migrationTime(result, labels, zoomed ? zoom : undefined);
    migrationPhases(box, m.phases, time);
    ganttChart(box, waves, time, open);
    linkChart(box, linkUse(result), time);
    syncScroll(box.node()!);
  };
  draw(false, () => m.vms.length <= OPEN_WAVES_UP_TO_VMS);
  controls.selectAll<HTMLInputElement, unknown>("input").on("change", function () {
    const opened = new Set(
      box
        .selectAll<HTMLDetailsElement, unknown>("details.gantt-wave[open]")
        .nodes()
        .map((d) => Number(d.dataset.wave)),
    );
    draw(this.value === "waves", (wave) => opened.has(wave));
  });
}
