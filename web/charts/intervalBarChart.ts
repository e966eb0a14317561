import { axisBottom, scaleLinear } from "d3";
import type { Parent } from "../sections/section.ts";
import { chartFrame } from "./chartFrame.ts";

/** One horizontal bar with an interval: a fraction (0…1) and its lower and upper bounds. */
export interface IntervalBar {
  label: string;
  value: number;
  lower: number;
  upper: number;
  /** Shown after the label and in the bar's tooltip. */
  text: string;
}

/**
 * Horizontal bars of probabilities (0…1) on a 0–100 % axis with their confidence intervals as
 * whiskers, one row per item, each labelled above its bar with `label: text`.
 */
export function intervalBarChart(
  parent: Parent,
  bars: readonly IntervalBar[],
  options: { id: string; title: string; description: string },
): void {
  const rowHeight = 40;
  const barHeight = 14;
  const frame = chartFrame(parent, {
    ...options,
    width: 640,
    height: 48 + rowHeight * Math.max(1, bars.length),
    margin: { top: 8, right: 24, bottom: 36, left: 16 },
  });
  const x = scaleLinear().domain([0, 1]).range([0, frame.width]);
  const g = frame.plot
    .selectAll("g.interval")
    .data(bars)
    .join("g")
    .attr("class", "interval")
    .attr("transform", (_, i) => `translate(0,${i * rowHeight + rowHeight - barHeight - 4})`);
  g.append("text")
    .attr("y", -5)
    .attr("font-size", 11)
    .text((b) => `${b.label}: ${b.text}`);
  g.append("rect")
    .attr("class", "bar")
    .attr("fill", (b) => (b.value > 0 ? "#cf222e" : "#8c959f"))
    .attr("width", (b) => Math.max(1, x(b.value)))
    .attr("height", barHeight)
    .append("title")
    .text((b) => `${b.label}: ${b.text}`);
  g.append("line")
    .attr("class", "whisker")
    .attr("stroke", "#24292f")
    .attr("x1", (b) => x(b.lower))
    .attr("x2", (b) => x(b.upper))
    .attr("y1", barHeight / 2)
    .attr("y2", barHeight / 2);
  for (const end of ["lower", "upper"] as const) {
    g.append("line")
      .attr("stroke", "#24292f")
      .attr("x1", (b) => x(b[end]))
      .attr("x2", (b) => x(b[end]))
      .attr("y1", 1)
      .attr("y2", barHeight - 1);
  }
  frame.plot
    .append("g")
    .attr("transform", `translate(0,${frame.height})`)
    .call(
      axisBottom(x)
        .ticks(5)
        .tickFormat((v) => `${Math.round(Number(v) * 100)} %`),
    );
}
