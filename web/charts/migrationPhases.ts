import { scaleBand, select } from "d3";
import type { PhaseSpan } from "../../models/orchestration/simulateMigration.ts";
import { formatDuration } from "../../scenarios/format.ts";
import type { Parent } from "../sections/section.ts";
import { phaseLabel } from "../transforms/migrationVmRows.ts";
import { chartFrame } from "./chartFrame.ts";
import { legend } from "./legend.ts";
import {
  MIGRATION_CHART_WIDTH,
  type MigrationTime,
  timeAxis,
  timeBackground,
} from "./migrationTime.ts";
import { OVER_COLOR, seriesColor } from "./palette.ts";

const LANE = 22;

/**
 * The plan's phases as labelled lanes on the migration's shared time axis (link set-up,
 * preflight, context creation, data preparation, remediation, waves, validation), each bar
 * with its duration, the makespan and the limit marked.
 */
export function migrationPhases(
  parent: Parent,
  phases: readonly PhaseSpan[],
  time: MigrationTime,
): void {
  const margin = { top: 8, right: time.right, bottom: 46, left: time.left };
  const lanes = phases.slice(0, 12);
  const frame = chartFrame(parent, {
    id: "migration-phases",
    title: "Migration phases on the whole window",
    description: `${lanes
      .map(
        (p) =>
          `${phaseLabel(p.name)} from ${formatDuration(p.startSeconds)} to ${formatDuration(p.endSeconds)}`,
      )
      .join("; ")}; makespan ${formatDuration(time.makespanHours * 3600)}.`,
    width: MIGRATION_CHART_WIDTH,
    height: margin.top + margin.bottom + Math.max(1, lanes.length) * LANE,
    margin,
  });
  select(frame.svg.node()!.parentElement!).classed("migration-time", true);
  const { x } = time;
  const y = scaleBand<number>()
    .domain(lanes.map((_, i) => i))
    .range([0, frame.height])
    .padding(0.25);
  timeBackground(frame.plot, time, frame.height);
  const lane = frame.plot
    .append("g")
    .selectAll("g")
    .data(lanes)
    .join("g")
    .attr("class", (p) => `phase-lane phase-lane-${p.name}`);
  lane
    .append("text")
    .attr("class", "lane-label")
    .attr("x", -8)
    .attr("y", (_, i) => (y(i) ?? 0) + y.bandwidth() / 2)
    .attr("dy", "0.35em")
    .attr("text-anchor", "end")
    .text((p) => phaseLabel(p.name));
  lane
    .append("rect")
    .attr("class", "phase-bar")
    .attr("x", (p) => x(p.startSeconds / 3600))
    .attr("width", (p) => Math.max(2, x(p.endSeconds / 3600) - x(p.startSeconds / 3600)))
    .attr("y", (_, i) => y(i) ?? 0)
    .attr("height", y.bandwidth())
    .style("fill", (_, i) => seriesColor(i))
    .append("title")
    .text(
      (p) =>
        `${phaseLabel(p.name)}: ${formatDuration(p.startSeconds)} – ${formatDuration(p.endSeconds)} (${formatDuration(p.endSeconds - p.startSeconds)})`,
    );
  lane
    .append("text")
    .attr("class", "value phase-duration")
    .attr("y", (_, i) => (y(i) ?? 0) + y.bandwidth() / 2)
    .attr("dy", "0.35em")
    .each(function (p) {
      const end = x(p.endSeconds / 3600);
      const text = formatDuration(p.endSeconds - p.startSeconds);
      // right of the bar when there is room, else left of it
      const right = end + 4 + text.length * 7 < time.plotWidth;
      select(this)
        .attr("x", right ? end + 4 : x(p.startSeconds / 3600) - 4)
        .attr("text-anchor", right ? "start" : "end")
        .text(text);
    });
  const makespan = x(time.makespanHours);
  frame.plot
    .append("line")
    .attr("class", "makespan")
    .attr("x1", makespan)
    .attr("x2", makespan)
    .attr("y1", 0)
    .attr("y2", frame.height)
    .style("stroke", "#1b1f24")
    .style("stroke-width", 1.5);
  timeAxis(frame.plot, time, frame.height);
  legend(select(frame.svg.node()!.parentElement!), [
    ...lanes.map((p, i) => ({ label: phaseLabel(p.name), color: seriesColor(i) })),
    {
      label: `makespan ${formatDuration(time.makespanHours * 3600)}`,
      color: "#1b1f24",
      shape: "line" as const,
    },
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
}
