/**
 * Charts lay themselves out for the width they are drawn at (`availableWidth`: text stays at
 * its CSS size on a phone), so a report drawn in a wide window and then narrowed (or turned, on
 * a tablet) would keep a desktop layout shrunk to tiny text. This draws the report again when
 * its width changes enough to change a chart's layout, keeping the reader's place.
 */

/** Widths at and above this lay charts out alike: the widest chart's preferred width, px. */
const WIDEST_LAYOUT = 960;
/** Widths within one step lay charts out about alike, px. */
const STEP = 40;
/** Wait for the resize to settle, ms. */
const SETTLE_MS = 150;

interface Drawn {
  draw: () => void;
  layout: number;
  /** What the reader had at the top of the window before the resize (see anchorOf). */
  anchor: Anchor | null;
}

/** An element with an id and where its top was in the window, px. */
interface Anchor {
  id: string;
  top: number;
}

/** Elements that mark a place in the report: headings, figures and sections with an id. */
const PLACES = "h2[id], h3[id], figure[id], section[id]";

const drawnReports = new WeakMap<HTMLElement, Drawn>();

/** The layout a width gives charts, in STEP-wide buckets, wide windows all alike. */
export function layoutOf(width: number): number {
  return Math.floor(Math.min(width, WIDEST_LAYOUT) / STEP);
}

/**
 * Draws the report with `draw` (which renders into `root` and whatever it adds, e.g. the
 * what-if labels) and draws it again the same way whenever `root`'s width later moves to
 * another layout, after the resize settles, with the place the reader had at the top of the
 * window (the first heading, figure or section there, noted as they scroll) put back where it
 * was, and the `<details>` they opened or closed as they were. Not while printing: a print lays
 * the page out for paper on its own. The latest `draw` for a root replaces the previous one.
 */
export function drawReport(root: HTMLElement, draw: () => void): void {
  let drawn = drawnReports.get(root);
  if (drawn === undefined) drawn = watch(root, draw);
  drawn.draw = draw;
  draw();
  drawn.layout = layoutOf(root.clientWidth);
}

function watch(root: HTMLElement, draw: () => void): Drawn {
  const drawn: Drawn = { draw, layout: 0, anchor: null };
  drawnReports.set(root, drawn);
  const view = root.ownerDocument.defaultView;
  if (view === null || typeof view.ResizeObserver !== "function") return drawn;
  let pending = false;
  view.addEventListener(
    "scroll",
    () => {
      if (pending) return;
      pending = true;
      view.requestAnimationFrame(() => {
        pending = false;
        // not once the width has moved to another layout: the place to keep is the one the
        // reader had before, in the layout drawn (a scrollbar appearing stays in one layout)
        if (layoutOf(root.clientWidth) === drawn.layout) drawn.anchor = anchorOf(root);
      });
    },
    { passive: true },
  );
  let width = root.clientWidth;
  let timer: ReturnType<typeof setTimeout> | null = null;
  new view.ResizeObserver(() => {
    // the report grows and shrinks in height as it is drawn and read: only its width matters
    if (root.clientWidth === width) return;
    width = root.clientWidth;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      redrawIfLaidOutAnew(root, drawn);
    }, SETTLE_MS);
  }).observe(root);
  return drawn;
}

function redrawIfLaidOutAnew(root: HTMLElement, drawn: Drawn): void {
  const view = root.ownerDocument.defaultView;
  if (view === null || view.matchMedia?.("print").matches === true) return;
  const layout = layoutOf(root.clientWidth);
  if (layout === drawn.layout || root.clientWidth === 0) return;
  const anchor = drawn.anchor;
  // what the reader opened (waves of the plan, notes) is opened again, by position
  const opened = Array.from(root.querySelectorAll("details"), (d) => d.open);
  drawn.draw();
  drawn.layout = layout;
  const details = root.querySelectorAll("details");
  if (details.length === opened.length) {
    details.forEach((d, i) => {
      if (d.open !== opened[i]) d.open = opened[i] === true;
    });
  }
  const again = anchor === null ? null : root.ownerDocument.getElementById(anchor.id);
  if (anchor !== null && again !== null) {
    view.scrollBy(0, again.getBoundingClientRect().top - anchor.top);
  }
  drawn.anchor = anchorOf(root);
}

/**
 * The reader's place: the first heading, figure or section shown (in the report's order) whose
 * top is in the window or below it, and where that top is; null at the very top of the page.
 */
function anchorOf(root: HTMLElement): Anchor | null {
  const view = root.ownerDocument.defaultView;
  if (view === null || view.scrollY <= 0) return null;
  for (const element of Array.from(root.querySelectorAll<HTMLElement>(PLACES))) {
    const box = element.getBoundingClientRect();
    // not shown (display: none, a closed <details>): no place on the page
    if (box.width === 0 && box.height === 0) continue;
    // a fraction of a pixel above the window (scrollIntoView rounds) is still at its top
    if (box.top > -2) return { id: element.id, top: box.top };
  }
  return null;
}
