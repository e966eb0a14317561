import { axisBottom, max, min, scaleBand, scaleLinear, select } from "d3";
import { formatPercent, formatWithUnit } from "../../scenarios/format.ts";
import type { Parent } from "../sections/section.ts";
import type { TornadoRow } from "../transforms/costBars.ts";
import { chartFrame } from "./chartFrame.ts";
import { CHAR_WIDTH, chartWidth, NARROW } from "./costAxis.ts";
import { legend } from "./legend.ts";
import { seriesColor } from "./palette.ts";

/** Colours, inline so that a saved SVG keeps them. */
const LOW = seriesColor(0);
const HIGH = seriesColor(1);
const BASE = "#1b1f24";
const TARGET = "#a40e26";

/**
 * The saving at each input's low and high end, widest swing on top, around the base saving:
 * each input named in words with its low and high value under it, the saving at each end
 * written at the bar's end, the base saving and the saving target (a minimum) as vertical
 * lines, and a legend.
 */
export function tornadoChart(
  parent: Parent,
  rows: readonly TornadoRow[],
  base: number,
  target: number | null,
  currency: string,
): void {
  // inputs that move the saving, widest first; the others are listed in the assumptions table
  const moves = (v: number) => Math.abs(v - base) > 1e-9;
  const shown = rows.filter((r) => moves(r.atLow) || moves(r.atHigh)).slice(0, 12);
  const still = rows.length - shown.length;
  const range = (r: TornadoRow) =>
    `${formatWithUnit(r.low, r.unit)} to ${formatWithUnit(r.high, r.unit)} (scenario: ${formatWithUnit(r.value, r.unit)})`;
  const width = chartWidth(parent);
  const narrow = width < NARROW;
  const longest = max(shown, (r) => Math.max(r.label.length, range(r).length * 0.9)) ?? 20;
  // on a phone each input's name and range sit above its bar, across the whole width
  const left = narrow ? 12 : Math.min(420, Math.max(180, Math.ceil(longest * CHAR_WIDTH) + 16));
  const rowHeight = narrow ? 64 : 40;
  const labelSpace = narrow ? 30 : 0;
  const frame = chartFrame(parent, {
    id: "cost-tornado",
    title: "What the saving depends on",
    description: `The monthly saving (against the target's baseline) with each cost input at its low and its high value, the others as they are; ${shown.length} inputs move it${still > 0 ? `, ${still} others do not` : ""}. Base saving ${formatPercent(base)}${target === null ? "" : `, target at least ${formatPercent(target)}`}. ${shown
      .map(
        (r) =>
          `${r.label}: ${formatPercent(r.atLow)} at ${formatWithUnit(r.low, r.unit)}, ${formatPercent(r.atHigh)} at ${formatWithUnit(r.high, r.unit)}`,
      )
      .join("; ")}.`,
    width,
    height: 74 + shown.length * rowHeight,
    margin: { top: 24, right: narrow ? 12 : 56, bottom: 40, left },
  });
  const values = [base, ...(target === null ? [] : [target])];
  const lo = Math.min(min(values) ?? base, min(shown, (r) => Math.min(r.atLow, r.atHigh)) ?? base);
  const hi = Math.max(max(values) ?? base, max(shown, (r) => Math.max(r.atLow, r.atHigh)) ?? base);
  const pad = (hi - lo || 0.1) * (narrow ? 0.2 : 0.12);
  const x = scaleLinear()
    .domain([lo - pad, hi + pad])
    .range([0, frame.width])
    .nice();
  const band = scaleBand<string>()
    .domain(shown.map((r) => r.input))
    .range([0, frame.height])
    .padding(narrow ? 0.1 : 0.3);
  // where a row's bar starts and its height (below its labels on a phone)
  const y = Object.assign((input: string) => (band(input) ?? 0) + labelSpace, {
    bandwidth: () => band.bandwidth() - labelSpace,
  });
  const row = frame.plot.selectAll("g.row").data(shown).join("g").attr("class", "row");
  for (const end of ["atLow", "atHigh"] as const) {
    const low = end === "atLow";
    row
      .append("rect")
      .attr("class", low ? "tornado-low" : "tornado-high")
      .attr("fill", low ? LOW : HIGH)
      .attr("x", (r) => x(Math.min(base, r[end])))
      .attr("width", (r) => Math.abs(x(r[end]) - x(base)))
      .attr("y", (r) => y(r.input) ?? 0)
      .attr("height", y.bandwidth())
      .append("title")
      .text(
        (r) =>
          `${r.label} at its ${low ? "low" : "high"} value, ${formatWithUnit(low ? r.low : r.high, r.unit)}: saving ${formatPercent(r[end])}`,
      );
    row
      .filter((r) => moves(r[end]))
      .append("text")
      .attr("class", "value")
      .attr("x", (r) => x(r[end]) + (r[end] < base ? -4 : 4))
      .attr("y", (r) => (y(r.input) ?? 0) + y.bandwidth() / 2)
      .attr("dy", "0.35em")
      .attr("text-anchor", (r) => (r[end] < base ? "end" : "start"))
      .text((r) => formatPercent(r[end]));
  }
  const labelX = narrow ? 0 : -8;
  const label = row
    .append("text")
    .attr("class", "tornado-label")
    .attr("x", labelX)
    .attr("y", (r) => (narrow ? (band(r.input) ?? 0) + 11 : (y(r.input) ?? 0) + y.bandwidth() / 2))
    .attr("text-anchor", narrow ? "start" : "end");
  label
    .append("tspan")
    .attr("x", labelX)
    .attr("dy", narrow ? "0" : "-0.2em")
    .text((r) => r.label);
  label
    .append("tspan")
    .attr("x", labelX)
    .attr("dy", "1.15em")
    .attr("fill", "#4b5563")
    .attr("font-size", "10px")
    .text(range);
  const rule = (
    cls: string,
    at: number,
    color: string,
    dash: string,
    text: string,
    top: boolean,
  ) => {
    frame.plot
      .append("line")
      .attr("class", cls)
      .attr("stroke", color)
      .attr("stroke-width", 1.5)
      .attr("stroke-dasharray", dash)
      .attr("x1", x(at))
      .attr("x2", x(at))
      .attr("y1", top ? -6 : 0)
      .attr("y2", top ? frame.height : frame.height + 6);
    frame.plot
      .append("text")
      .attr("class", `value ${cls}-label`)
      .attr("fill", color)
      .attr("x", x(at) + (top ? 4 : -4))
      .attr("y", top ? -10 : frame.height - 4)
      .attr("text-anchor", top ? "start" : "end")
      .text(text);
  };
  rule("tornado-base", base, BASE, "none", `base ${formatPercent(base)}`, true);
  if (target !== null)
    rule("tornado-target", target, TARGET, "5 3", `target ≥ ${formatPercent(target)}`, false);
  frame.plot
    .append("g")
    .attr("transform", `translate(0,${frame.height})`)
    .call(
      axisBottom(x)
        .ticks(narrow ? 4 : 8)
        .tickFormat((v) => formatPercent(Number(v), 0)),
    );
  frame.plot
    .append("text")
    .attr("class", "axis-title")
    .attr("x", frame.width / 2)
    .attr("y", frame.height + 34)
    .attr("text-anchor", "middle")
    .text(`monthly saving (bills in ${currency} per month)`);
  legend(
    select(frame.svg.node()?.parentElement as HTMLElement),
    [
      { label: "saving with the input at its low value", color: LOW },
      { label: "saving with the input at its high value", color: HIGH },
      { label: `base saving ${formatPercent(base)}`, color: BASE, shape: "line" },
      ...(target === null
        ? []
        : [
            {
              label: `saving target: at least ${formatPercent(target)}`,
              color: TARGET,
              shape: "line" as const,
            },
          ]),
    ],
    "Tornado legend",
  );
}
