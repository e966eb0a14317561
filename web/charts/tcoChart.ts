import { axisLeft, line, max, scaleLinear } from "d3";
import type { Parent } from "../sections/section.ts";
import type { TcoLines } from "../transforms/tcoLines.ts";
import { chartFrame, monthAxis } from "./chartFrame.ts";

/** Line colours, inline so a saved SVG keeps them. */
const COLORS = ["#8c959f", "#bf8700", "#1f6feb", "#8250df"];
const PAYBACK = "#116329";

/**
 * Cumulative cost of each option month by month over the horizon (one line each, with a
 * legend), and the payback month against the baseline marked on the moved option's line.
 */
export function tcoChart(parent: Parent, tco: TcoLines, currency: string): void {
  const amount = (x: number) => Math.round(x).toLocaleString("en-GB");
  const ends = tco.lines
    .map((l) => `${l.option} ${amount(l.cumulative[l.cumulative.length - 1] ?? 0)} ${currency}`)
    .join(", ");
  const payback =
    tco.paybackMonth === null
      ? `Moving does not pay back within ${tco.months} months against "${tco.baseline}".`
      : `Moving pays back in month ${tco.paybackMonth} against "${tco.baseline}".`;
  const frame = chartFrame(parent, {
    id: "cost-tco",
    title: "Total cost of ownership over time",
    description: `Cumulative cost in ${currency}, month 0 to ${tco.months}, undiscounted. After ${tco.months} months: ${ends}. ${payback}`,
    width: 960,
    height: 320,
    margin: { top: 16, right: 30, bottom: 44, left: 80 },
  });
  const x = scaleLinear().domain([0, tco.months]).range([0, frame.width]);
  const y = scaleLinear()
    .domain([0, (max(tco.lines, (l) => max(l.cumulative)) ?? 1) * 1.05])
    .range([frame.height, 0])
    .nice();
  const path = line<number>()
    .x((_, m) => x(m))
    .y((v) => y(v));
  frame.plot
    .selectAll("path.tco")
    .data(tco.lines)
    .join("path")
    .attr("class", (_, i) => `tco line-${i}`)
    .attr("fill", "none")
    .attr("stroke", (_, i) => COLORS[i % COLORS.length] ?? "#000")
    .attr("stroke-width", 2)
    .attr("d", (l) => path(l.cumulative) ?? "")
    .append("title")
    .text((l) => l.option);
  if (tco.paybackMonth !== null && tco.paybackCumulative !== null) {
    const px = x(tco.paybackMonth);
    const py = y(tco.paybackCumulative);
    frame.plot
      .append("line")
      .attr("class", "payback")
      .attr("stroke", PAYBACK)
      .attr("stroke-dasharray", "4 3")
      .attr("x1", px)
      .attr("x2", px)
      .attr("y1", 0)
      .attr("y2", frame.height);
    frame.plot
      .append("circle")
      .attr("class", "payback")
      .attr("fill", PAYBACK)
      .attr("cx", px)
      .attr("cy", py)
      .attr("r", 4)
      .append("title")
      .text(payback);
    frame.plot
      .append("text")
      .attr("class", "value")
      .attr("x", px + 6)
      .attr("y", 12)
      .text(`payback: month ${tco.paybackMonth}`);
  }
  monthAxis(frame, x, tco.months, "month (0: the one-off cost of moving)");
  frame.plot.append("g").call(
    axisLeft(y)
      .ticks(6)
      .tickFormat((v) => `${Number(v).toLocaleString("en-GB")} ${currency}`),
  );
  // the lines rise to the top right: the legend sits in the empty bottom right corner
  const legend = frame.plot
    .append("g")
    .attr("class", "legend")
    .attr(
      "transform",
      `translate(${frame.width - 360},${frame.height - 18 * tco.lines.length - 8})`,
    );
  tco.lines.forEach((l, i) => {
    legend
      .append("line")
      .attr("class", `tco line-${i}`)
      .attr("stroke", COLORS[i % COLORS.length] ?? "#000")
      .attr("stroke-width", 2)
      .attr("x1", 0)
      .attr("x2", 16)
      .attr("y1", i * 18 + 6)
      .attr("y2", i * 18 + 6);
    legend
      .append("text")
      .attr("x", 22)
      .attr("y", i * 18 + 10)
      .text(l.option === tco.baseline ? `${l.option} (baseline)` : l.option);
  });
}
