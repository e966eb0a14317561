import { axisBottom, type ScaleLinear, type Selection } from "d3";
import type { Parent } from "../sections/section.ts";

/** Inner drawing area of a chart. */
export interface Frame {
  svg: Selection<SVGSVGElement, unknown, null, undefined>;
  plot: Selection<SVGGElement, unknown, null, undefined>;
  width: number;
  height: number;
}

/** Space around the plot for axes and labels, pixels. */
export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * An accessible SVG chart in a figure: a title and a text description for screen readers
 * (role="img" with aria-label), a caption, and buttons to save it as SVG or PNG.
 */
export function chartFrame(
  parent: Parent,
  options: {
    id: string;
    title: string;
    description: string;
    width: number;
    height: number;
    margin: Margin;
  },
): Frame {
  const { id, title, description, width, height, margin } = options;
  const figure = parent.append("figure").attr("class", "chart").attr("id", id);
  const svg = figure
    .append("svg")
    .attr("xmlns", "http://www.w3.org/2000/svg")
    .attr("viewBox", `0 0 ${width} ${height}`)
    .attr("width", "100%")
    .attr("role", "img")
    .attr("aria-label", `${title}. ${description}`);
  svg.append("title").text(title);
  svg.append("desc").text(description);
  const plot = svg.append("g").attr("transform", `translate(${margin.left},${margin.top})`);
  figure.append("figcaption").text(title);
  const buttons = figure.append("div").attr("class", "chart-export");
  buttons
    .append("button")
    .attr("type", "button")
    .text("Save SVG")
    .on("click", () =>
      save(`${id}.svg`, new Blob([svgText(svg.node()!)], { type: "image/svg+xml" })),
    );
  buttons
    .append("button")
    .attr("type", "button")
    .text("Save PNG")
    .on("click", () => void savePng(svg.node()!, `${id}.png`, width, height));
  return {
    svg,
    plot,
    width: width - margin.left - margin.right,
    height: height - margin.top - margin.bottom,
  };
}

/**
 * A bottom axis of whole months, at most 12 ticks (one per half year on long spans) and at most
 * one per 50 px of width (a phone gets fewer, not crowded ones), with its title centred below.
 */
export function monthAxis(
  frame: Frame,
  x: ScaleLinear<number, number>,
  months: number,
  title: string,
): void {
  frame.plot
    .append("g")
    .attr("transform", `translate(0,${frame.height})`)
    .call(
      axisBottom(x)
        .ticks(Math.max(2, Math.min(12, months / 6, frame.width / 50)))
        .tickFormat((m) => `${m}`),
    );
  frame.plot
    .append("text")
    .attr("class", "axis-title")
    .attr("x", frame.width / 2)
    .attr("y", frame.height + 36)
    .attr("text-anchor", "middle")
    .text(title);
}

function svgText(svg: SVGSVGElement): string {
  return new XMLSerializer().serializeToString(svg);
}

function save(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

async function savePng(
  svg: SVGSVGElement,
  name: string,
  width: number,
  height: number,
): Promise<void> {
  const image = new Image();
  const url = URL.createObjectURL(new Blob([svgText(svg)], { type: "image/svg+xml" }));
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error("the chart could not be drawn as an image"));
    image.src = url;
  });
  const canvas = document.createElement("canvas");
  canvas.width = width * 2;
  canvas.height = height * 2;
  const context = canvas.getContext("2d");
  if (context === null) return;
  context.fillStyle = "#fff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  URL.revokeObjectURL(url);
  canvas.toBlob((blob) => {
    if (blob !== null) save(name, blob);
  }, "image/png");
}
