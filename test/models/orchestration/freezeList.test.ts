import { describe, expect, it } from "vitest";
import { freezeList } from "../../../models/orchestration/freezeList.ts";

const vm = (
  name: string,
  group: string | null,
  snapshotCount: number | null = 0,
  connectedMedia: boolean | null = false,
) => ({
  name,
  group,
  snapshotCount,
  connectedMedia,
});

describe("freezeList(vms, freeze)", () => {
  it("freezes VMs listed by name or by group, in inventory order, with every reason", () => {
    const vms = [vm("a1", "a"), vm("b1", "b", 2), vm("a2", "a"), vm("c1", null)];
    expect(freezeList(vms, ["a", "c1"])).toEqual([
      { vm: "a1", reasons: ["group:a"] },
      { vm: "b1", reasons: ["snapshots"] },
      { vm: "a2", reasons: ["group:a"] },
      { vm: "c1", reasons: ["listed"] },
    ]);
  });

  it("freezes VMs with snapshots or connected media until fixed; unknown fields freeze nothing", () => {
    const vms = [
      vm("s", null, 1),
      vm("m", null, 0, true),
      vm("u", null, null, null),
      vm("ok", null),
    ];
    expect(freezeList(vms, [])).toEqual([
      { vm: "s", reasons: ["snapshots"] },
      { vm: "m", reasons: ["connected-media"] },
    ]);
  });
});
