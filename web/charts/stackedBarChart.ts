import {
  axisBottom,
  axisLeft,
  max,
  scaleBand,
  scaleLinear,
  scaleOrdinal,
  schemeTableau10,
} from "d3";
import type { Parent } from "../sections/section.ts";
import type { CostSegment } from "../transforms/costBars.ts";
import { chartFrame } from "./chartFrame.ts";

/** Horizontal stacked bars: each bill split into its line items, with its total at the end. */
export function stackedBarChart(
  parent: Parent,
  segments: readonly CostSegment[],
  currency: string,
): void {
  const bills = [...new Set(segments.map((s) => s.bill))];
  const items = [...new Set(segments.map((s) => s.item))];
  const frame = chartFrame(parent, {
    id: "cost-monthly",
    title: "Monthly bills, line by line",
    description: `Three bills in ${currency} per month: ${bills.join(", ")}.`,
    width: 960,
    height: 110 + bills.length * 40 + Math.ceil(items.length / 3) * 18,
    margin: { top: 10, right: 90, bottom: 40 + Math.ceil(items.length / 3) * 18, left: 250 },
  });
  const x = scaleLinear()
    .domain([0, (max(segments, (s) => s.to) ?? 1) * 1.05])
    .range([0, frame.width])
    .nice();
  const y = scaleBand<string>().domain(bills).range([0, frame.height]).padding(0.3);
  const color = scaleOrdinal<string, string>().domain(items).range(schemeTableau10);
  frame.plot
    .selectAll("rect")
    .data(segments)
    .join("rect")
    .attr("x", (s) => x(s.from))
    .attr("width", (s) => Math.max(0, x(s.to) - x(s.from)))
    .attr("y", (s) => y(s.bill) ?? 0)
    .attr("height", y.bandwidth())
    .attr("fill", (s) => color(s.item))
    .append("title")
    .text(
      (s) =>
        `${s.bill}: ${s.item} ${Math.round(s.to - s.from).toLocaleString("en-GB")} ${currency}/month`,
    );
  for (const bill of bills) {
    const total =
      max(
        segments.filter((s) => s.bill === bill),
        (s) => s.to,
      ) ?? 0;
    frame.plot
      .append("text")
      .attr("class", "value")
      .attr("x", x(total) + 6)
      .attr("y", (y(bill) ?? 0) + y.bandwidth() / 2)
      .attr("dy", "0.35em")
      .text(`${Math.round(total).toLocaleString("en-GB")} ${currency}`);
  }
  frame.plot.append("g").call(axisLeft(y));
  frame.plot
    .append("g")
    .attr("transform", `translate(0,${frame.height})`)
    .call(axisBottom(x).ticks(6));
  const legend = frame.plot.append("g").attr("transform", `translate(0,${frame.height + 30})`);
  items.forEach((item, i) => {
    const g = legend
      .append("g")
      .attr("transform", `translate(${(i % 3) * 215},${Math.floor(i / 3) * 18})`);
    g.append("rect").attr("width", 12).attr("height", 12).attr("fill", color(item));
    g.append("text").attr("x", 18).attr("y", 10).text(item);
  });
}
