import { axisTop, type Selection, select } from "d3";
import { formatDuration } from "../../scenarios/format.ts";
import type { Parent } from "../sections/section.ts";
import type { GanttRow, GanttWave } from "../transforms/ganttRows.ts";
import { formatElapsed } from "../transforms/migrationVmRows.ts";
import { legend } from "./legend.ts";
import {
  hourTick,
  hourTicks,
  MIGRATION_CHART_WIDTH,
  type MigrationTime,
  textWidth,
  timeBackground,
} from "./migrationTime.ts";
import { OVER_COLOR, seriesColor } from "./palette.ts";

const WAVE_ROW = 24;
const VM_ROW = 15;
const MOVE_COLOR = seriesColor(0);
const THROTTLED_COLOR = seriesColor(1);
const REBOOTED_COLOR = seriesColor(3);
const SWITCHOVER_COLOR = "#1b1f24";

type Svg = Selection<SVGSVGElement, unknown, null, undefined>;

/**
 * The migration as a Gantt chart on the shared time axis: one labelled band per wave (its VM
 * count, first start to last switchover, a tick at each switchover), which opens (a native
 * `<details>`) onto one bar per VM from the start of its move to its switchover, the stun
 * moment marked. Waves start open when the estate is small (`expanded`), closed otherwise.
 * Names are SVG text sized to the shared left margin: a name wider than it is squeezed to fit
 * (textLength), never cut.
 */
export function ganttChart(
  parent: Parent,
  waves: readonly GanttWave[],
  time: MigrationTime,
  expanded: (wave: number) => boolean,
): void {
  const vms = waves.reduce((n, w) => n + w.rows.length, 0);
  const title = "Migration timeline by wave";
  const description = `${vms} VMs in ${waves.length} waves from ${formatDuration(time.startHours * 3600)} to ${formatDuration(time.endHours * 3600)}: ${waves
    .map(
      (w) =>
        `wave ${w.wave}, ${w.rows.length} VMs, ${formatElapsed(w.startHours * 3600)} to ${formatElapsed(w.endHours * 3600)}`,
    )
    .join("; ")}.`;
  const figure = parent
    .append("figure")
    .attr("class", "chart migration-time gantt")
    .attr("id", "migration-gantt");
  const controls = figure.append("div").attr("class", "gantt-controls");
  controls
    .append("button")
    .attr("type", "button")
    .text("Open every wave")
    .on("click", () => figure.selectAll("details.gantt-wave").attr("open", ""));
  controls
    .append("button")
    .attr("type", "button")
    .text("Close every wave")
    .on("click", () => figure.selectAll("details.gantt-wave").attr("open", null));
  // the header: the hours axis over the rows, the chart's accessible name and description
  const scroll = figure.append("div").attr("class", "migration-scroll") as unknown as Selection<
    HTMLElement,
    unknown,
    null,
    undefined
  >;
  const header = svgOf(scroll, 34)
    .attr("role", "img")
    .attr("aria-label", `${title}. ${description}`);
  header.append("title").text(title);
  header.append("desc").text(description);
  const top = plotOf(header, time, 26);
  timeBackground(top, time, 8);
  top
    .append("g")
    .attr("class", "time-axis")
    .call(
      axisTop(time.x)
        .tickValues(hourTicks(time.startHours, time.endHours))
        .tickFormat((h) => hourTick(Number(h))),
    );
  const list = scroll.append("div").attr("class", "gantt-waves");
  for (const w of waves) waveRow(list, w, time, expanded(w.wave));
  legend(figure as never, [
    { label: "wave: first start to last switchover", color: MOVE_COLOR, shape: "band" },
    { label: "a VM's move, start to switchover", color: MOVE_COLOR },
    { label: "throttled to converge", color: THROTTLED_COLOR },
    { label: "rebooted (cold or remediated)", color: REBOOTED_COLOR },
    { label: "switchover (the stun)", color: SWITCHOVER_COLOR, shape: "line" },
    ...(time.limitHours === null
      ? []
      : [
          {
            label: `limit ${formatDuration(time.limitHours * 3600)} (maximum)`,
            color: OVER_COLOR,
            shape: "line" as const,
          },
        ]),
  ]);
  figure
    .append("figcaption")
    .text(
      `${title}: ${vms} VMs in ${waves.length} waves; open a wave to see its VMs. Times are from the start of link set-up.`,
    );
}

function svgOf(parent: Selection<HTMLElement, unknown, null, undefined>, height: number): Svg {
  return parent
    .append("svg")
    .attr("xmlns", "http://www.w3.org/2000/svg")
    .attr("viewBox", `0 0 ${MIGRATION_CHART_WIDTH} ${height}`)
    .attr("width", "100%") as Svg;
}

function plotOf(svg: Svg, time: MigrationTime, top: number) {
  return svg.append("g").attr("transform", `translate(${time.left},${top})`);
}

function waveRow(
  list: Selection<HTMLDivElement, unknown, null, undefined>,
  w: GanttWave,
  time: MigrationTime,
  expanded: boolean,
): void {
  const { x } = time;
  const count = `${w.rows.length} VM${w.rows.length === 1 ? "" : "s"}`;
  const span = `${formatElapsed(w.startHours * 3600)} → ${formatElapsed(w.endHours * 3600)} (${formatDuration((w.endHours - w.startHours) * 3600)})`;
  const details = list
    .append("details")
    .attr("class", "gantt-wave")
    .attr("data-wave", w.wave)
    .attr("data-vms", w.rows.length)
    .attr("open", expanded ? "" : null);
  const summary = details.append("summary");
  summary.append("span").attr("class", "visually-hidden").text(`Wave ${w.wave}: ${count}, ${span}`);
  const svg = svgOf(summary as never, WAVE_ROW)
    .attr("class", "gantt-wave-row")
    .attr("aria-hidden", "true");
  const plot = plotOf(svg, time, 0);
  timeBackground(plot, time, WAVE_ROW);
  plot
    .append("text")
    .attr("class", "wave-marker")
    .attr("x", -time.left + 4)
    .attr("y", WAVE_ROW / 2)
    .attr("dy", "0.35em")
    .text("▸");
  label(plot, `Wave ${w.wave} · ${count}`, WAVE_ROW / 2, time).attr("class", "wave-label");
  const start = x(w.startHours);
  const width = Math.max(3, x(w.endHours) - start);
  plot
    .append("rect")
    .attr("class", "wave-band")
    .attr("x", start)
    .attr("width", width)
    .attr("y", 3)
    .attr("height", WAVE_ROW - 6)
    .style("fill", MOVE_COLOR)
    .style("fill-opacity", 0.35)
    .style("stroke", MOVE_COLOR)
    .append("title")
    .text(`Wave ${w.wave}: ${count}, ${span}`);
  plot
    .append("g")
    .attr("class", "switchovers")
    .selectAll("line")
    .data(w.rows)
    .join("line")
    .attr("class", "switchover")
    .attr("x1", (r) => x(r.endHours))
    .attr("x2", (r) => x(r.endHours))
    .attr("y1", 5)
    .attr("y2", WAVE_ROW - 5)
    .style("stroke", SWITCHOVER_COLOR)
    .style("stroke-width", 1);
  const note = `${span}${w.throttled > 0 ? `, ${w.throttled} throttled` : ""}${w.rebooted > 0 ? `, ${w.rebooted} rebooted` : ""}`;
  const room = time.plotWidth - (start + width) - 6;
  plot
    .append("text")
    .attr("class", "value wave-span")
    .attr("y", WAVE_ROW / 2)
    .attr("dy", "0.35em")
    .attr("x", room > textWidth(note, 10) ? start + width + 6 : start - 6)
    .attr("text-anchor", room > textWidth(note, 10) ? "start" : "end")
    .text(note);
  const body = svgOf(details as never, w.rows.length * VM_ROW + 6)
    .attr("class", "gantt-vms")
    .attr("aria-hidden", "true");
  const rows = plotOf(body, time, 3);
  timeBackground(rows, time, w.rows.length * VM_ROW);
  const row = rows
    .selectAll("g.vm")
    .data(w.rows)
    .join("g")
    .attr("class", "vm")
    .attr("transform", (_, i) => `translate(0,${i * VM_ROW})`);
  row.each(function (r) {
    label(select(this) as never, r.vm, VM_ROW / 2, time).attr("class", "vm-label");
  });
  row
    .append("rect")
    .attr("class", "bar")
    .attr("x", (r) => x(r.startHours))
    .attr("width", (r) => Math.max(2, x(r.endHours) - x(r.startHours)))
    .attr("y", 2)
    .attr("height", VM_ROW - 4)
    .style("fill", colorOf)
    .append("title")
    .text(
      (r) =>
        `${r.vm} (wave ${r.wave}): ${formatElapsed(r.startHours * 3600)} → ${formatElapsed(r.endHours * 3600)} (${formatDuration((r.endHours - r.startHours) * 3600)}), stun ${formatDuration(r.downtimeMs / 1000)}${r.throttled ? ", throttled to converge" : ""}${r.rebooted ? ", rebooted" : ""}`,
    );
  row
    .append("line")
    .attr("class", "switchover")
    .attr("x1", (r) => x(r.endHours))
    .attr("x2", (r) => x(r.endHours))
    .attr("y1", 0)
    .attr("y2", VM_ROW)
    .style("stroke", SWITCHOVER_COLOR)
    .style("stroke-width", 1.5);
}

function colorOf(r: GanttRow): string {
  if (r.rebooted) return REBOOTED_COLOR;
  if (r.throttled) return THROTTLED_COLOR;
  return MOVE_COLOR;
}

/** A row label right-aligned in the left margin; squeezed (not cut) when wider than it. */
function label(
  parent: Selection<SVGGElement, unknown, null, undefined>,
  text: string,
  y: number,
  time: MigrationTime,
) {
  const t = parent
    .append("text")
    .attr("x", -8)
    .attr("y", y)
    .attr("dy", "0.35em")
    .attr("text-anchor", "end")
    .text(text);
  if (textWidth(text) > time.labelWidth)
    t.attr("textLength", time.labelWidth).attr("lengthAdjust", "spacingAndGlyphs");
  return t;
}
