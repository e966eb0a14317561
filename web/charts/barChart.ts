import { axisBottom, axisLeft, max, scaleBand, scaleLinear } from "d3";
import type { Parent } from "../sections/section.ts";
import { chartFrame } from "./chartFrame.ts";

/** Series colours as attributes, so that a saved SVG keeps them (grey, amber, blue). */
const SERIES_COLORS = ["#8c959f", "#bf8700", "#1f6feb"];

/** One bar: a category, a series within it, a value and its label. */
export interface Bar {
  category: string;
  series: string;
  value: number;
  label: string;
}

/** Grouped vertical bars (e.g. latency percentiles before and after), values labelled. */
export function barChart(
  parent: Parent,
  bars: readonly Bar[],
  options: { id: string; title: string; description: string; unit: string },
): void {
  const frame = chartFrame(parent, {
    ...options,
    width: 640,
    height: 280,
    margin: { top: 20, right: 150, bottom: 36, left: 56 },
  });
  const categories = [...new Set(bars.map((b) => b.category))];
  const series = [...new Set(bars.map((b) => b.series))];
  const x = scaleBand<string>().domain(categories).range([0, frame.width]).padding(0.25);
  const inner = scaleBand<string>().domain(series).range([0, x.bandwidth()]).padding(0.08);
  const y = scaleLinear()
    .domain([0, (max(bars, (b) => b.value) ?? 1) * 1.15])
    .range([frame.height, 0])
    .nice();
  const g = frame.plot.selectAll("g.bar").data(bars).join("g").attr("class", "bar");
  g.append("rect")
    .attr("class", (b) => `series-${series.indexOf(b.series)}`)
    .attr("fill", (b) => SERIES_COLORS[series.indexOf(b.series) % SERIES_COLORS.length]!)
    .attr("x", (b) => (x(b.category) ?? 0) + (inner(b.series) ?? 0))
    .attr("y", (b) => y(b.value))
    .attr("width", inner.bandwidth())
    .attr("height", (b) => frame.height - y(b.value))
    .append("title")
    .text((b) => `${b.category}, ${b.series}: ${b.label}`);
  g.append("text")
    .attr("class", "value")
    .attr("x", (b) => (x(b.category) ?? 0) + (inner(b.series) ?? 0) + inner.bandwidth() / 2)
    .attr("y", (b) => y(b.value) - 4)
    .attr("text-anchor", "middle")
    .text((b) => b.label);
  frame.plot.append("g").attr("transform", `translate(0,${frame.height})`).call(axisBottom(x));
  frame.plot.append("g").call(
    axisLeft(y)
      .ticks(5)
      .tickFormat((v) => `${v} ${options.unit}`),
  );
  const legend = frame.plot.append("g").attr("transform", `translate(${frame.width + 12},0)`);
  series.forEach((name, i) => {
    legend
      .append("rect")
      .attr("class", `series-${i}`)
      .attr("fill", SERIES_COLORS[i % SERIES_COLORS.length]!)
      .attr("y", i * 18)
      .attr("width", 12)
      .attr("height", 12);
    legend
      .append("text")
      .attr("x", 18)
      .attr("y", i * 18 + 10)
      .text(name);
  });
}
