import { describe, expect, it } from "vitest";
import {
  assessedTarget,
  notAssessedTarget,
  targetState,
} from "../../../scenarios/result/targetState.ts";

describe("targetState(target)", () => {
  it("is pass, fail, or not assessed when pass is null — never a pass", () => {
    expect(targetState({ pass: true })).toBe("pass");
    expect(targetState({ pass: false })).toBe("fail");
    expect(targetState({ pass: null })).toBe("not assessed");
  });

  it("notAssessedTarget has no value, no verdict and the reason", () => {
    const base = { id: "latency.p95.after", label: "p95", limit: 300, unit: "ms" };
    expect(notAssessedTarget(base, "no site")).toEqual({
      ...base,
      value: null,
      pass: null,
      notAssessed: "no site",
    });
  });

  it("assessedTarget writes its fields in the result's order", () => {
    const t = assessedTarget(
      { unit: "boolean", limit: 1, label: "N+1", id: "capacity.n1" },
      1,
      true,
    );
    expect(Object.keys(t)).toEqual(["id", "label", "value", "limit", "unit", "pass"]);
  });
});
