import { area, axisLeft, curveStepAfter, scaleLinear, stack } from "d3";
import type { Parent } from "../sections/section.ts";
import type { LinkUse } from "../transforms/linkUse.ts";
import { chartFrame } from "./chartFrame.ts";
import { legend } from "./legend.ts";
import {
  MIGRATION_CHART_WIDTH,
  type MigrationTime,
  scrollBox,
  timeAxis,
  timeBackground,
} from "./migrationTime.ts";
import { OVER_COLOR, seriesColor } from "./palette.ts";

/**
 * The inter-site link's use over time, stacked by kind of traffic, against its capacity, on
 * the migration's shared time axis (the same hours at the same place as the Gantt above).
 */
export function linkChart(parent: Parent, use: LinkUse, time: MigrationTime): void {
  const margin = { top: 12, right: time.right, bottom: 46, left: time.left };
  const frame = chartFrame(parent, {
    id: "link-use",
    title: "Inter-site link use by kind of traffic",
    description: `Rate used over time (Gbit/s) by ${use.kinds.join(" and ")}, against the effective capacity of ${use.capacityGbps.toFixed(1)} Gbit/s.`,
    width: MIGRATION_CHART_WIDTH,
    height: 220,
    margin,
  });
  const figure = scrollBox(frame.svg.node()!);
  figure.classed("migration-time", true);
  const points = [
    ...use.points,
    { hours: use.endHours, gbps: Object.fromEntries(use.kinds.map((k) => [k, 0])) },
  ];
  // unclamped: traffic outside a zoomed view runs off the plot and is clipped, not piled at its edge
  const x = time.x.copy().clamp(false);
  const y = scaleLinear()
    .domain([0, Math.max(use.capacityGbps * 1.1, 1e-9)])
    .range([frame.height, 0])
    .nice();
  const colorOf = new Map(use.kinds.map((k, i) => [k, seriesColor(i % 12)]));
  const layers = stack<(typeof points)[number]>()
    .keys(use.kinds)
    .value((p, k) => p.gbps[k] ?? 0)(points);
  const shape = area<[number, number] & { data: (typeof points)[number] }>()
    .curve(curveStepAfter)
    .x((d) => x(d.data.hours))
    .y0((d) => y(d[0]))
    .y1((d) => y(d[1]));
  timeBackground(frame.plot, time, frame.height);
  // zoomed on the waves, the traffic before and after is cut at the plot's edges
  frame.plot
    .append("clipPath")
    .attr("id", "link-use-clip")
    .append("rect")
    .attr("width", time.plotWidth)
    .attr("height", frame.height);
  frame.plot
    .append("g")
    .attr("clip-path", "url(#link-use-clip)")
    .selectAll("path.layer")
    .data(layers)
    .join("path")
    .attr("class", "layer")
    .style("fill", (d) => colorOf.get(d.key) ?? seriesColor(0))
    .attr("d", (d) => shape(d as never) ?? "")
    .append("title")
    .text((d) => d.key);
  frame.plot
    .append("line")
    .attr("class", "link-capacity")
    .attr("x1", 0)
    .attr("x2", time.plotWidth)
    .attr("y1", y(use.capacityGbps))
    .attr("y2", y(use.capacityGbps))
    .style("stroke", "#1b1f24")
    .style("stroke-dasharray", "2 2");
  // the switchovers (the stun moments) as a rug under the traffic
  frame.plot
    .append("g")
    .attr("class", "switchovers")
    .selectAll("line")
    .data(use.switchoverHours.filter((h) => h >= time.startHours && h <= time.endHours))
    .join("line")
    .attr("class", "switchover")
    .attr("x1", (h) => x(h))
    .attr("x2", (h) => x(h))
    .attr("y1", frame.height - 8)
    .attr("y2", frame.height)
    .style("stroke", "#1b1f24")
    .style("stroke-width", 1);
  timeAxis(frame.plot, time, frame.height);
  frame.plot.append("g").call(
    axisLeft(y)
      .ticks(4)
      .tickFormat((g) => `${g} Gbit/s`),
  );
  legend(figure, [
    ...use.kinds.map((kind) => ({
      label:
        kind === "vmotion"
          ? "memory (vMotion)"
          : kind === "storage"
            ? "disk data (pre-seeding, syncs, copies)"
            : kind,
      color: colorOf.get(kind) ?? seriesColor(0),
    })),
    ...(use.switchoverHours.length === 0
      ? []
      : [{ label: "switchover (a VM's stun)", color: "#1b1f24", shape: "line" as const }]),
    {
      label: `effective capacity ${use.capacityGbps.toFixed(1)} Gbit/s`,
      color: "#1b1f24",
      shape: "line",
    },
    ...(time.limitHours === null
      ? []
      : [{ label: "makespan limit", color: OVER_COLOR, shape: "line" as const }]),
  ]);
}
