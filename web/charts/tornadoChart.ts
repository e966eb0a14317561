import { axisBottom, max, min, scaleBand, scaleLinear } from "d3";
import type { Parent } from "../sections/section.ts";
import type { TornadoRow } from "../transforms/costBars.ts";
import { chartFrame } from "./chartFrame.ts";

/** The saving at each input's low and high end, widest swing on top, around the base saving. */
export function tornadoChart(parent: Parent, rows: readonly TornadoRow[], base: number): void {
  // inputs that move the saving, widest first; the others are listed in the assumptions table
  const shown = rows.filter((r) => r.atLow !== base || r.atHigh !== base).slice(0, 12);
  const frame = chartFrame(parent, {
    id: "cost-tornado",
    title: "What the saving depends on",
    description: `The monthly saving at the low and high value of each cost input (${shown.length} widest shown), against the base of ${(base * 100).toFixed(1)} %.`,
    width: 960,
    height: 60 + shown.length * 24,
    margin: { top: 10, right: 30, bottom: 36, left: 300 },
  });
  const lo = Math.min(base, min(shown, (r) => Math.min(r.atLow, r.atHigh)) ?? base);
  const hi = Math.max(base, max(shown, (r) => Math.max(r.atLow, r.atHigh)) ?? base);
  const x = scaleLinear().domain([lo, hi]).range([0, frame.width]).nice();
  const y = scaleBand<string>()
    .domain(shown.map((r) => r.input))
    .range([0, frame.height])
    .padding(0.25);
  const row = frame.plot.selectAll("g.row").data(shown).join("g").attr("class", "row");
  for (const end of ["atLow", "atHigh"] as const) {
    row
      .append("rect")
      .attr("class", end === "atLow" ? "low" : "high")
      .attr("x", (r) => x(Math.min(base, r[end])))
      .attr("width", (r) => Math.abs(x(r[end]) - x(base)))
      .attr("y", (r) => y(r.input) ?? 0)
      .attr("height", y.bandwidth())
      .append("title")
      .text(
        (r) =>
          `${r.input} at its ${end === "atLow" ? "low" : "high"} value: saving ${(r[end] * 100).toFixed(1)} %`,
      );
  }
  row
    .append("text")
    .attr("x", -6)
    .attr("y", (r) => (y(r.input) ?? 0) + y.bandwidth() / 2)
    .attr("dy", "0.35em")
    .attr("text-anchor", "end")
    .text((r) => r.input);
  frame.plot
    .append("line")
    .attr("class", "base")
    .attr("x1", x(base))
    .attr("x2", x(base))
    .attr("y1", 0)
    .attr("y2", frame.height);
  frame.plot
    .append("g")
    .attr("transform", `translate(0,${frame.height})`)
    .call(axisBottom(x).tickFormat((v) => `${(Number(v) * 100).toFixed(0)} %`));
}
