import { axisBottom, axisLeft, interpolateYlOrRd, scaleBand, scaleSequential } from "d3";
import { maxOf } from "../../sim/stats/extremes.ts";
import type { Parent } from "../sections/section.ts";
import type { HeatmapCell } from "../transforms/heatmapCells.ts";
import { chartFrame } from "./chartFrame.ts";

/**
 * Host × hour heatmap of CPU demand over capacity (0–100 %, darker = busier): a week labelled by
 * day, or (`hoursFromStart`) the hours of the migration, one column per cell's span of hours
 * (an hour, or several for a long move, whose cells hold the highest hour's values).
 */
export function heatmapChart(
  parent: Parent,
  cells: readonly HeatmapCell[],
  options: { id: string; title: string; hoursFromStart?: boolean },
): void {
  const hosts = [...new Set(cells.map((c) => c.host))];
  const stepHours = cells[0]?.hours ?? 1;
  const column = (c: HeatmapCell) => Math.round(c.hour / stepHours);
  const columns = Math.max(1, maxOf(cells.map((c) => column(c) + 1)));
  const pace =
    stepHours === 1 ? "hour by hour" : `per ${stepHours} hours (the highest hour of each)`;
  const frame = chartFrame(parent, {
    id: options.id,
    title: options.title,
    description: `CPU demand as a share of capacity for ${hosts.length} hosts, ${pace} ${options.hoursFromStart === true ? "from the start of the migration" : "over a week"}; darker is busier.`,
    width: 960,
    height: 60 + hosts.length * 16,
    margin: { top: 10, right: 20, bottom: 36, left: 110 },
  });
  const x = scaleBand<number>()
    .domain(Array.from({ length: columns }, (_, i) => i))
    .range([0, frame.width]);
  const y = scaleBand<string>().domain(hosts).range([0, frame.height]).padding(0.05);
  const color = scaleSequential(interpolateYlOrRd).domain([0, 1]);
  frame.plot
    .selectAll("rect")
    .data(cells)
    .join("rect")
    .attr("x", (c) => x(column(c)) ?? 0)
    .attr("y", (c) => y(c.host) ?? 0)
    .attr("width", x.bandwidth() + 0.5)
    .attr("height", y.bandwidth())
    .attr("fill", (c) => color(Math.min(1, c.load)))
    .append("title")
    .text(
      (c) =>
        `${c.host}, ${c.hours === 1 ? `hour ${c.hour}` : `hours ${c.hour}–${c.hour + c.hours} (highest)`}: ${(c.load * 100).toFixed(0)} % of capacity, ready ${(c.ready * 100).toPrecision(2)} %`,
    );
  const days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
  frame.plot
    .append("g")
    .attr("transform", `translate(0,${frame.height})`)
    .call(
      options.hoursFromStart === true
        ? axisBottom(x)
            .tickValues(x.domain().filter((i) => i % tickColumns(columns) === 0))
            .tickFormat((i) => hoursLabel(i * stepHours, tickColumns(columns) * stepHours))
        : axisBottom(x)
            .tickValues(x.domain().filter((h) => h % 24 === 0))
            .tickFormat((h) => days[Math.floor(h / 24) % 7] ?? ""),
    );
  frame.plot.append("g").call(axisLeft(y));
}

/** Columns between two ticks of the hours axis: every other one, or about 24 ticks in all. */
function tickColumns(columns: number): number {
  return columns <= 48 ? 2 : Math.ceil(columns / 24);
}

/** An hour from the start, in hours, or in days when the ticks are two days apart or more. */
function hoursLabel(hours: number, tickHours: number): string {
  return tickHours < 48 ? `${hours} h` : `${Math.round(hours / 24)} d`;
}
