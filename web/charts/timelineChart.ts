import { scaleBand, scaleLinear } from "d3";
import { formatPercent } from "../../scenarios/format.ts";
import type { Parent } from "../sections/section.ts";
import type { RunOutMarker } from "../transforms/runOutMarkers.ts";
import { chartFrame, monthAxis } from "./chartFrame.ts";

/**
 * A timeline of markers over the forecast's months: one row per resource with a marker at the
 * month it runs out (or a note that it does not within the horizon), and the host additions.
 */
export function timelineChart(
  parent: Parent,
  markers: readonly RunOutMarker[],
  months: number,
): void {
  const rows = [...new Set(markers.map((m) => m.row))];
  const frame = chartFrame(parent, {
    id: "forecast-runout",
    title: "When each resource runs out",
    description: `Months 0 to ${months} on today's hosts: ${markers.map((m) => `${m.row} ${m.label}`).join("; ")}.`,
    width: 960,
    height: 60 + rows.length * 30,
    margin: { top: 10, right: 220, bottom: 44, left: 300 },
  });
  const x = scaleLinear().domain([0, months]).range([0, frame.width]);
  const y = scaleBand<string>().domain(rows).range([0, frame.height]).padding(0.3);
  const mid = (m: RunOutMarker) => (y(m.row) ?? 0) + y.bandwidth() / 2;
  frame.plot
    .selectAll("line.track")
    .data(rows)
    .join("line")
    .attr("class", "track")
    .attr("stroke", "#d0d7de")
    .attr("x1", 0)
    .attr("x2", frame.width)
    .attr("y1", (r) => (y(r) ?? 0) + y.bandwidth() / 2)
    .attr("y2", (r) => (y(r) ?? 0) + y.bandwidth() / 2);
  frame.plot
    .selectAll("text.row")
    .data(rows)
    .join("text")
    .attr("class", "row")
    .attr("x", -8)
    .attr("y", (r) => (y(r) ?? 0) + y.bandwidth() / 2)
    .attr("dy", "0.35em")
    .attr("text-anchor", "end")
    .text((r) => {
      const used = markers.find((m) => m.row === r)?.usedTodayFraction ?? null;
      return used === null ? r : `${r} (${formatPercent(used, 0)} used today)`;
    });
  const placed = markers.filter((m) => m.month !== null);
  frame.plot
    .selectAll("path.marker")
    .data(placed)
    .join("path")
    .attr("class", (m) => `marker ${m.kind}`)
    .attr("fill", (m) => (m.kind === "exhausted" ? "#a40e26" : "#0a3069"))
    .attr("transform", (m) => `translate(${x(m.month ?? 0)},${mid(m)})`)
    .attr("d", (m) => (m.kind === "exhausted" ? "M0,-7L7,0L0,7L-7,0Z" : "M-6,-6H6V6H-6Z"))
    .append("title")
    .text((m) => `${m.row}: ${m.label}`);
  frame.plot
    .selectAll("text.marker-label")
    .data(markers.filter((m, i) => markers.findIndex((n) => n.row === m.row) === i))
    .join("text")
    .attr("class", "value marker-label")
    .attr("x", frame.width + 8)
    .attr("y", mid)
    .attr("dy", "0.35em")
    .text((m) =>
      markers
        .filter((n) => n.row === m.row)
        .map((n) => n.label)
        .join("; "),
    );
  monthAxis(frame, x, months, "months from today");
}
