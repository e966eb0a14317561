import { describe, expect, it } from "vitest";
import { splitGroups } from "../../../models/orchestration/splitGroups.ts";

describe("splitGroups(vms)", () => {
  it("spans a group from its first switchover to its last", () => {
    expect(
      splitGroups([
        { group: "a", endSeconds: 40 },
        { group: "b", endSeconds: 5 },
        { group: "a", endSeconds: 10 },
        { group: null, endSeconds: 1 },
        { group: "b", endSeconds: 5 },
      ]),
    ).toEqual([{ group: "a", fromSeconds: 10, toSeconds: 40 }]);
  });
});
