import { formatWithUnit as formatValue } from "../../scenarios/format.ts";
import type { SimulationResult } from "../../scenarios/result/SimulationResult.ts";
import { type TargetState, targetState } from "../../scenarios/result/targetState.ts";

/** One row of the targets table. */
export interface TargetRow {
  id: string;
  label: string;
  /** The value found, "—" when not assessed, "∞ (unbounded)" when null beside a verdict. */
  value: string;
  limit: string;
  /** True when it passes; null when not assessed. */
  pass: boolean | null;
  /** "pass", "fail" or "not assessed". */
  state: TargetState;
  /** Why it is not assessed; null when it is. */
  notAssessed: string | null;
}

/** Order of the states in the table: failures first, then not assessed, then passes. */
const STATE_ORDER: Record<TargetState, number> = { fail: 0, "not assessed": 1, pass: 2 };

/**
 * The targets of a result as table rows, failures first, then those not assessed (with why),
 * then passes, each group in the result's order.
 */
export function targetRows(result: SimulationResult): TargetRow[] {
  return result.targets
    .map((t, order) => ({
      order,
      row: {
        id: t.id,
        label: t.label,
        // null beside a verdict is an unbounded value (Infinity, which JSON writes as null)
        value:
          t.value === null
            ? t.pass === null
              ? "—"
              : "∞ (unbounded)"
            : formatValue(t.value, t.unit),
        limit: formatValue(t.limit, t.unit),
        pass: t.pass,
        state: targetState(t),
        notAssessed: t.pass === null ? (t.notAssessed ?? "its inputs are missing") : null,
      },
    }))
    .sort((a, b) => STATE_ORDER[a.row.state] - STATE_ORDER[b.row.state] || a.order - b.order)
    .map(({ row }) => row);
}
