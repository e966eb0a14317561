import { axisBottom, scaleLinear } from "d3";
import type { Parent } from "../sections/section.ts";
import { availableWidth, figureOf, fitViewBox, textWidth, truncate } from "./axisLayout.ts";
import { chartFrame } from "./chartFrame.ts";
import { type LegendItem, legend } from "./legend.ts";

/** A target missed in some replications, one never missed, the interval's whisker. */
const MISSED_COLOR = "#cf222e";
const NEVER_COLOR = "#8c959f";
const WHISKER_COLOR = "#24292f";

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
 * whiskers, one row per item, each labelled above its bar with `label: text`, and an HTML
 * legend for the bar colours and the whisker; laid out for the width it is shown at.
 */
export function intervalBarChart(
  parent: Parent,
  bars: readonly IntervalBar[],
  options: { id: string; title: string; description: string },
): void {
  const width = availableWidth(parent, 960, 300);
  const margin = { top: 8, right: 24, bottom: 36, left: 16 };
  const plotWidth = width - margin.left - margin.right;
  // a label that does not fit beside its figures goes on a line of its own (a phone)
  const twoLines = bars.some((b) => textWidth(`${b.label}: ${b.text}`) > plotWidth);
  const maxChars = Math.floor(plotWidth / textWidth("x"));
  const rowHeight = twoLines ? 54 : 40;
  const barHeight = 14;
  const frame = chartFrame(parent, {
    ...options,
    width,
    height: 48 + rowHeight * Math.max(1, bars.length),
    margin,
  });
  const x = scaleLinear().domain([0, 1]).range([0, frame.width]);
  const g = frame.plot
    .selectAll("g.interval")
    .data(bars)
    .join("g")
    .attr("class", "interval")
    .attr("transform", (_, i) => `translate(0,${i * rowHeight + rowHeight - barHeight - 4})`);
  if (twoLines) {
    g.append("text")
      .attr("y", -19)
      .attr("font-size", 11)
      .text((b) => truncate(`${b.label}:`, maxChars));
    g.append("text")
      .attr("y", -5)
      .attr("font-size", 11)
      .text((b) => truncate(b.text, maxChars));
  } else {
    g.append("text")
      .attr("y", -5)
      .attr("font-size", 11)
      .text((b) => `${b.label}: ${b.text}`);
  }
  g.append("rect")
    .attr("class", "bar")
    .attr("fill", (b) => (b.value > 0 ? MISSED_COLOR : NEVER_COLOR))
    .attr("width", (b) => Math.max(1, x(b.value)))
    .attr("height", barHeight)
    .append("title")
    .text((b) => `${b.label}: ${b.text}`);
  g.append("line")
    .attr("class", "whisker")
    .attr("stroke", WHISKER_COLOR)
    .attr("x1", (b) => x(b.lower))
    .attr("x2", (b) => x(b.upper))
    .attr("y1", barHeight / 2)
    .attr("y2", barHeight / 2);
  for (const end of ["lower", "upper"] as const) {
    g.append("line")
      .attr("stroke", WHISKER_COLOR)
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
  fitViewBox(frame.svg);
  const items: LegendItem[] = [];
  if (bars.some((b) => b.value > 0))
    items.push({ label: "missed in some replications", color: MISSED_COLOR });
  if (bars.some((b) => !(b.value > 0))) items.push({ label: "never missed", color: NEVER_COLOR });
  items.push({ label: "95 % interval", color: WHISKER_COLOR, shape: "line" });
  legend(figureOf(frame.svg), items);
}
