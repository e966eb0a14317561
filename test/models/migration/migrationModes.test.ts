import { describe, expect, it } from "vitest";
import { MIGRATION_MODES, migrationMode } from "../../../models/migration/migrationModes.ts";
import { vmotionsPerHost } from "../../../models/migration/vmotionsPerHost.ts";
import { GBIT_PER_SECOND } from "../../../models/units.ts";

describe("migrationMode(name)", () => {
  it("finds the four HCX modes by name", () => {
    expect(Object.keys(MIGRATION_MODES)).toEqual(["vmotion", "rav", "bulk", "cold"]);
    expect(migrationMode("vmotion").serial).toBe(true);
    expect(migrationMode("rav").switchover).toBe("live");
    expect(migrationMode("bulk").switchover).toBe("reboot");
    expect(migrationMode("cold").switchover).toBe("cold");
  });
  it("throws naming the known modes for a typo", () => {
    expect(() => migrationMode("ravv")).toThrow(/vmotion, rav, bulk, cold/);
  });
});

describe("vmotionsPerHost(nic) (vCenter limits on simultaneous migrations)", () => {
  it("allows 4 on 1 GbE and 8 on 10 GbE and faster", () => {
    expect(vmotionsPerHost(1 * GBIT_PER_SECOND)).toBe(4);
    expect(vmotionsPerHost(10 * GBIT_PER_SECOND)).toBe(8);
    expect(vmotionsPerHost(25 * GBIT_PER_SECOND)).toBe(8);
  });
});
