import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { precopyEstimate } from "../../../models/migration/precopyEstimate.ts";
import { SDPS_DIRTY_FRACTION } from "../../../models/migration/sdpsDirtyFraction.ts";
import { nonFiniteNumbers } from "../../../scenarios/result/nonFiniteNumbers.ts";
import {
  type PhysicalRange,
  PHYSICAL_RANGES as R,
} from "../../../scenarios/schema/physicalRanges.ts";

/** A double anywhere in the range, its ends included (log-spread where it spans decades). */
function inRange(range: PhysicalRange): fc.Arbitrary<number> {
  const min = range.exclusiveMin === true ? Math.max(range.min, Number.MIN_VALUE) : range.min;
  return fc
    .oneof(
      fc.constantFrom(min, range.max),
      fc.double({ min, max: range.max, noNaN: true }),
      fc
        .double({ min: -300, max: Math.log10(range.max), noNaN: true })
        .map((e) => Math.min(range.max, Math.max(min, 10 ** e))),
    )
    .filter((v) => (range.exclusiveMin === true ? v > range.min : v >= range.min));
}

describe("precopyEstimate on inputs in their physical ranges", () => {
  it("gives only finite numbers (Liu et al. closed form; PHYSICAL_RANGES bounds)", () => {
    fc.assert(
      fc.property(
        inRange(R.vmMemoryBytes),
        inRange(R.lineRate),
        inRange(R.linkEfficiency),
        inRange(R.memoryWriteRate),
        inRange(R.stunBudgetSeconds),
        fc.integer({ min: R.precopyRounds.min, max: 200 }),
        inRange(R.switchoverSeconds),
        fc.boolean(),
        (memoryBytes, line, efficiency, dirty, stun, maxRounds, resume, throttle) => {
          const estimate = precopyEstimate({
            memoryBytes,
            rateBytesPerSecond: line * efficiency,
            dirtyRateBytesPerSecond: dirty,
            stunBudgetSeconds: stun,
            maxRounds,
            resumeSeconds: resume,
            ...(throttle ? { throttleDirtyFraction: SDPS_DIRTY_FRACTION } : {}),
          });
          expect(nonFiniteNumbers(estimate)).toEqual([]);
          expect(estimate.totalSeconds).toBeGreaterThanOrEqual(0);
          expect(estimate.transferredBytes).toBeGreaterThanOrEqual(memoryBytes * (1 - 1e-12));
        },
      ),
      { numRuns: 500 },
    );
  });
});
