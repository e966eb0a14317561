import { area, axisBottom, axisLeft, curveStepAfter, scaleLinear, scaleOrdinal, stack } from "d3";
import type { Parent } from "../sections/section.ts";
import type { LinkUse } from "../transforms/linkUse.ts";
import { chartFrame } from "./chartFrame.ts";

const COLORS = ["#1f6feb", "#bf8700", "#8250df", "#1a7f37"];

/** The inter-site link's use over time, stacked by kind of traffic, against its capacity. */
export function linkChart(parent: Parent, use: LinkUse): void {
  const frame = chartFrame(parent, {
    id: "link-use",
    title: "Inter-site link use by kind of traffic",
    description: `Rate used over time (Gbit/s) by ${use.kinds.join(" and ")}, against the effective capacity of ${use.capacityGbps.toFixed(1)} Gbit/s.`,
    width: 960,
    height: 280,
    margin: { top: 16, right: 120, bottom: 36, left: 56 },
  });
  const points = [
    ...use.points,
    { hours: use.endHours, gbps: Object.fromEntries(use.kinds.map((k) => [k, 0])) },
  ];
  const x = scaleLinear().domain([0, use.endHours]).range([0, frame.width]).nice();
  const y = scaleLinear()
    .domain([0, use.capacityGbps * 1.1])
    .range([frame.height, 0])
    .nice();
  const color = scaleOrdinal<string, string>().domain(use.kinds).range(COLORS);
  const layers = stack<(typeof points)[number]>()
    .keys(use.kinds)
    .value((p, k) => p.gbps[k] ?? 0)(points);
  const shape = area<[number, number] & { data: (typeof points)[number] }>()
    .curve(curveStepAfter)
    .x((d) => x(d.data.hours))
    .y0((d) => y(d[0]))
    .y1((d) => y(d[1]));
  frame.plot
    .selectAll("path.layer")
    .data(layers)
    .join("path")
    .attr("class", "layer")
    .attr("fill", (d) => color(d.key))
    .attr("d", (d) => shape(d as never) ?? "")
    .append("title")
    .text((d) => d.key);
  frame.plot
    .append("line")
    .attr("class", "capacity")
    .attr("x1", 0)
    .attr("x2", frame.width)
    .attr("y1", y(use.capacityGbps))
    .attr("y2", y(use.capacityGbps));
  frame.plot
    .append("g")
    .attr("transform", `translate(0,${frame.height})`)
    .call(axisBottom(x).tickFormat((h) => `${h} h`));
  frame.plot.append("g").call(axisLeft(y).tickFormat((g) => `${g} Gbit/s`));
  const legend = frame.plot.append("g").attr("transform", `translate(${frame.width + 12},0)`);
  use.kinds.forEach((kind, i) => {
    legend
      .append("rect")
      .attr("y", i * 18)
      .attr("width", 12)
      .attr("height", 12)
      .attr("fill", color(kind));
    legend
      .append("text")
      .attr("x", 18)
      .attr("y", i * 18 + 10)
      .text(kind);
  });
}
