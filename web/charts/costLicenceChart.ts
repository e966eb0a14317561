import { axisBottom, axisLeft, max, scaleLinear, select } from "d3";
import type { Parent } from "../sections/section.ts";
import { type Bar, groupedBars } from "./barChart.ts";
import { chartFrame } from "./chartFrame.ts";
import { chartWidth, moneyAxisMargin, moneyTick } from "./costAxis.ts";
import { legend } from "./legend.ts";
import { seriesColor } from "./palette.ts";

/**
 * The dedicated platform's licence cost per month, old scheme against new, "in the bill"
 * beside "from the terms" (grouped bars, values written on them, a legend), the money axis
 * wide enough for its longest label; the licensing rule that sets the new quantity (e.g. 16
 * cores a socket at least) is stated under the chart when there is one.
 */
export function costLicenceChart(
  parent: Parent,
  bars: readonly Bar[],
  currency: string,
  rule: string | null,
): void {
  const y = scaleLinear()
    .domain([0, (max(bars, (b) => b.value) ?? 1) * 1.15])
    .nice();
  const ticks = y.ticks(5);
  const left = moneyAxisMargin(ticks, currency);
  const frame = chartFrame(parent, {
    id: "cost-licence",
    title: "Licence cost of the dedicated platform, old scheme against new",
    description: `Licence cost per month in ${currency} of the dedicated platform: ${bars
      .map((b) => `${b.category}, ${b.series}: ${b.label}`)
      .join("; ")}.${rule === null ? "" : ` ${rule}`}`,
    width: chartWidth(parent, 720),
    height: 300,
    margin: { top: 20, right: 20, bottom: 40, left },
  });
  y.range([frame.height, 0]);
  const series = [...new Set(bars.map((b) => b.series))];
  const x = groupedBars(frame, bars, y, {
    padding: 0.25,
    rectClass: (index) => `licence-series-${index}`,
    colorOf: (name) => seriesColor(series.indexOf(name)),
    // a narrow bar (a phone) carries the amount only: the axis gives the currency
    label: (b, barWidth) => (barWidth < 70 ? b.label.replace(` ${currency}`, "") : b.label),
  });
  frame.plot.append("g").attr("transform", `translate(0,${frame.height})`).call(axisBottom(x));
  frame.plot.append("g").call(
    axisLeft(y)
      .tickValues(ticks)
      .tickFormat((v) => moneyTick(currency)(Number(v))),
  );
  const figure = select(frame.svg.node()?.parentElement as HTMLElement);
  legend(
    figure,
    series.map((label, i) => ({ label, color: seriesColor(i) })),
    "Licence cost",
  );
  if (rule !== null)
    figure
      .insert("p", "figcaption")
      .attr("class", "note licence-rule")
      .text(`Licensing rule: ${rule}`);
}
