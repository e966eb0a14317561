import { describe, expect, it } from "vitest";
import { vmGroup } from "../../../scenarios/inventory/vmGroup.ts";

describe("vmGroup(folder, resourcePool, vApp)", () => {
  it("prefers the vApp, then the folder, then the resource pool", () => {
    expect(vmGroup("/DC/vm/Infra", "/Resources/Prod", "Monitoring")).toBe("Monitoring");
    expect(vmGroup("/DC/vm/Infra", "/Resources/Prod", "")).toBe("Infra");
    expect(vmGroup("", "/Resources/Prod", "")).toBe("Prod");
  });

  it("reads folders below the datacenter's vm folder and pools below Resources", () => {
    expect(vmGroup("DC1/vm/Customers/Acme", "", "")).toBe("Customers/Acme");
    expect(vmGroup("/Customers/Acme/", "", "")).toBe("Customers/Acme");
    expect(vmGroup("", "Cluster/Resources/Web/Front", "")).toBe("Web/Front");
  });

  it("counts bare roots and empty cells as no group", () => {
    expect(vmGroup("vm", "Resources", "")).toBeNull();
    expect(vmGroup("/DC/vm", "/Resources", " ")).toBeNull();
    expect(vmGroup("", "", "")).toBeNull();
  });
});
