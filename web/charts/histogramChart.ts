import { axisBottom, axisLeft, max, scaleLinear } from "d3";
import { formatWithUnit } from "../../scenarios/format.ts";
import { maxOf, minOf } from "../../sim/stats/extremes.ts";
import type { Parent } from "../sections/section.ts";
import type { HistogramBin } from "../transforms/binSamples.ts";
import type { HistogramMarker } from "../transforms/monteCarloFigures.ts";
import { availableWidth, figureOf, fitViewBox } from "./axisLayout.ts";
import { chartFrame } from "./chartFrame.ts";
import { type LegendItem, legend } from "./legend.ts";
import { seriesColor } from "./palette.ts";

/** Colours of the histogram's three kinds of mark (bars from the palette; lines as before). */
const BIN_COLOR = seriesColor(0);
const PERCENTILE_COLOR = "#57606a";
const LIMIT_COLOR = "#cf222e";

/**
 * A histogram of binned samples with vertical markers: percentiles as thin grey lines, a
 * target's limit as a dashed red line, each labelled. Values (in `unit`, as targets carry it)
 * are shown with formatWithUnit on the axis and in tooltips. An HTML legend names the bars
 * and each kind of line drawn; laid out for the width it is shown at.
 */
export function histogramChart(
  parent: Parent,
  bins: readonly HistogramBin[],
  markers: readonly HistogramMarker[],
  options: { id: string; title: string; description: string; unit: string },
): void {
  const frame = chartFrame(parent, {
    ...options,
    width: availableWidth(parent, 960, 300),
    height: 240,
    margin: { top: 48, right: 24, bottom: 36, left: 48 },
  });
  // The scale spans the samples and percentiles; a limit far from them (72 h against a 20 h
  // makespan) would squeeze the bars, so it is drawn at the edge and labelled "off scale".
  const xs = [
    ...bins.flatMap((b) => [b.x0, b.x1]),
    ...markers.filter((m) => m.kind !== "limit").map((m) => m.value),
  ];
  let lo = minOf(xs);
  let hi = maxOf(xs);
  if (!(hi > lo)) {
    const pad = Math.abs(lo) * 0.05 || 1;
    lo -= pad;
    hi += pad;
  }
  const span = hi - lo;
  for (const m of markers) {
    if (m.kind === "limit" && m.value >= lo - span && m.value <= hi + span) {
      lo = Math.min(lo, m.value);
      hi = Math.max(hi, m.value);
    }
  }
  const x = scaleLinear().domain([lo, hi]).range([0, frame.width]).nice().clamp(true);
  const [domainLo, domainHi] = x.domain() as [number, number];
  const offScale = (m: HistogramMarker) => m.value < domainLo || m.value > domainHi;
  const y = scaleLinear()
    .domain([0, max(bins, (b) => b.count) ?? 1])
    .range([frame.height, 0])
    .nice();
  const minWidth = 2;
  frame.plot
    .selectAll("rect.bin")
    .data(bins)
    .join("rect")
    .attr("class", "bin")
    .attr("fill", BIN_COLOR)
    .attr("x", (b) => x(b.x0))
    .attr("y", (b) => y(b.count))
    .attr("width", (b) => Math.max(minWidth, x(b.x1) - x(b.x0) - 1))
    .attr("height", (b) => frame.height - y(b.count))
    .append("title")
    .text(
      (b) =>
        `${formatWithUnit(b.x0, options.unit)} – ${formatWithUnit(b.x1, options.unit)}: ${b.count} replications`,
    );
  const marks = frame.plot
    .selectAll("g.marker")
    .data(markers)
    .join("g")
    .attr("class", (m) => `marker ${m.kind}`)
    .attr("transform", (m) => `translate(${x(m.value)},0)`);
  marks
    .append("line")
    .attr("y1", (_, i) => -4 - (markers.length - 1 - i) * 11)
    .attr("y2", frame.height)
    .attr("stroke", (m) => (m.kind === "limit" ? LIMIT_COLOR : PERCENTILE_COLOR))
    .attr("stroke-width", (m) => (m.kind === "limit" ? 2 : 1))
    .attr("stroke-dasharray", (m) => (m.kind === "limit" ? "6 3" : null));
  // labels stacked one row per marker, anchored away from the edges, so close ones stay legible
  marks
    .append("text")
    .attr("y", (_, i) => -8 - (markers.length - 1 - i) * 11)
    .attr("text-anchor", (m) =>
      x(m.value) > frame.width * 0.85
        ? "end"
        : x(m.value) < frame.width * 0.15
          ? "start"
          : "middle",
    )
    .attr("font-size", 10)
    .attr("fill", (m) => (m.kind === "limit" ? LIMIT_COLOR : "#24292f"))
    .text(
      (m) =>
        `${m.label} ${formatWithUnit(m.value, options.unit)}${offScale(m) ? (m.value > domainHi ? " (off scale →)" : " (← off scale)") : ""}`,
    );
  frame.plot
    .append("g")
    .attr("transform", `translate(0,${frame.height})`)
    .call(
      axisBottom(x)
        .ticks(frame.width < 400 ? 4 : 6)
        .tickFormat((v) => formatWithUnit(Number(v), options.unit)),
    );
  frame.plot.append("g").call(axisLeft(y).ticks(4));
  fitViewBox(frame.svg);
  const items: LegendItem[] = [{ label: "replications per bin", color: BIN_COLOR }];
  if (markers.some((m) => m.kind === "percentile")) {
    items.push({
      label: "percentiles of the replications",
      color: PERCENTILE_COLOR,
      shape: "line",
    });
  }
  if (markers.some((m) => m.kind === "limit")) {
    items.push({ label: "the target's limit (dashed)", color: LIMIT_COLOR, shape: "line" });
  }
  if (items.length > 1) legend(figureOf(frame.svg), items);
}
