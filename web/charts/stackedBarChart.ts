import { axisBottom, axisLeft, max, scaleBand, scaleLinear, select } from "d3";
import { formatMoney } from "../../scenarios/format.ts";
import type { Parent } from "../sections/section.ts";
import type { CostSegment } from "../transforms/costBars.ts";
import { chartFrame } from "./chartFrame.ts";
import { chartWidth, moneyTick, NARROW } from "./costAxis.ts";
import { legend } from "./legend.ts";
import { CATEGORICAL, seriesColor } from "./palette.ts";

/** The label of the items grouped when a chart has more items than colours. */
const OTHER = "other items";

/**
 * Horizontal stacked bars: each bill split into its line items, with its total at the end.
 * Each item has its own colour and a legend entry; past the palette's 12 colours the smallest
 * items are drawn as one "other items" series (never two items in one colour).
 */
export function stackedBarChart(
  parent: Parent,
  segments: readonly CostSegment[],
  currency: string,
): void {
  const money = (x: number) => formatMoney(x, currency);
  const bills = [...new Set(segments.map((s) => s.bill))];
  const colorOf = itemColors(segments);
  const width = chartWidth(parent);
  // on a phone each bill's name sits above its bar, across the whole width
  const narrow = width < NARROW;
  const frame = chartFrame(parent, {
    id: "cost-monthly",
    title: "Monthly bills, line by line",
    description: `${bills.length} bills in ${currency} per month: ${bills
      .map(
        (bill) =>
          `${bill} ${money(
            max(
              segments.filter((s) => s.bill === bill),
              (s) => s.to,
            ) ?? 0,
          )}`,
      )
      .join(", ")}.`,
    width,
    height: 70 + bills.length * (narrow ? 60 : 44),
    margin: { top: 10, right: narrow ? 76 : 100, bottom: 40, left: narrow ? 26 : 260 },
  });
  const x = scaleLinear()
    .domain([0, (max(segments, (s) => s.to) ?? 1) * 1.05])
    .range([0, frame.width])
    .nice();
  const band = scaleBand<string>().domain(bills).range([0, frame.height]).padding(0.3);
  const above = narrow ? 16 : 0;
  const y = Object.assign((bill: string) => (band(bill) ?? 0) + above / 2, {
    bandwidth: () => band.bandwidth() - above / 2,
  });
  frame.plot
    .selectAll("rect")
    .data(segments)
    .join("rect")
    .attr("class", "segment")
    .attr("x", (s) => x(s.from))
    .attr("width", (s) => Math.max(0, x(s.to) - x(s.from)))
    .attr("y", (s) => y(s.bill) ?? 0)
    .attr("height", y.bandwidth())
    .attr("fill", (s) => colorOf.get(s.item)?.color ?? CATEGORICAL[0])
    .attr("stroke", "#fff")
    .attr("stroke-width", 1)
    .append("title")
    .text((s) => `${s.bill}: ${s.item} ${money(s.to - s.from)}/month`);
  for (const bill of bills) {
    const total =
      max(
        segments.filter((s) => s.bill === bill),
        (s) => s.to,
      ) ?? 0;
    frame.plot
      .append("text")
      .attr("class", "value")
      .attr("x", x(total) + 6)
      .attr("y", (y(bill) ?? 0) + y.bandwidth() / 2)
      .attr("dy", "0.35em")
      .text(money(total));
  }
  if (narrow) {
    frame.plot
      .selectAll("text.bill-label")
      .data(bills)
      .join("text")
      .attr("class", "bill-label")
      .attr("x", 0)
      .attr("y", (bill) => y(bill) - 4)
      .text((bill) => bill);
  } else frame.plot.append("g").call(axisLeft(band));
  frame.plot
    .append("g")
    .attr("transform", `translate(0,${frame.height})`)
    .call(
      axisBottom(x)
        .ticks(narrow ? 3 : 6)
        .tickFormat((v) => moneyTick(currency)(Number(v))),
    );
  const series = [...new Map([...colorOf.values()].map((c) => [c.label, c.color]))];
  legend(
    select(frame.svg.node()?.parentElement as HTMLElement),
    series.map(([label, color]) => ({ label, color })),
    "Line items",
  );
}

/**
 * Each item's series and colour, in order of first appearance; with more items than colours,
 * the smallest (by their largest amount) share one "other items" series.
 */
export function itemColors(
  segments: readonly CostSegment[],
): Map<string, { label: string; color: string }> {
  const items = [...new Set(segments.map((s) => s.item))];
  const size = new Map<string, number>();
  for (const s of segments) size.set(s.item, Math.max(size.get(s.item) ?? 0, s.to - s.from));
  const own =
    items.length <= CATEGORICAL.length
      ? new Set(items)
      : new Set(
          [...items]
            .sort((a, b) => (size.get(b) ?? 0) - (size.get(a) ?? 0))
            .slice(0, CATEGORICAL.length - 1),
        );
  const out = new Map<string, { label: string; color: string }>();
  let next = 0;
  for (const item of items)
    if (own.has(item)) out.set(item, { label: item, color: seriesColor(next++) });
  const rest = items.filter((item) => !own.has(item));
  if (rest.length > 0) {
    const other = seriesColor(next);
    for (const item of rest) out.set(item, { label: OTHER, color: other });
  }
  return out;
}
