import {
  axisBottom,
  axisLeft,
  max,
  type ScaleBand,
  type ScaleLinear,
  scaleBand,
  scaleLinear,
} from "d3";
import { maxOf } from "../../sim/stats/extremes.ts";
import type { Parent } from "../sections/section.ts";
import { availableWidth, figureOf, fitViewBox, textWidth } from "./axisLayout.ts";
import { chartFrame, type Frame } from "./chartFrame.ts";
import { legend } from "./legend.ts";
import { seriesColor } from "./palette.ts";

/** One bar: a category, a series within it, a value and its label. */
export interface Bar {
  category: string;
  series: string;
  value: number;
  label: string;
}

/**
 * Grouped vertical bars (e.g. latency percentiles before, during and after), values labelled,
 * each series in its own colour of the report's palette (as attributes, so that a saved SVG
 * keeps them) with an HTML legend under the chart when there is more than one series. Laid
 * out for the width it is shown at (a phone gets a narrower chart, not smaller text).
 */
export function barChart(
  parent: Parent,
  bars: readonly Bar[],
  options: {
    id: string;
    title: string;
    description: string;
    unit: string;
    /**
     * The palette index of each series (default: its order of appearance), so that charts set
     * side by side give the same thing the same colour (e.g. "after" in both latency charts).
     */
    colorIndex?: (series: string) => number;
  },
): void {
  const series = [...new Set(bars.map((b) => b.series))];
  const colorOf = (name: string) => seriesColor(options.colorIndex?.(name) ?? series.indexOf(name));
  const y = scaleLinear()
    .domain([0, (max(bars, (b) => b.value) ?? 1) * 1.15 || 1])
    .nice();
  const tickLabel = (v: number) => `${v} ${options.unit}`;
  const ticks = y.ticks(5);
  const left = Math.ceil(Math.max(40, maxOf(ticks.map((t) => textWidth(tickLabel(t))))) + 12);
  const frame = chartFrame(parent, {
    id: options.id,
    title: options.title,
    description: options.description,
    width: availableWidth(parent, 960, 300),
    height: 260,
    margin: { top: 16, right: 8, bottom: 28, left },
  });
  y.range([frame.height, 0]);
  const x = groupedBars(frame, bars, y, {
    padding: 0.2,
    rectClass: (index) => `bar-series bar-series-${index}`,
    colorOf,
    label: (b) => b.label,
  });
  frame.plot.append("g").attr("transform", `translate(0,${frame.height})`).call(axisBottom(x));
  frame.plot.append("g").call(
    axisLeft(y)
      .tickValues(ticks)
      .tickFormat((v) => tickLabel(Number(v))),
  );
  fitViewBox(frame.svg);
  if (series.length > 1) {
    legend(
      figureOf(frame.svg),
      series.map((name) => ({ label: name, color: colorOf(name) })),
    );
  }
}

/**
 * Draws grouped vertical bars in a frame whose y scale is set: a band per category, a bar per
 * series within it (classed by the series' index, filled with its colour, titled with its
 * category, series and label) and its value label above it.
 * @returns the categories' band scale, for the bottom axis
 */
export function groupedBars(
  frame: Frame,
  bars: readonly Bar[],
  y: ScaleLinear<number, number>,
  options: {
    /** Padding between categories, a fraction of a band. */
    padding: number;
    /** The rect's class from the series' index. */
    rectClass: (index: number) => string;
    colorOf: (series: string) => string;
    /** The text written above a bar, given the bar width in pixels. */
    label: (bar: Bar, barWidth: number) => string;
  },
): ScaleBand<string> {
  const categories = [...new Set(bars.map((b) => b.category))];
  const series = [...new Set(bars.map((b) => b.series))];
  const x = scaleBand<string>().domain(categories).range([0, frame.width]).padding(options.padding);
  const inner = scaleBand<string>().domain(series).range([0, x.bandwidth()]).padding(0.08);
  const left = (b: Bar) => (x(b.category) ?? 0) + (inner(b.series) ?? 0);
  const g = frame.plot.selectAll("g.bar").data(bars).join("g").attr("class", "bar");
  g.append("rect")
    .attr("class", (b) => options.rectClass(series.indexOf(b.series)))
    .attr("data-series", (b) => b.series)
    .attr("fill", (b) => options.colorOf(b.series))
    .attr("x", left)
    .attr("y", (b) => y(b.value))
    .attr("width", inner.bandwidth())
    .attr("height", (b) => frame.height - y(b.value))
    .append("title")
    .text((b) => `${b.category}, ${b.series}: ${b.label}`);
  g.append("text")
    .attr("class", "value")
    .attr("x", (b) => left(b) + inner.bandwidth() / 2)
    .attr("y", (b) => y(b.value) - 4)
    .attr("text-anchor", "middle")
    .text((b) => options.label(b, inner.bandwidth()));
  return x;
}
