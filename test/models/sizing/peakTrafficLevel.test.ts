import { describe, expect, it } from "vitest";
import { largestAntiAffinityGroup } from "../../../models/sizing/largestAntiAffinityGroup.ts";
import { peakTrafficLevel } from "../../../models/sizing/peakTrafficLevel.ts";
import { profileAt } from "./sizingFixtures.ts";

describe("peakTrafficLevel", () => {
  it("is 1 when demand rises with traffic: the week holds Monday 21:00, the weekday peak", () => {
    expect(peakTrafficLevel([{ vcpu: 2, profile: profileAt(0.5) }])).toBe(1);
  });

  it("is the first step's level (Monday 00:00) when demand does not follow traffic", () => {
    const flat = { ...profileAt(0.3), cpuTroughFraction: 0.3 };
    // Monday 00:00 is 4 h before the 04:00 trough, on the falling half-cosine from 21:00
    const level = (1 + Math.cos((Math.PI * 3) / 7)) / 2;
    expect(peakTrafficLevel([{ vcpu: 1, profile: flat }])).toBeCloseTo(level, 12);
  });
});

describe("largestAntiAffinityGroup", () => {
  it("counts the VMs of the largest anti-affinity rule, ignoring affinity rules", () => {
    expect(
      largestAntiAffinityGroup([
        { name: "a", kind: "antiAffinity", vms: ["x", "y"] },
        { name: "b", kind: "affinity", vms: ["p", "q", "r", "s"] },
        { name: "c", kind: "antiAffinity", vms: ["u", "v", "w"] },
      ]),
    ).toBe(3);
  });

  it("is 0 with no anti-affinity rule", () => {
    expect(largestAntiAffinityGroup([])).toBe(0);
  });
});
