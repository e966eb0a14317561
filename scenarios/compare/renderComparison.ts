import { maxOf } from "../../sim/stats/extremes.ts";
import { formatWithUnit } from "../format.ts";
import type { Comparison, ComparisonRow } from "./compareResults.ts";

/**
 * The readable table `cutover compare` prints: the scenarios (title, file, seed), then a
 * fixed-width table whose first column is the row label and whose other columns are the
 * scenarios by name: the targets (value and pass/FAIL) and the key figures (value, `*` on the
 * single best scenario), and a last column saying which way is better. Values are shown with
 * the units module's formatters (`formatWithUnit`).
 *
 * @example renderComparison(compareResults([a, b])) // "  Migration makespan   25.2 h *   33.8 h   lower\n…"
 */
export function renderComparison(comparison: Comparison): string {
  const { scenarios, rows } = comparison;
  const targets = rows.filter((r) => r.pass !== undefined);
  const figures = rows.filter((r) => r.pass === undefined);
  const seeds = new Set(scenarios.map((s) => s.seed));
  const head = [
    "Scenarios compared",
    "",
    ...scenarios.map((s) => `  ${s.name}: ${s.title} (${s.file}), seed ${s.seed}`),
    seeds.size === 1
      ? "  same seed: common random numbers, so differences come from the scenarios, not from chance"
      : "  different seeds: differences include sampling noise",
    "",
  ];
  const cells = (row: ComparisonRow) => row.values.map((v, i) => cell(row, v, i));
  const labelWidth = Math.max("key figure".length, maxOf(rows.map((r) => r.label.length)));
  const widths = scenarios.map((s, i) =>
    Math.max(s.name.length, maxOf(rows.map((r) => cells(r)[i]?.length ?? 0))),
  );
  const line = (label: string, values: readonly string[], better: string) =>
    `  ${label.padEnd(labelWidth)}  ${values.map((v, i) => v.padStart(widths[i] ?? 0)).join("  ")}  ${better}`.trimEnd();
  const names = scenarios.map((s) => s.name);
  const table = [
    line("target", names, ""),
    ...(targets.length === 0
      ? ["  (no targets evaluated)"]
      : targets.map((r) => line(r.label, cells(r), ""))),
    "",
    line("key figure", names, "better"),
    ...figures.map((r) => line(r.label, cells(r), r.better ?? "")),
    "",
    "  * best scenario on the figure (none marked on a tie, where no direction applies, or where a scenario's is not assessed)",
    ...notAssessedLines(comparison),
  ];
  return `${[...head, ...table].join("\n")}\n`;
}

function cell(row: ComparisonRow, value: number | null, index: number): string {
  const unit = row.units?.[index] ?? row.unit;
  if (typeof row.notAssessed?.[index] === "string") return "not assessed";
  const text = value === null ? (row.nullText ?? "—") : formatWithUnit(value, unit);
  if (row.pass !== undefined) {
    const pass = row.pass[index];
    return pass === null || pass === undefined ? text : `${text} ${pass ? "pass" : "FAIL"}`;
  }
  return row.best === index ? `${text} *` : `${text}  `;
}

/** Why each "not assessed" cell is not: one line per scenario and row. */
function notAssessedLines(comparison: Comparison): string[] {
  const lines = comparison.rows.flatMap((row) =>
    (row.notAssessed ?? []).flatMap((why, i) =>
      why === null ? [] : [`    ${row.label}, ${comparison.scenarios[i]?.name}: ${why}`],
    ),
  );
  return lines.length === 0
    ? []
    : ["", "  not assessed (not a pass: its inputs are missing):", ...lines];
}
