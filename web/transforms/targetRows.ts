import { formatWithUnit as formatValue } from "../../scenarios/format.ts";
import type { SimulationResult } from "../../scenarios/result/SimulationResult.ts";

/** One row of the targets table. */
export interface TargetRow {
  id: string;
  label: string;
  value: string;
  limit: string;
  pass: boolean;
}

/** The targets of a result as table rows, failures first, then in the result's order. */
export function targetRows(result: SimulationResult): TargetRow[] {
  return result.targets
    .map((t, order) => ({
      order,
      row: {
        id: t.id,
        label: t.label,
        value: formatValue(t.value, t.unit),
        limit: formatValue(t.limit, t.unit),
        pass: t.pass,
      },
    }))
    .sort((a, b) => Number(a.row.pass) - Number(b.row.pass) || a.order - b.order)
    .map(({ row }) => row);
}
