import { describe, expect, it } from "vitest";
import { loadScenario } from "../../../scenarios/load/loadScenario.ts";
import { forecastSection } from "../../../scenarios/run/forecastSection.ts";
import { runScenario } from "../../../scenarios/run/runScenario.ts";

const reference = await loadScenario("reference");

describe("forecastSection(scenario, years, replication)", () => {
  it("draws the new VMs of each Monte Carlo replication from its own stream", () => {
    const plain = forecastSection(reference, 5);
    expect(forecastSection(reference, 5, 0)).toEqual(plain);
    expect(runScenario(reference, { replication: 0 }).forecast).toEqual(plain);
    const paths = [1, 2, 3, 4].map((r) => forecastSection(reference, 5, r).arrivals);
    for (const arrivals of paths) expect(arrivals).not.toEqual(plain.arrivals);
    // 1–2 new VMs a year in every replication, whatever the path
    for (const arrivals of [plain.arrivals, ...paths]) {
      expect(arrivals.length).toBeGreaterThanOrEqual(5);
      expect(arrivals.length).toBeLessThanOrEqual(10);
    }
    // the same replication draws the same path again
    expect(forecastSection(reference, 5, 3)).toEqual(forecastSection(reference, 5, 3));
  });
});
