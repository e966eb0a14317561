import { axisBottom, axisLeft, max, min, scaleBand, scaleLinear, select } from "d3";
import { formatMoney } from "../../scenarios/format.ts";
import type { Parent } from "../sections/section.ts";
import type { WaterfallStep } from "../transforms/billWaterfall.ts";
import { chartFrame } from "./chartFrame.ts";
import { CHAR_WIDTH, chartWidth, moneyAxisMargin, moneyTick, NARROW } from "./costAxis.ts";
import { legend } from "./legend.ts";

/** Fills by kind of step, inline so a saved SVG keeps them. */
const FILL = { total: "#8c959f", increase: "#a40e26", decrease: "#116329" } as const;

/**
 * A waterfall of monthly bills: totals as bars from zero, changes as floating bars (increase
 * or decrease) from the running total, each labelled with its amount in `currency` per month.
 */
export function waterfallChart(
  parent: Parent,
  steps: readonly WaterfallStep[],
  currency: string,
): void {
  const amount = (x: number) => formatMoney(x, currency).replace(` ${currency}`, "");
  const signed = (s: WaterfallStep) =>
    s.kind === "total"
      ? amount(s.to)
      : `${s.to >= s.from ? "+" : "−"}${amount(Math.abs(s.to - s.from))}`;
  const lo = Math.min(0, min(steps, (s) => Math.min(s.from, s.to)) ?? 0);
  const hi = max(steps, (s) => Math.max(s.from, s.to)) ?? 1;
  const y = scaleLinear()
    .domain([lo, hi * (chartWidth(parent) < NARROW ? 1.3 : 1.1)])
    .nice();
  const ticks = y.ticks(6);
  const tick = moneyTick(currency);
  // rotated step labels reach down (sin 35°) and to the left (cos 35°) of their step
  const longest = max(steps, (s) => s.label.length) ?? 10;
  const width = chartWidth(parent);
  // on a phone the steps are narrow: their labels stand upright (−90°) instead of at −35°
  const narrow = width < NARROW;
  const angle = narrow ? 90 : 35;
  const bottom = Math.ceil(longest * CHAR_WIDTH * Math.sin((angle * Math.PI) / 180)) + 24;
  const left = Math.max(
    moneyAxisMargin(ticks, currency),
    narrow ? 0 : Math.ceil((steps[0]?.label.length ?? 0) * CHAR_WIDTH * 0.82) - 20,
  );
  const first = steps[0];
  const last = steps[steps.length - 1];
  const frame = chartFrame(parent, {
    id: "cost-waterfall",
    title: "From the old monthly bill to the new one",
    description: `Waterfall in ${currency} per month: ${steps.map((s) => `${s.label} ${signed(s)}`).join(", ")}.${first && last ? ` From ${amount(first.to)} to ${amount(last.to)} ${currency} per month.` : ""}`,
    width,
    height: 240 + bottom,
    margin: { top: 20, right: 20, bottom, left },
  });
  const x = scaleBand<string>()
    .domain(steps.map((s) => s.label))
    .range([0, frame.width])
    .padding(0.2);
  y.range([frame.height, 0]);
  const kind = (s: WaterfallStep): keyof typeof FILL =>
    s.kind === "total" ? "total" : s.to >= s.from ? "increase" : "decrease";
  const g = frame.plot.selectAll("g.step").data(steps).join("g").attr("class", "step");
  g.append("rect")
    .attr("class", (s) => `waterfall ${kind(s)}`)
    .attr("fill", (s) => FILL[kind(s)])
    .attr("x", (s) => x(s.label) ?? 0)
    .attr("width", x.bandwidth())
    .attr("y", (s) => y(Math.max(s.from, s.to)))
    .attr("height", (s) => Math.max(1, Math.abs(y(s.from) - y(s.to))))
    .append("title")
    .text((s) => `${s.label}: ${signed(s)} ${currency}/month`);
  g.append("text")
    .attr("class", "value")
    .attr("x", (s) => (x(s.label) ?? 0) + x.bandwidth() / 2)
    .attr("y", (s) => y(Math.max(s.from, s.to)) - 4)
    .attr("text-anchor", narrow ? "start" : "middle")
    // on a phone the amounts stand upright so that neighbours do not overlap
    .attr("transform", (s) =>
      narrow
        ? `rotate(-90 ${(x(s.label) ?? 0) + x.bandwidth() / 2} ${y(Math.max(s.from, s.to)) - 4})`
        : null,
    )
    .attr("dy", narrow ? "0.35em" : null)
    .text(signed);
  // connectors: the running total carried from one step to the next
  frame.plot
    .selectAll("line.connector")
    .data(steps.slice(0, -1))
    .join("line")
    .attr("class", "connector")
    .attr("stroke", "#4b5563")
    .attr("stroke-dasharray", "2 2")
    .attr("x1", (s) => (x(s.label) ?? 0) + x.bandwidth())
    .attr("x2", (_, i) => x(steps[i + 1]?.label ?? "") ?? 0)
    .attr("y1", (s) => y(s.to))
    .attr("y2", (s) => y(s.to));
  frame.plot
    .append("g")
    .attr("transform", `translate(0,${frame.height})`)
    .call(axisBottom(x))
    .selectAll("text")
    .attr("text-anchor", "end")
    .attr("transform", `rotate(-${angle})`)
    .attr("dx", "-0.4em")
    .attr("dy", "0.6em");
  frame.plot.append("g").call(
    axisLeft(y)
      .tickValues(ticks)
      .tickFormat((v) => tick(Number(v))),
  );
  const present = new Set(steps.map(kind));
  const names = { total: "bill total", increase: "increase", decrease: "decrease" } as const;
  legend(
    select(frame.svg.node()?.parentElement as HTMLElement),
    (["total", "increase", "decrease"] as const)
      .filter((k) => present.has(k))
      .map((k) => ({ label: names[k], color: FILL[k] })),
    "Steps",
  );
}
