import { describe, expect, it } from "vitest";
import { preflightFindings } from "../../../models/orchestration/preflightFindings.ts";

const ok = {
  name: "ok",
  vcpu: 4,
  memoryBytes: 8e9,
  diskProvisionedBytes: 1e11,
  hardwareVersion: 14,
  snapshotCount: 0,
  connectedMedia: false,
  hostGeneration: "Skylake",
};
const base = {
  perVmLimits: { vcpu: 12, memoryBytes: 128e9, diskBytes: 1.5e12 },
  targetEvcBaseline: "Skylake",
  minHardwareVersion: 11,
  rttSeconds: 0.004,
  maxRttSeconds: 0.15,
  perVmotionBytesPerSecond: 1.4e8,
  minPerVmotionBytesPerSecond: 3.125e7,
};

describe("preflightFindings(input)", () => {
  it("finds nothing for a VM within every limit", () => {
    expect(preflightFindings({ ...base, vms: [ok] })).toEqual([]);
  });
  it("flags each blocker and warning with its code", () => {
    const vms = [
      { ...ok, name: "big", vcpu: 16, memoryBytes: 256e9, diskProvisionedBytes: 2e12 },
      { ...ok, name: "new", hostGeneration: "Ice Lake" },
      { ...ok, name: "amd", hostGeneration: "Milan" },
      { ...ok, name: "iso", connectedMedia: true },
      { ...ok, name: "snap", snapshotCount: 2 },
      { ...ok, name: "old", hardwareVersion: 8 },
      {
        ...ok,
        name: "unknown",
        hardwareVersion: null,
        snapshotCount: null,
        connectedMedia: null,
        hostGeneration: null,
      },
    ];
    const findings = preflightFindings({
      ...base,
      vms,
      rttSeconds: 0.2,
      perVmotionBytesPerSecond: 1e7,
    });
    expect(findings.map((f) => `${f.vm}:${f.severity}:${f.code}`)).toEqual([
      "big:blocker:per-vm-limit.vcpu",
      "big:blocker:per-vm-limit.memory",
      "big:blocker:per-vm-limit.disk",
      "new:blocker:evc",
      "amd:blocker:evc.vendor",
      "iso:blocker:connected-media",
      "snap:warning:snapshots",
      "old:blocker:hardware-version",
      "null:blocker:rtt",
      "null:warning:bandwidth-per-vmotion",
    ]);
  });
  it("accepts a source older than the target's EVC baseline", () => {
    expect(preflightFindings({ ...base, vms: [{ ...ok, hostGeneration: "Broadwell" }] })).toEqual(
      [],
    );
  });
});
