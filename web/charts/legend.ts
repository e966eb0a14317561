import type { Selection } from "d3";
import { interpolateBlues } from "d3";
import "./legend.css";

/** One entry of a legend: a colour swatch (or a line or a band) and its label. */
export interface LegendItem {
  label: string;
  color: string;
  /** How the series is drawn: a filled box (bars, areas), a line, or a hatched band. */
  shape?: "box" | "line" | "band";
}

/**
 * Appends a legend to a chart's figure (an HTML list under the SVG, so that it wraps on a
 * phone and is never clipped), one entry per series, labels as text (never HTML).
 * @param figure the chart's `<figure>` (the parent of its `<svg>`)
 * @example legend(select(frame.svg.node()!.parentElement!), [{ label: "storage", color: seriesColor(0) }])
 */
export function legend(
  figure: Selection<HTMLElement, unknown, null, undefined>,
  items: readonly LegendItem[],
  title?: string,
): Selection<HTMLUListElement, unknown, null, undefined> {
  const list = figure
    .insert("ul", "figcaption")
    .attr("class", "legend")
    .attr("aria-label", title ?? "Legend");
  const entry = list
    .selectAll("li")
    .data(items)
    .join("li")
    .attr("class", (d) => `legend-item legend-${d.shape ?? "box"}`);
  entry
    .append("span")
    .attr("class", "legend-swatch")
    .attr("aria-hidden", "true")
    .style("--swatch", (d) => d.color);
  entry
    .append("span")
    .attr("class", "legend-label")
    .text((d) => d.label);
  return list;
}

/**
 * Appends a sequential colour legend: a gradient from `min` to `max` with their labels, and the
 * over-limit colour with its label when some value exceeds the limit (e.g. "over 100 %").
 */
export function sequentialLegend(
  figure: Selection<HTMLElement, unknown, null, undefined>,
  options: {
    title: string;
    minLabel: string;
    maxLabel: string;
    over?: { label: string; color: string };
  },
): void {
  const box = figure
    .insert("div", "figcaption")
    .attr("class", "legend legend-sequential")
    .attr("aria-label", options.title);
  box.append("span").attr("class", "legend-title").text(options.title);
  box.append("span").attr("class", "legend-label").text(options.minLabel);
  const stops = [0, 0.25, 0.5, 0.75, 1].map((t) => interpolateBlues(0.1 + 0.85 * t)).join(", ");
  box
    .append("span")
    .attr("class", "legend-gradient")
    .attr("aria-hidden", "true")
    .style("background", `linear-gradient(to right, ${stops})`);
  box.append("span").attr("class", "legend-label").text(options.maxLabel);
  if (options.over !== undefined) {
    box
      .append("span")
      .attr("class", "legend-swatch")
      .attr("aria-hidden", "true")
      .style("--swatch", options.over.color);
    box.append("span").attr("class", "legend-label").text(options.over.label);
  }
}
