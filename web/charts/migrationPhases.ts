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
  scrollBox,
  textWidth,
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
    title: "Migration phases",
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
  const figure = scrollBox(frame.svg.node()!).classed("migration-time", true);
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
    .attr("display", (p) => (outside(p, time) === null ? null : "none"))
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
      const start = x(p.startSeconds / 3600);
      const end = x(p.endSeconds / 3600);
      const where = outside(p, time);
      const duration = formatDuration(p.endSeconds - p.startSeconds);
      if (where !== null) {
        select(this)
          .attr("x", where === "before" ? 4 : time.plotWidth - 4)
          .attr("text-anchor", where === "before" ? "start" : "end")
          .text(
            where === "before"
              ? `← ${duration}, before this view`
              : `${duration}, after this view →`,
          );
        return;
      }
      const text = duration;
      const width = textWidth(text, 10);
      // right of the bar when there is room, else left of it, else inside it
      const [at, anchor] =
        end + 4 + width < time.plotWidth
          ? [end + 4, "start"]
          : start - 4 - width > 0
            ? [start - 4, "end"]
            : [start + 4, "start"];
      select(this).attr("x", at).attr("text-anchor", anchor).text(text);
    });
  const makespan = x(time.makespanHours);
  frame.plot
    .append("line")
    .attr("display", time.makespanHours > time.endHours ? "none" : null)
    .attr("class", "makespan")
    .attr("x1", makespan)
    .attr("x2", makespan)
    .attr("y1", 0)
    .attr("y2", frame.height)
    .style("stroke", "#1b1f24")
    .style("stroke-width", 1.5);
  timeAxis(frame.plot, time, frame.height);
  legend(figure, [
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

/** Whether phase `p` lies wholly before or after the axis's view (zoomed), else null. */
function outside(p: PhaseSpan, time: MigrationTime): "before" | "after" | null {
  if (p.endSeconds / 3600 <= time.startHours) return "before";
  if (p.startSeconds / 3600 >= time.endHours) return "after";
  return null;
}
