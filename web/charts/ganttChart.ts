import { axisBottom, max, min, scaleBand, scaleLinear } from "d3";
import type { Parent } from "../sections/section.ts";
import type { GanttRow } from "../transforms/ganttRows.ts";
import { chartFrame } from "./chartFrame.ts";

/**
 * The migration as a Gantt chart: one bar per VM from the start of its move to its
 * switchover, grouped by wave; a tick at each switchover; throttled VMs marked.
 */
export function ganttChart(
  parent: Parent,
  rows: readonly GanttRow[],
  phases: { name: string; startHours: number; endHours: number }[],
): void {
  const rowHeight = 12;
  const margin = { top: 28, right: 20, bottom: 36, left: 170 };
  const height = margin.top + margin.bottom + Math.max(1, rows.length) * rowHeight;
  const frame = chartFrame(parent, {
    id: "migration-gantt",
    title: "Migration timeline by wave (the waves, zoomed in)",
    description: `${rows.length} VMs moved; bars run from the start of each VM's move to its switchover, in hours from the start of the migration; the strip above shows the phases.`,
    width: 960,
    height,
    margin,
  });
  // zoom on the moves themselves: set-up and validation phases would squeeze them to slivers
  const first = min(rows, (r) => r.startHours) ?? 0;
  const last = max(rows, (r) => r.endHours) ?? 1;
  const pad = Math.max((last - first) * 0.04, 1 / 60);
  const x = scaleLinear()
    .domain([Math.max(0, first - pad), last + pad])
    .range([0, frame.width])
    .clamp(true);
  const y = scaleBand<string>()
    .domain(rows.map((r) => r.vm))
    .range([0, frame.height])
    .padding(0.2);
  const plot = frame.plot;
  plot
    .append("g")
    .attr("class", "phases")
    .selectAll("rect")
    .data(phases)
    .join("rect")
    .attr("x", (p) => x(p.startHours))
    .attr("width", (p) => Math.max(1, x(p.endHours) - x(p.startHours)))
    .attr("y", -22)
    .attr("height", 14)
    .attr("class", (p) => `phase phase-${p.name}`)
    .append("title")
    .text((p) => `${p.name}: ${p.startHours.toFixed(1)} h – ${p.endHours.toFixed(1)} h`);
  const bar = plot.append("g").selectAll("g").data(rows).join("g");
  bar
    .append("rect")
    .attr("class", (r) => (r.throttled ? "bar throttled" : `bar wave-${r.wave % 6}`))
    .attr("x", (r) => x(r.startHours))
    .attr("y", (r) => y(r.vm) ?? 0)
    .attr("width", (r) => Math.max(1, x(r.endHours) - x(r.startHours)))
    .attr("height", y.bandwidth())
    .append("title")
    .text(
      (r) =>
        `${r.vm} (wave ${r.wave}): ${r.startHours.toFixed(2)} h – ${r.endHours.toFixed(2)} h, stun ${r.downtimeMs.toFixed(0)} ms${r.throttled ? ", throttled to converge" : ""}${r.rebooted ? ", rebooted" : ""}`,
    );
  bar
    .append("line")
    .attr("class", "switchover")
    .attr("x1", (r) => x(r.endHours))
    .attr("x2", (r) => x(r.endHours))
    .attr("y1", (r) => (y(r.vm) ?? 0) - 1)
    .attr("y2", (r) => (y(r.vm) ?? 0) + y.bandwidth() + 1);
  bar
    .append("text")
    .attr("class", "label")
    .attr("x", -6)
    .attr("y", (r) => (y(r.vm) ?? 0) + y.bandwidth() / 2)
    .attr("dy", "0.35em")
    .attr("text-anchor", "end")
    .text((r) => r.vm);
  plot
    .append("g")
    .attr("transform", `translate(0,${frame.height})`)
    .call(axisBottom(x).tickFormat((h) => `${Number(h).toFixed(1)} h`));
}
