import { axisBottom, type ScaleLinear, type Selection, scaleLinear, select } from "d3";
import { formatDuration } from "../../scenarios/format.ts";
import type { SimulationResult } from "../../scenarios/result/SimulationResult.ts";
import { OVER_COLOR } from "./palette.ts";

/** Width of every migration chart's viewBox: the phase strip, the Gantt and the link chart. */
export const MIGRATION_CHART_WIDTH = 960;
/** Font size of chart text in the SVGs (style.css: figure.chart svg). */
const FONT_PX = 11;

/**
 * The one time axis the migration's charts share: 0 to the makespan target's limit (or the
 * makespan when it runs longer), the same left margin (wide enough for the longest label) and
 * right margin, so that one hour sits at the same place in the phase strip, the Gantt and the
 * link chart.
 */
export interface MigrationTime {
  x: ScaleLinear<number, number>;
  /** Hours at the left end of the axis: 0 on the whole window, later when zoomed. */
  startHours: number;
  /** Hours at the right end of the axis. */
  endHours: number;
  /** True when the axis shows a part of the window only (zoomed on the waves). */
  zoomed: boolean;
  makespanHours: number;
  /** The makespan target's limit, hours; null without such a target. */
  limitHours: number | null;
  left: number;
  right: number;
  /** Plot width in viewBox units. */
  plotWidth: number;
  /** The widest label the left margin holds; a longer one is squeezed to it (never cut). */
  labelWidth: number;
}

/** Width of `text` in the charts' font, pixels (an estimate outside a browser). */
export function textWidth(text: string, px = FONT_PX): number {
  const context =
    typeof document === "undefined" ? null : document.createElement("canvas").getContext("2d");
  if (context === null) return text.length * px * 0.62;
  const family = getComputedStyle(document.documentElement).fontFamily || "sans-serif";
  context.font = `${px}px ${family}`;
  // canvas and SVG text may differ slightly: a margin of 6 %
  return context.measureText(text).width * 1.06;
}

/**
 * The shared axis for `result`, its left margin sized for `labels` (VM names, wave titles…):
 * the whole window, or `zoom` ([start, end] hours) when given.
 */
export function migrationTime(
  result: SimulationResult,
  labels: readonly string[],
  zoom?: readonly [number, number],
): MigrationTime {
  const makespanHours = result.migration.makespanSeconds / 3600;
  const target = result.targets.find((t) => t.id === "migration.makespan");
  const limit = target?.limit;
  const limitHours = typeof limit === "number" && Number.isFinite(limit) ? limit / 3600 : null;
  const endHours = Math.max(makespanHours, limitHours ?? 0, 1e-6);
  let widest = 0;
  for (const label of labels) widest = Math.max(widest, textWidth(label));
  const maxLabel = MIGRATION_CHART_WIDTH * 0.4;
  const labelWidth = Math.min(maxLabel, Math.max(110, widest));
  const left = Math.ceil(labelWidth + 26);
  const right = 36;
  const plotWidth = MIGRATION_CHART_WIDTH - left - right;
  const [start, end] = zoom ?? [0, endHours];
  const x = scaleLinear()
    .domain([start, Math.max(end, start + 1e-6)])
    .range([0, plotWidth])
    .clamp(true);
  return {
    x,
    startHours: start,
    endHours: end,
    zoomed: zoom !== undefined,
    makespanHours,
    limitHours,
    left,
    right,
    plotWidth,
    labelWidth,
  };
}

/**
 * The part of the window the waves take, padded by 3 % either side (a view that shows each
 * VM's bar; the whole window shows them as slivers when the limit is far off).
 */
export function wavesWindow(result: SimulationResult): [number, number] {
  const waves = result.migration.phases.find((p) => p.name === "waves");
  let start = waves === undefined ? Number.POSITIVE_INFINITY : waves.startSeconds;
  let end = waves === undefined ? Number.NEGATIVE_INFINITY : waves.endSeconds;
  for (const v of result.migration.vms) {
    start = Math.min(start, v.startSeconds);
    end = Math.max(end, v.endSeconds);
  }
  if (!Number.isFinite(start) || !Number.isFinite(end))
    return [0, result.migration.makespanSeconds / 3600];
  const pad = Math.max((end - start) * 0.03, 60);
  return [Math.max(0, (start - pad) / 3600), (end + pad) / 3600];
}

/** Hour ticks between `start` and `end`: a step of ¼, ½, 1, 2, 3, 6, 12, 24 h… giving at most 12. */
export function hourTicks(start: number, end: number): number[] {
  const span = end - start;
  const steps = [1 / 60, 5 / 60, 0.25, 0.5, 1, 2, 3, 6, 12, 24, 48, 96, 168, 336, 720];
  const step = steps.find((s) => span / s <= 12) ?? Math.ceil(span / 12);
  const ticks: number[] = [];
  for (let i = Math.ceil(start / step - 1e-9); i * step <= end + 1e-9; i++)
    ticks.push(Number((i * step).toFixed(6)));
  return ticks;
}

/** A tick's text: whole hours as "12 h", others as h:mm ("13:40"). */
export function hourTick(hours: number): string {
  if (Math.abs(hours - Math.round(hours)) < 1e-9) return `${Math.round(hours)} h`;
  const minutes = Math.round(hours * 60);
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, "0")}`;
}

type G = Selection<SVGGElement, unknown, null, undefined>;

/**
 * Draws the shared background of a plot `height` high: the time window (a light band from 0
 * to the axis end, class "time-window" with the domain in data attributes, which tests use to
 * check that the charts line up), hour grid lines, and the limit as a dashed line.
 */
export function timeBackground(plot: G, time: MigrationTime, height: number): void {
  const { x } = time;
  plot
    .append("rect")
    .attr("class", "time-window")
    .attr("data-start-hours", time.startHours)
    .attr("data-end-hours", time.endHours)
    .attr("x", 0)
    .attr("width", time.plotWidth)
    .attr("y", 0)
    .attr("height", height)
    .style("fill", "#f6f8fa");
  plot
    .append("g")
    .attr("class", "time-grid")
    .selectAll("line")
    .data(hourTicks(time.startHours, time.endHours))
    .join("line")
    .attr("x1", (t) => x(t))
    .attr("x2", (t) => x(t))
    .attr("y1", 0)
    .attr("y2", height)
    .style("stroke", "#e5e9ee");
  if (time.limitHours !== null && time.limitHours <= time.endHours) {
    plot
      .append("line")
      .attr("class", "time-limit")
      .attr("x1", x(time.limitHours))
      .attr("x2", x(time.limitHours))
      .attr("y1", 0)
      .attr("y2", height)
      .style("stroke", OVER_COLOR)
      .style("stroke-dasharray", "5 3")
      .style("stroke-width", 1.5);
  }
}

/** A bottom axis of hours at `y`, its title under it. */
export function timeAxis(plot: G, time: MigrationTime, y: number): void {
  plot
    .append("g")
    .attr("class", "time-axis")
    .attr("transform", `translate(0,${y})`)
    .call(
      axisBottom(time.x)
        .tickValues(hourTicks(time.startHours, time.endHours))
        .tickFormat((h) => hourTick(Number(h))),
    );
  plot
    .append("text")
    .attr("class", "axis-title")
    .attr("x", time.plotWidth / 2)
    .attr("y", y + 32)
    .attr("text-anchor", "middle")
    .text(
      time.zoomed
        ? `hours from the start of link set-up (h:mm), zoomed on the waves: ${hourTick(time.startHours)} to ${hourTick(time.endHours)}`
        : `hours from the start of link set-up${time.limitHours === null ? "" : ` — the dashed line is the makespan limit, ${formatDuration(time.limitHours * 3600)}`}`,
    );
}

/**
 * Moves a chart's SVG into a horizontally scrolling box (class "migration-scroll"): on a
 * phone the charts keep a readable width and scroll inside the page, never the page itself;
 * the legend and caption stay in view. Returns the figure.
 */
export function scrollBox(svg: SVGSVGElement): Selection<HTMLElement, unknown, null, undefined> {
  const figure = svg.parentElement!;
  const box = document.createElement("div");
  box.className = "migration-scroll";
  figure.insertBefore(box, svg);
  box.appendChild(svg);
  return select(figure);
}

/** Keeps the scrolling boxes under `root` at one horizontal position, so the axes stay aligned. */
export function syncScroll(root: Element): void {
  const boxes = [...root.querySelectorAll<HTMLElement>(".migration-scroll")];
  for (const box of boxes) {
    box.addEventListener("scroll", () => {
      for (const other of boxes)
        if (other !== box && other.scrollLeft !== box.scrollLeft) other.scrollLeft = box.scrollLeft;
    });
  }
}
