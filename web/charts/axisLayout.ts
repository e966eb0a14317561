import { type Selection, select } from "d3";
import type { Parent } from "../sections/section.ts";
import "./axisLayout.css";

/** Approximate advance of one character of the charts' 11 px sans-serif text, pixels. */
const CHAR_WIDTH = 6.4;

/**
 * The width, in CSS pixels, a chart drawn in `parent` should lay itself out for: the space the
 * parent offers, at most `preferred` (the desktop layout) and at least `min` (below it the
 * chart scales down). Drawing at the width it is shown at keeps text at its CSS size (11 px)
 * on a phone, instead of a 960-unit chart shrunk to 3–4 px text. `preferred` where the page
 * has no layout (no DOM measurement: a test's fake document).
 */
export function availableWidth(parent: Parent, preferred: number, min: number): number {
  const probe = parent.append("div").attr("class", "chart-probe");
  const width = probe.node()?.getBoundingClientRect?.().width ?? 0;
  probe.remove();
  if (!(width > 0)) return preferred;
  return Math.round(Math.max(min, Math.min(preferred, width)));
}

/** An estimate of the width of `text` at the charts' 11 px size, for margins. */
export function textWidth(text: string, fontSize = 11): number {
  return text.length * CHAR_WIDTH * (fontSize / 11);
}

/** `text` cut to `max` characters with an ellipsis (the whole text belongs in a tooltip). */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1))}…`;
}

/**
 * Widens the SVG's viewBox so that everything drawn in it (axis labels, value labels) lies
 * within it: a safety net under the estimated margins, so that no label is ever clipped
 * ("0000 EUR"). Needs layout (getBBox); does nothing without it.
 */
export function fitViewBox(svg: Selection<SVGSVGElement, unknown, null, undefined>): void {
  const node = svg.node();
  if (node === null || typeof node.getBBox !== "function") return;
  const [x0, y0, w, h] = (node.getAttribute("viewBox") ?? "0 0 0 0").split(/\s+/).map(Number) as [
    number,
    number,
    number,
    number,
  ];
  let box: DOMRect;
  try {
    box = node.getBBox();
  } catch {
    return;
  }
  if (!(box.width > 0 && box.height > 0)) return;
  const pad = 2;
  const left = Math.min(x0, Math.floor(box.x - pad));
  const top = Math.min(y0, Math.floor(box.y - pad));
  const right = Math.max(x0 + w, Math.ceil(box.x + box.width + pad));
  const bottom = Math.max(y0 + h, Math.ceil(box.y + box.height + pad));
  if (left === x0 && top === y0 && right === x0 + w && bottom === y0 + h) return;
  node.setAttribute("viewBox", `${left} ${top} ${right - left} ${bottom - top}`);
}

/** The figure a chart's SVG sits in (for its HTML legend). */
export function figureOf(
  svg: Selection<SVGSVGElement, unknown, null, undefined>,
): Selection<HTMLElement, unknown, null, undefined> {
  return select(svg.node()!.parentElement!);
}
