import { describe, expect, it } from "vitest";
import type { Host, Inventory, Vm } from "../../../models/Inventory.ts";
import { GIB } from "../../../models/units.ts";
import { inventorySummary } from "../../../scenarios/inventory/inventorySummary.ts";

const vm = (name: string, powerState: Vm["powerState"], vcpu: number, memoryGib: number): Vm => ({
  name,
  vcpu,
  memoryBytes: memoryGib * GIB,
  diskProvisionedBytes: 2 * memoryGib * GIB,
  diskUsedBytes: memoryGib * GIB,
  os: "",
  powerState,
  host: null,
  cluster: null,
  datastore: null,
  networks: [],
  group: null,
  sites: 0,
  profile: null,
  hardwareVersion: null,
  activeMemoryBytes: null,
  snapshotCount: null,
  connectedMedia: null,
  ipAddress: null,
});
const host = (sockets: number, coresPerSocket: number): Host => ({
  name: `esx-${sockets}x${coresPerSocket}`,
  cluster: null,
  model: "",
  cpuModel: "",
  sockets,
  coresPerSocket,
  clockHz: 2.1e9,
  threadsPerCore: 2,
  memoryBytes: 256 * GIB,
  generation: "unknown",
  esxVersion: null,
});

describe("inventorySummary(inventory, leftOut)", () => {
  const inventory: Inventory = {
    vms: [
      vm("a", "poweredOn", 2, 4),
      vm("b", "poweredOff", 4, 8),
      vm("c", "suspended", 1, 2),
      vm("d", "poweredOn", 8, 16),
    ],
    hosts: [host(2, 10), host(2, 16)],
    datastores: [],
    networks: [],
  };

  it("counts every VM by power state and sums vCPUs, memory and disk over all of them", () => {
    expect(inventorySummary(inventory, { templateCount: 3, placeholderCount: 1 })).toEqual({
      vmCount: 4,
      templateCount: 3,
      placeholderCount: 1,
      poweredOnCount: 2,
      poweredOffCount: 1,
      suspendedCount: 1,
      inaccessibleCount: 0,
      vcpuCount: 15,
      memoryBytes: 30 * GIB,
      diskProvisionedBytes: 60 * GIB,
      diskUsedBytes: 30 * GIB,
      hostCount: 2,
      unlistedHostCount: 0,
      coreCount: 2 * 10 + 2 * 16,
    });
  });

  it("counts nothing left out by default, and zeros for an empty inventory", () => {
    const empty = inventorySummary({ vms: [], hosts: [], datastores: [], networks: [] });
    expect(Object.values(empty).every((v) => v === 0)).toBe(true);
  });
});
