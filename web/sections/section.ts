import type { Selection } from "d3";

/** The element a section renders into. */
export type Parent = Selection<HTMLElement, unknown, null, undefined>;

/**
 * Appends a titled section with an id (for links and tests) and returns it. Text goes in with
 * `.text()`, never as HTML, so names from an inventory cannot inject markup.
 */
export function section(parent: Parent, id: string, title: string): Parent {
  const element = parent.append("section").attr("id", id).attr("aria-labelledby", `${id}-title`);
  element.append("h2").attr("id", `${id}-title`).text(title);
  return element as unknown as Parent;
}

/** Appends a table with a caption and a header row of column headings; the body is the caller's. */
export function headedTable(
  parent: Parent,
  caption: string,
  header: readonly string[],
): Selection<HTMLTableElement, unknown, null, undefined> {
  const t = parent.append("table");
  t.append("caption").text(caption);
  t.append("thead")
    .append("tr")
    .selectAll("th")
    .data(header)
    .join("th")
    .attr("scope", "col")
    .text((d) => d);
  return t;
}

/** Appends a table with a caption, a header row and body rows of text cells. */
export function table(
  parent: Parent,
  caption: string,
  header: readonly string[],
  rows: readonly (readonly string[])[],
): Selection<HTMLTableElement, unknown, null, undefined> {
  const t = headedTable(parent, caption, header);
  t.append("tbody")
    .selectAll("tr")
    .data(rows)
    .join("tr")
    .selectAll("td")
    .data((row) => row)
    .join("td")
    .text((d) => d);
  return t;
}

/** Appends a description list of label → value pairs. */
export function facts(parent: Parent, pairs: readonly (readonly [string, string])[]): void {
  const list = parent.append("dl").attr("class", "facts");
  for (const [label, value] of pairs) {
    list.append("dt").text(label);
    list.append("dd").text(value);
  }
}
