import { axisLeft, line, max, scaleLinear, select } from "d3";
import { formatMoney } from "../../scenarios/format.ts";
import type { Parent } from "../sections/section.ts";
import type { TcoLines } from "../transforms/tcoLines.ts";
import { chartFrame, monthAxis } from "./chartFrame.ts";
import { chartWidth, moneyAxisMargin, moneyTick } from "./costAxis.ts";
import { legend } from "./legend.ts";
import { seriesColor } from "./palette.ts";

const PAYBACK = "#116329";

/**
 * Cumulative cost of each option month by month over the horizon (one line each, with a
 * legend), and the payback month against the baseline marked on the moved option's line.
 */
export function tcoChart(parent: Parent, tco: TcoLines, currency: string): void {
  const money = (x: number) => formatMoney(x, currency);
  const ends = tco.lines
    .map((l) => `${l.option} ${money(l.cumulative[l.cumulative.length - 1] ?? 0)}`)
    .join(", ");
  const y = scaleLinear()
    .domain([0, (max(tco.lines, (l) => max(l.cumulative)) ?? 1) * 1.05])
    .nice();
  const ticks = y.ticks(6);
  const left = moneyAxisMargin(ticks, currency);
  const payback =
    tco.paybackMonth === null
      ? `Moving does not pay back within ${tco.months} months against "${tco.baseline}".`
      : `Moving pays back in month ${tco.paybackMonth} against "${tco.baseline}".`;
  const frame = chartFrame(parent, {
    id: "cost-tco",
    title: "Total cost of ownership over time",
    description: `Cumulative cost in ${currency}, month 0 to ${tco.months}, undiscounted. After ${tco.months} months: ${ends}. ${payback}`,
    width: chartWidth(parent),
    height: 320,
    margin: { top: 16, right: 30, bottom: 44, left },
  });
  const x = scaleLinear().domain([0, tco.months]).range([0, frame.width]);
  y.range([frame.height, 0]);
  const path = line<number>()
    .x((_, m) => x(m))
    .y((v) => y(v));
  frame.plot
    .selectAll("path.tco")
    .data(tco.lines)
    .join("path")
    .attr("class", (_, i) => `tco-line option-${i}`)
    .attr("fill", "none")
    .attr("stroke", (_, i) => seriesColor(i))
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
      .tickValues(ticks)
      .tickFormat((v) => moneyTick(currency)(Number(v))),
  );
  legend(
    select(frame.svg.node()?.parentElement as HTMLElement),
    [
      ...tco.lines.map((l, i) => ({
        label: l.option === tco.baseline ? `${l.option} (baseline)` : l.option,
        color: seriesColor(i),
        shape: "line" as const,
      })),
      ...(tco.paybackMonth === null
        ? []
        : [
            { label: `payback: month ${tco.paybackMonth}`, color: PAYBACK, shape: "line" as const },
          ]),
    ],
    "Options",
  );
}
