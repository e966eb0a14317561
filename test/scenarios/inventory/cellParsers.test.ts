import { describe, expect, it } from "vitest";
import { hardwareVersionOf } from "../../../scenarios/inventory/hardwareVersionOf.ts";
import { headerKey } from "../../../scenarios/inventory/headerKey.ts";
import { powerStateOf } from "../../../scenarios/inventory/powerStateOf.ts";

describe("headerKey(header)", () => {
  it("ignores case, whitespace and no-break spaces", () => {
    expect(["In Use MiB", " in use  mib ", "InUseMiB", "In\u00a0Use\tMiB"].map(headerKey)).toEqual(
      Array(4).fill("inusemib"),
    );
  });
});

describe("powerStateOf(text)", () => {
  it("reads vCenter's states and the template's short forms in any case", () => {
    expect(
      ["poweredOn", "POWEREDOFF", "Suspended", "on", "Off", "powered on"].map(powerStateOf),
    ).toEqual(["poweredOn", "poweredOff", "suspended", "poweredOn", "poweredOff", "poweredOn"]);
  });

  it("returns undefined for anything else", () => {
    expect(powerStateOf("maybe")).toBeUndefined();
  });
});

describe("hardwareVersionOf(text)", () => {
  it('reads "vmx-14", "VMX-08" and "19"', () => {
    expect(["vmx-14", "VMX-08", "19"].map(hardwareVersionOf)).toEqual([14, 8, 19]);
  });

  it("returns undefined for anything else", () => {
    expect(["vmx-", "v14", "14.0"].map(hardwareVersionOf)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
});
