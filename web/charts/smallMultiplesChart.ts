import { scaleLinear } from "d3";
import { maxOf } from "../../sim/stats/extremes.ts";
import type { Parent } from "../sections/section.ts";
import type { ComparisonPanel } from "../transforms/comparisonFigures.ts";
import { availableWidth, figureOf, fitViewBox } from "./axisLayout.ts";
import { chartFrame } from "./chartFrame.ts";
import { legend } from "./legend.ts";

const BEST_COLOR = "#1f6feb";
const OTHER_COLOR = "#8c959f";

/**
 * Small multiples: one panel per key figure, one horizontal bar per scenario on the panel's
 * own scale from zero, the best scenario's bar in blue, each value written after its bar; two
 * panels a row where they fit, one on a phone; an HTML legend for the two colours.
 */
export function smallMultiplesChart(
  parent: Parent,
  panels: readonly ComparisonPanel[],
  options: { id: string; title: string; description: string },
): void {
  const available = availableWidth(parent, 640, 300);
  const panelWidth = available >= 640 ? 320 : available;
  const rowHeight = 22;
  const scenarios = Math.max(1, maxOf(panels.map((p) => p.bars.length)));
  const panelHeight = 34 + scenarios * rowHeight + 12;
  const columns = available >= 640 ? Math.min(2, Math.max(1, panels.length)) : 1;
  const frame = chartFrame(parent, {
    ...options,
    width: columns * panelWidth,
    height: Math.ceil(panels.length / columns) * panelHeight + 8,
    margin: { top: 8, right: 0, bottom: 0, left: 0 },
  });
  const labelWidth = Math.min(110, Math.round(panelWidth * 0.34));
  const valueWidth = Math.min(100, Math.round(panelWidth * 0.3));
  const x = scaleLinear().range([0, panelWidth - labelWidth - valueWidth - 16]);
  panels.forEach((panel, index) => {
    const g = frame.plot
      .append("g")
      .attr("class", "panel")
      .attr("data-figure", panel.id)
      .attr(
        "transform",
        `translate(${(index % columns) * panelWidth},${Math.floor(index / columns) * panelHeight})`,
      );
    g.append("text")
      .attr("y", 14)
      .attr("font-size", 12)
      .attr("font-weight", "bold")
      .text(panel.label);
    x.domain([0, Math.max(0, maxOf(panel.bars.map((b) => Math.abs(b.value)))) || 1]);
    const bar = g
      .selectAll("g.bar")
      .data(panel.bars)
      .join("g")
      .attr("class", "bar")
      .attr("transform", (_, i) => `translate(0,${28 + i * rowHeight})`);
    bar
      .append("text")
      .attr("x", labelWidth - 6)
      .attr("y", 12)
      .attr("text-anchor", "end")
      .attr("font-size", 11)
      .text((b) => b.scenario);
    bar
      .append("rect")
      .attr("fill", (b) => (b.best ? BEST_COLOR : OTHER_COLOR))
      .attr("x", labelWidth)
      .attr("width", (b) => Math.max(1, x(Math.abs(b.value))))
      .attr("height", rowHeight - 6)
      .append("title")
      .text((b) => `${panel.label}, ${b.scenario}: ${b.text}${b.best ? " (best)" : ""}`);
    bar
      .append("text")
      .attr("x", (b) => labelWidth + Math.max(1, x(Math.abs(b.value))) + 4)
      .attr("y", 12)
      .attr("font-size", 11)
      .text((b) => (b.best ? `${b.text} ★` : b.text));
  });
  fitViewBox(frame.svg);
  // the colours in use: "best" only where some panel has a best scenario (a tie has none)
  const all = panels.flatMap((p) => p.bars);
  legend(figureOf(frame.svg), [
    ...(all.some((b) => b.best) ? [{ label: "best scenario (★)", color: BEST_COLOR }] : []),
    ...(all.some((b) => !b.best) ? [{ label: "other scenarios", color: OTHER_COLOR }] : []),
  ]);
}
