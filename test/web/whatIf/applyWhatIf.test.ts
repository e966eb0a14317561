import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { GBIT_PER_SECOND } from "../../../models/units.ts";
import { loadScenario } from "../../../scenarios/load/loadScenario.ts";
import type { Scenario } from "../../../scenarios/Scenario.ts";
import { applyWhatIf, whatIfDifferences } from "../../../web/whatIf/applyWhatIf.ts";
import { checkWhatIf } from "../../../web/whatIf/checkWhatIf.ts";
import { WHAT_IF_KNOBS } from "../../../web/whatIf/whatIfKnobs.ts";

let reference: Scenario;
beforeAll(async () => {
  reference = await loadScenario("reference");
});

describe("applyWhatIf(scenario, values)", () => {
  it("sets the link's line rate in bytes per second, as the 1 GbE scenario file does", async () => {
    const oneGbe = await loadScenario("reference-1gbe");
    const changed = applyWhatIf(reference, { linkBandwidth: 1 * GBIT_PER_SECOND });
    expect(changed.link.bandwidthBytesPerSecond).toBe(125_000_000);
    expect(changed.link.bandwidthBytesPerSecond).toBe(oneGbe.link.bandwidthBytesPerSecond);
    expect(reference.link.bandwidthBytesPerSecond).toBe(10 * GBIT_PER_SECOND);
  });

  it("sets migrations in flight and the growth range", () => {
    const changed = applyWhatIf(reference, {
      maxConcurrent: 2,
      growthVmsPerYearMin: 3,
      growthVmsPerYearMax: 9,
    });
    expect(changed.migration.maxConcurrent).toBe(2);
    expect(changed.growth).toEqual({ ...reference.growth, vmsPerYearMin: 3, vmsPerYearMax: 9 });
  });

  it("sets every per-core licence price and records the change as an assumption", () => {
    const changed = applyWhatIf(reference, { pricePerCorePerYear: 500 });
    const after = changed.costs.dedicated.licenceAfter;
    expect(after.scheme).toBe("per-core");
    if (after.scheme !== "per-core") return;
    const before = reference.costs.dedicated.licenceAfter;
    if (before.scheme !== "per-core") return;
    expect(after.pricePerCorePerYear.value).toBe(500);
    expect(after.pricePerCorePerYear.source).toBeNull();
    expect(after.pricePerCorePerYear.assumption).toBe(
      `what-if set in the report (the scenario's value was ${before.pricePerCorePerYear.value})`,
    );
    // the sensitivity range still holds the value
    expect(after.pricePerCorePerYear.high).toBe(500);
    expect(after.pricePerCorePerYear.low).toBe(before.pricePerCorePerYear.low);
    // a licence of another scheme is left alone
    expect(changed.costs.dedicated.licenceBefore).toBe(reference.costs.dedicated.licenceBefore);
  });

  it("sets the shared platform's price per vCPU", () => {
    const changed = applyWhatIf(reference, { perVcpuPerMonth: 4 });
    expect(changed.costs.shared.perVcpuPerMonth.value).toBe(4);
    expect(changed.costs.shared.perVcpuPerMonth.low).toBe(4);
  });

  it("returns the scenario itself, unchanged, for its own values or none", () => {
    const own = Object.fromEntries(WHAT_IF_KNOBS.map((k) => [k.id, k.get(reference)!]));
    expect(applyWhatIf(reference, own)).toBe(reference);
    expect(applyWhatIf(reference, {})).toBe(reference);
  });

  it("never changes its input and reads back every value it set (property)", () => {
    const snapshot = structuredClone(reference);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100 }),
        fc.double({ min: 0.01, max: 400, noNaN: true }),
        fc.double({ min: 0, max: 2000, noNaN: true }),
        (concurrent, gbits, price) => {
          const values = {
            maxConcurrent: concurrent,
            linkBandwidth: gbits * GBIT_PER_SECOND,
            pricePerCorePerYear: price,
          };
          const changed = applyWhatIf(reference, values);
          for (const [id, value] of Object.entries(values)) {
            expect(WHAT_IF_KNOBS.find((k) => k.id === id)!.get(changed)).toBe(value);
          }
        },
      ),
    );
    expect(reference).toEqual(snapshot);
  });
});

describe("whatIfDifferences(scenario, values)", () => {
  it("lists only the values that differ from the scenario's, in the knobs' order", () => {
    expect(
      whatIfDifferences(reference, {
        perVcpuPerMonth: 1,
        maxConcurrent: reference.migration.maxConcurrent,
        linkBandwidth: 1 * GBIT_PER_SECOND,
      }),
    ).toEqual([
      {
        id: "linkBandwidth",
        scenarioValue: reference.link.bandwidthBytesPerSecond,
        value: GBIT_PER_SECOND,
      },
      {
        id: "perVcpuPerMonth",
        scenarioValue: reference.costs.shared.perVcpuPerMonth.value,
        value: 1,
      },
    ]);
  });
});

describe("checkWhatIf(scenario, values)", () => {
  it("flags a growth range whose most is below its fewest, against the scenario's other end", () => {
    const max = reference.growth.vmsPerYearMax;
    expect(checkWhatIf(reference, { growthVmsPerYearMin: max + 1 })).toEqual({
      id: "growthVmsPerYearMax",
      message: `Growth: expected the most new VMs per year (${max}) to be at least the fewest (${max + 1})`,
    });
    expect(checkWhatIf(reference, { growthVmsPerYearMin: max })).toBeNull();
    expect(checkWhatIf(reference, {})).toBeNull();
  });
});
