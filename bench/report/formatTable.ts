import { maxOf } from "../../sim/stats/extremes.ts";
/** A table column: its header and whether its cells are right-aligned (numbers). */
export interface Column {
  header: string;
  numeric?: boolean;
}

/**
 * Lays out rows of text as a plain-text table with a header rule, columns padded to their
 * widest cell, numbers right-aligned.
 * @example
 * formatTable([{ header: "engine" }, { header: "rate", numeric: true }], [["ours", "12"]])
 * // "engine  rate\n------  ----\nours      12"
 */
export function formatTable(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
): string {
  const widths = columns.map((column, i) =>
    Math.max(column.header.length, maxOf(rows.map((row) => (row[i] ?? "").length))),
  );
  const line = (cells: readonly string[]) =>
    columns
      .map((column, i) => {
        const cell = cells[i] ?? "";
        const width = widths[i] ?? 0;
        return column.numeric === true ? cell.padStart(width) : cell.padEnd(width);
      })
      .join("  ")
      .trimEnd();
  const rule = widths.map((width) => "-".repeat(width)).join("  ");
  return [line(columns.map((column) => column.header)), rule, ...rows.map(line)].join("\n");
}
