import { MIGRATION_STACKS } from "../../../models/migration/MIGRATION_STACKS.ts";
import { MEASURED_MIGRATIONS } from "../../../models/migration/validation/MEASURED_MIGRATIONS.ts";
import {
  VALIDATION_LAN_RTT_SECONDS,
  VALIDATION_LINK_EFFICIENCY,
  validateMeasured,
} from "../../../models/migration/validation/predictMeasured.ts";
import { maxOf } from "../../../sim/stats/extremes.ts";
import { parseCommandArgs } from "../parseCommandArgs.ts";
import { VALIDATE_USAGE } from "../usages.ts";

/** Usage line of `cutover validate`. */
export { VALIDATE_USAGE };

/**
 * `cutover validate`: the pre-copy model against published, measured live migrations
 * (models/migration/validation/MEASURED_MIGRATIONS.ts): for each, the measured and predicted
 * total time with the relative error, and the downtime where the source reports it; then the
 * median |error| and the worst ratios. Every prediction uses the case's published inputs, its
 * hypervisor's figures (MIGRATION_STACKS) and one link efficiency for all — no per-case
 * constant. `--json` prints the rows and the summary.
 * @returns 0
 */
export async function validateCommand(
  argv: readonly string[],
  out: NodeJS.WritableStream,
): Promise<number> {
  const { values } = parseCommandArgs(argv, { json: "boolean" }, VALIDATE_USAGE, 0);
  const summary = validateMeasured(MEASURED_MIGRATIONS);
  if (values.json === true) {
    out.write(`${JSON.stringify(summary, null, 2)}\n`);
    return 0;
  }
  const seconds = (s: number) => (s < 10 ? s.toFixed(2) : s.toFixed(1));
  const ms = (s: number | null) => (s === null ? "—" : `${(s * 1000).toFixed(0)} ms`);
  const header = [
    "case",
    "stack",
    "measured",
    "predicted",
    "error",
    "downtime measured",
    "predicted",
    "bare model",
  ];
  const rows = summary.rows.map((r) => [
    r.id,
    r.stack,
    `${seconds(r.measuredSeconds)} s`,
    `${seconds(r.predictedSeconds)} s`,
    `${r.relativeError >= 0 ? "+" : ""}${(r.relativeError * 100).toFixed(0)} %`,
    ms(r.measuredDowntimeSeconds),
    r.measuredDowntimeSeconds === null ? "" : ms(r.predictedDowntimeSeconds),
    `${seconds(r.barePredictedSeconds)} s`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, maxOf(rows.map((row) => row[i]!.length))));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  const lines = [
    `Pre-copy model against ${summary.rows.length} published, measured live migrations (cutover validate)`,
    "",
    line(header),
    ...rows.map(line),
    "",
    `median |error| of total time: ${(summary.medianAbsoluteError * 100).toFixed(1)} %`,
    `worst total time: off by ${summary.worstTotalRatio.toFixed(2)}×`,
    `worst downtime: ${summary.worstDowntimeRatio === null ? "not reported by any source" : `off by ${summary.worstDowntimeRatio.toFixed(2)}×`}`,
    `bare model (all memory at 0.9 × line rate, no set-up, scan, streams or round trips): median |error| ${(summary.bareMedianAbsoluteError * 100).toFixed(1)} %`,
    "",
    `Inputs as published (assumptions in each case's "assumed"), the stacks' figures (${Object.keys(MIGRATION_STACKS).join(", ")}),`,
    `link goodput ${VALIDATION_LINK_EFFICIENCY} × line rate and a LAN RTT of ${VALIDATION_LAN_RTT_SECONDS * 1000} ms where a source gives none: no per-case constant.`,
    "Sources: models/migration/validation/README.md.",
  ];
  out.write(`${lines.join("\n")}\n`);
  return 0;
}
