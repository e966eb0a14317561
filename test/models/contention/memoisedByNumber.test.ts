import { describe, expect, it } from "vitest";
import { memoisedByNumber } from "../../../models/contention/memoisedByNumber.ts";

describe("memoisedByNumber", () => {
  it("computes once per distinct number and returns that value again", () => {
    let calls = 0;
    const f = memoisedByNumber((x) => {
      calls++;
      return { x };
    });
    const a = f(0.25);
    expect(f(0.25)).toBe(a);
    expect(f(0.5).x).toBe(0.5);
    expect(calls).toBe(2);
  });

  it("tells −0 from +0 and finds NaN again (Object.is)", () => {
    let calls = 0;
    const f = memoisedByNumber((x) => {
      calls++;
      return 1 / x;
    });
    expect(f(0)).toBe(Number.POSITIVE_INFINITY);
    expect(f(-0)).toBe(Number.NEGATIVE_INFINITY);
    expect(f(0)).toBe(Number.POSITIVE_INFINITY);
    expect(f(-0)).toBe(Number.NEGATIVE_INFINITY);
    expect(f(Number.NaN)).toBeNaN();
    expect(f(Number.NaN)).toBeNaN();
    expect(calls).toBe(3);
  });

  it("keeps an undefined result as found", () => {
    let calls = 0;
    const f = memoisedByNumber<undefined>(() => {
      calls++;
      return undefined;
    });
    f(1);
    f(1);
    expect(calls).toBe(1);
  });

  it("hands the context of the first call to the computation", () => {
    const f = memoisedByNumber((x, step: number) => `${x}@${step}`);
    expect(f(0.3, 4)).toBe("0.3@4");
    expect(f(0.3, 28)).toBe("0.3@4");
  });
});
