import { formatMoney, formatPercent, formatWithUnit } from "../../scenarios/format.ts";
import type { SimulationResult } from "../../scenarios/result/SimulationResult.ts";

/** Whether a change of the figure is good news, bad news or neither. */
export type WhatIfDirection = "better" | "worse" | "same" | "unknown";

/** One key figure of a what-if beside the scenario's: texts as the banner shows them. */
export interface WhatIfFigureRow {
  /** Stable id (the target's where the figure is one). */
  id: string;
  label: string;
  /** The scenario's own figure, formatted. */
  scenario: string;
  /** The what-if's figure, formatted. */
  whatIf: string;
  /** What-if minus scenario, signed ("+14.8 h (+81 %)", "−2.1 pp", "no change", "—"). */
  delta: string;
  direction: WhatIfDirection;
}

type Kind = "duration" | "ms" | "money" | "fraction" | "boolean";

interface FigureSpec {
  id: string;
  label: string;
  kind: Kind;
  /** +1 when more is better, −1 when less is better. */
  better: 1 | -1;
  read(result: SimulationResult): number | null;
}

const target = (id: string) => (result: SimulationResult) =>
  result.targets.find((t) => t.id === id)?.value ?? null;

/** The figures the banner sets side by side, in reading order. */
const FIGURES: readonly FigureSpec[] = [
  {
    id: "migration.makespan",
    label: "Migration makespan",
    kind: "duration",
    better: -1,
    read: target("migration.makespan"),
  },
  {
    id: "migration.maxDowntime",
    label: "Longest stun",
    kind: "duration",
    better: -1,
    read: target("migration.maxDowntime"),
  },
  {
    id: "latency.p95.after",
    label: "Site p95 after the move (peak hour)",
    kind: "ms",
    better: -1,
    read: target("latency.p95.after"),
  },
  {
    id: "cost.monthly.shared",
    label: "Monthly shared bill",
    kind: "money",
    better: -1,
    read: (r) => r.cost.monthly.shared.totalPerMonth,
  },
  {
    id: "cost.savings",
    label: "Saving",
    kind: "fraction",
    better: 1,
    read: target("cost.savings"),
  },
  {
    id: "capacity.n1",
    label: "N+1 on the target",
    kind: "boolean",
    better: 1,
    read: target("capacity.n1"),
  },
];

/**
 * The key figures of a what-if run beside the scenario's own run, with the change: makespan,
 * longest stun, site p95 after, the monthly shared bill, the saving and N+1 — read from both
 * results, never recomputed. A figure either run could not assess shows "not assessed" and no
 * change.
 *
 * @example
 * whatIfFigures(reference, oneGbe)[0] // { label: "Migration makespan", scenario: "18.3 h", whatIf: "…", delta: "+… h (+… %)", direction: "worse" }
 */
export function whatIfFigures(
  scenario: SimulationResult,
  whatIf: SimulationResult,
): WhatIfFigureRow[] {
  const currency = scenario.scenario.currency;
  return FIGURES.map((spec) => {
    const a = spec.read(scenario);
    const b = spec.read(whatIf);
    const show = (v: number | null) =>
      v === null ? "not assessed" : value(spec.kind, v, currency);
    if (a === null || b === null)
      return {
        id: spec.id,
        label: spec.label,
        scenario: show(a),
        whatIf: show(b),
        delta: "—",
        direction: "unknown",
      };
    const d = b - a;
    const direction: WhatIfDirection = d === 0 ? "same" : d * spec.better > 0 ? "better" : "worse";
    return {
      id: spec.id,
      label: spec.label,
      scenario: show(a),
      whatIf: show(b),
      delta: delta(spec.kind, a, b, currency),
      direction,
    };
  });
}

function value(kind: Kind, v: number, currency: string): string {
  if (kind === "duration") return formatWithUnit(v, "s");
  if (kind === "ms") return formatWithUnit(v, "ms");
  if (kind === "money") return `${formatMoney(v, currency)} a month`;
  if (kind === "fraction") return formatPercent(v);
  return v === 1 ? "holds" : "fails";
}

function delta(kind: Kind, a: number, b: number, currency: string): string {
  const d = b - a;
  if (d === 0) return "no change";
  if (kind === "boolean") return b === 1 ? "now holds" : "now fails";
  const sign = d > 0 ? "+" : "−";
  // a fraction changes by percentage points, not by a percentage of itself
  if (kind === "fraction") return `${sign}${formatPercent(Math.abs(d)).replace(/ ?%$/, " pp")}`;
  const size =
    kind === "money"
      ? formatMoney(Math.abs(d), currency)
      : formatWithUnit(Math.abs(d), kind === "ms" ? "ms" : "s");
  if (a === 0) return `${sign}${size}`;
  const relative = formatPercent(Math.abs(d / a), 0);
  return `${sign}${size} (${sign}${relative})`;
}
