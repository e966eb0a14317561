import { formatTable } from "../report/formatTable.ts";
import { compareXlsxInputs, XLSX_BOMB_TARGETS, type XlsxInputRow } from "./compareXlsxInputs.ts";

/**
 * The rows of {@link compareXlsxInputs} as a table, targets beside the bombs.
 * @example xlsxInputsTable(rows) // "case | file MB | wall s | …"
 */
export function xlsxInputsTable(rows: readonly XlsxInputRow[]): string {
  return formatTable(
    [
      { header: "case" },
      { header: "file MB", numeric: true },
      { header: "wall s", numeric: true },
      { header: "target s", numeric: true },
      { header: "peak RSS MiB", numeric: true },
      { header: "target MiB", numeric: true },
      { header: "RSS before MiB", numeric: true },
      { header: "outcome" },
    ],
    rows.map((row) => [
      row.label,
      (row.fileBytes / 1e6).toFixed(2),
      row.seconds.toFixed(3),
      row.hostile ? `< ${XLSX_BOMB_TARGETS.seconds}` : "",
      row.peakRssMiB.toFixed(0),
      row.hostile ? `< ${XLSX_BOMB_TARGETS.peakRssMiB}` : "",
      row.rssBeforeMiB.toFixed(0),
      row.outcome.length > 90 ? `${row.outcome.slice(0, 90)}…` : row.outcome,
    ]),
  );
}

// Run on its own: `tsc -p bench/tsconfig.json && node dist/bench/inputs/xlsxInputsBench.js [--quick]`.
if (import.meta.url === `file://${process.argv[1]}`) {
  const quick = process.argv.includes("--quick");
  const rows = compareXlsxInputs(quick ? 10_000 : 100_000, (line) =>
    process.stderr.write(`… ${line}\n`),
  );
  console.log(xlsxInputsTable(rows));
}
