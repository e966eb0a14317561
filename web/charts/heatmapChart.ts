import { axisBottom, axisLeft, scaleBand } from "d3";
import { formatPercent, formatSmallPercent } from "../../scenarios/format.ts";
import { maxOf } from "../../sim/stats/extremes.ts";
import type { Parent } from "../sections/section.ts";
import type { HeatmapCell } from "../transforms/heatmapCells.ts";
import { availableWidth, figureOf, fitViewBox, textWidth, truncate } from "./axisLayout.ts";
import { chartFrame } from "./chartFrame.ts";
import { sequentialLegend } from "./legend.ts";
import { OVER_COLOR, sequentialColor } from "./palette.ts";

/**
 * Host × hour heatmap of CPU demand over capacity on the report's sequential scale (0–100 %,
 * light to dark blue) with a colour legend; a cell over 100 % (contended: demand the hosts
 * cannot serve) takes the alarm colour and the legend says "over 100 %", so that 324 % never
 * looks like 100 %. A week labelled by day, or (`hoursFromStart`) the hours of the migration,
 * one column per cell's span of hours (an hour, or several for a long move, whose cells hold
 * the highest hour's values). Laid out for the width it is shown at.
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
  const overCells = cells.filter((c) => c.load > 1);
  const highest = maxOf(
    cells.map((c) => c.load),
    0,
  );
  const width = availableWidth(parent, 1200, 320);
  const labelChars = width < 600 ? 16 : 28;
  const hostLabel = (host: string) => truncate(host, labelChars);
  const left = Math.ceil(
    Math.max(
      40,
      maxOf(
        hosts.map((h) => textWidth(hostLabel(h))),
        0,
      ),
    ) + 14,
  );
  const over =
    overCells.length === 0
      ? "none over 100 %"
      : `${overCells.length} ${stepHours === 1 ? "host-hours" : "cells"} over 100 % (highest ${formatPercent(highest, 0)})`;
  const frame = chartFrame(parent, {
    id: options.id,
    title: options.title,
    description: `CPU demand as a share of capacity for ${hosts.length} hosts, ${pace} ${options.hoursFromStart === true ? "from the start of the migration" : "over a week"}; darker is busier, red is over 100 % (contended); ${over}.`,
    width,
    height: 44 + hosts.length * 16,
    margin: { top: 6, right: 12, bottom: 30, left },
  });
  const x = scaleBand<number>()
    .domain(Array.from({ length: columns }, (_, i) => i))
    .range([0, frame.width]);
  const y = scaleBand<string>().domain(hosts).range([0, frame.height]).padding(0.05);
  frame.plot
    .selectAll("rect")
    .data(cells)
    .join("rect")
    .attr("class", (c) => (c.load > 1 ? "cell over" : "cell"))
    .attr("data-load", (c) => c.load)
    .attr("x", (c) => x(column(c)) ?? 0)
    .attr("y", (c) => y(c.host) ?? 0)
    .attr("width", x.bandwidth() + 0.5)
    .attr("height", y.bandwidth())
    .attr("fill", (c) => sequentialColor(c.load, 1, 1).color)
    .append("title")
    .text(
      (c) =>
        `${c.host}, ${c.hours === 1 ? `hour ${c.hour}` : `hours ${c.hour}–${c.hour + c.hours} (highest)`}: ${formatPercent(c.load, 0)} of capacity${c.load > 1 ? " (over 100 %: contended)" : ""}, ready ${formatSmallPercent(c.ready)}`,
    );
  const days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
  const every = tickColumns(columns, frame.width, stepHours);
  frame.plot
    .append("g")
    .attr("transform", `translate(0,${frame.height})`)
    .call(
      options.hoursFromStart === true
        ? axisBottom(x)
            .tickValues(x.domain().filter((i) => i % every === 0))
            .tickFormat((i) => hoursLabel(i * stepHours, every * stepHours))
        : axisBottom(x)
            .tickValues(x.domain().filter((h) => h % 24 === 0))
            .tickFormat((h) => days[Math.floor(h / 24) % 7] ?? ""),
    );
  const axis = frame.plot.append("g").call(axisLeft(y).tickFormat(hostLabel));
  axis
    .selectAll<SVGGElement, string>("g.tick")
    .append("title")
    .text((h) => h);
  fitViewBox(frame.svg);
  sequentialLegend(figureOf(frame.svg), {
    title: "CPU demand ÷ capacity",
    minLabel: "0 %",
    maxLabel: "100 %",
    over: {
      label:
        overCells.length === 0
          ? "over 100 % (none here)"
          : `over 100 % (up to ${formatPercent(highest, 0)})`,
      color: OVER_COLOR,
    },
  });
}

/**
 * Columns between two ticks of the hours axis: a round number of hours (2, 3, 4, 6, 12 h, then
 * whole days) that keeps the labels about 48 px apart on a `plotWidth`-pixel axis.
 */
function tickColumns(columns: number, plotWidth: number, stepHours: number): number {
  const maxTicks = Math.max(2, Math.floor(plotWidth / 48));
  const wanted = (columns * stepHours) / maxTicks;
  const nice = [2, 3, 4, 6, 12, 24, 48, 72, 96, 168, 336, 672, 1344].find(
    (h) => h >= wanted && h % stepHours === 0,
  );
  return nice === undefined ? Math.max(1, Math.ceil(wanted / stepHours)) : nice / stepHours;
}

/** An hour from the start, in hours, or in days when the ticks are two days apart or more. */
function hoursLabel(hours: number, tickHours: number): string {
  return tickHours < 48 ? `${hours} h` : `${Math.round(hours / 24)} d`;
}
