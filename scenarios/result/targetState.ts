import type { Target } from "./SimulationResult.ts";

/** The three states of a target: its promise holds, it does not, or it could not be checked. */
export type TargetState = "pass" | "fail" | "not assessed";

/**
 * The state of a target: "not assessed" when its inputs are missing (`pass` null), else "pass"
 * or "fail". A not-assessed target is never a pass.
 * @example targetState({ …, value: null, pass: null, notAssessed: "no site" }) // "not assessed"
 */
export function targetState(target: Pick<Target, "pass">): TargetState {
  if (target.pass === null) return "not assessed";
  return target.pass ? "pass" : "fail";
}

/**
 * A target that could not be assessed: no value, no verdict, and why.
 * @example notAssessedTarget({ id: "latency.p95.after", … }, "no VM hosts a site")
 */
export function notAssessedTarget(
  target: Omit<Target, "value" | "pass" | "notAssessed">,
  why: string,
): Target {
  return { ...target, value: null, pass: null, notAssessed: why };
}

/**
 * A target that was assessed, its fields in the result's order (id, label, value, limit, unit,
 * pass).
 * @example assessedTarget({ id: "capacity.n1", label: "N+1", limit: 1, unit: "boolean" }, 1, true)
 */
export function assessedTarget(
  target: Omit<Target, "value" | "pass" | "notAssessed">,
  value: number,
  pass: boolean,
): Target {
  const { id, label, limit, unit } = target;
  return { id, label, value, limit, unit, pass };
}
