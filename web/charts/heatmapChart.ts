import { axisBottom, axisLeft, interpolateYlOrRd, scaleBand, scaleSequential } from "d3";
import { maxOf } from "../../sim/stats/extremes.ts";
import type { Parent } from "../sections/section.ts";
import type { HeatmapCell } from "../transforms/heatmapCells.ts";
import { chartFrame } from "./chartFrame.ts";

/**
 * Host × hour heatmap of CPU demand over capacity (0–100 %, darker = busier): a week labelled by
 * day, or (`hoursFromStart`) the hours of the migration.
 */
export function heatmapChart(
  parent: Parent,
  cells: readonly HeatmapCell[],
  options: { id: string; title: string; hoursFromStart?: boolean },
): void {
  const hosts = [...new Set(cells.map((c) => c.host))];
  const hours = Math.max(1, maxOf(cells.map((c) => c.hour + 1)));
  const frame = chartFrame(parent, {
    id: options.id,
    title: options.title,
    description: `CPU demand as a share of capacity for ${hosts.length} hosts, hour by hour ${options.hoursFromStart === true ? "from the start of the migration" : "over a week"}; darker is busier.`,
    width: 960,
    height: 60 + hosts.length * 16,
    margin: { top: 10, right: 20, bottom: 36, left: 110 },
  });
  const x = scaleBand<number>()
    .domain(Array.from({ length: hours }, (_, i) => i))
    .range([0, frame.width]);
  const y = scaleBand<string>().domain(hosts).range([0, frame.height]).padding(0.05);
  const color = scaleSequential(interpolateYlOrRd).domain([0, 1]);
  frame.plot
    .selectAll("rect")
    .data(cells)
    .join("rect")
    .attr("x", (c) => x(c.hour) ?? 0)
    .attr("y", (c) => y(c.host) ?? 0)
    .attr("width", x.bandwidth() + 0.5)
    .attr("height", y.bandwidth())
    .attr("fill", (c) => color(Math.min(1, c.load)))
    .append("title")
    .text(
      (c) =>
        `${c.host}, hour ${c.hour}: ${(c.load * 100).toFixed(0)} % of capacity, ready ${(c.ready * 100).toPrecision(2)} %`,
    );
  const days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
  frame.plot
    .append("g")
    .attr("transform", `translate(0,${frame.height})`)
    .call(
      options.hoursFromStart === true
        ? axisBottom(x)
            .tickValues(x.domain().filter((h) => h % 2 === 0))
            .tickFormat((h) => `${h} h`)
        : axisBottom(x)
            .tickValues(x.domain().filter((h) => h % 24 === 0))
            .tickFormat((h) => days[Math.floor(h / 24) % 7] ?? ""),
    );
  frame.plot.append("g").call(axisLeft(y));
}
