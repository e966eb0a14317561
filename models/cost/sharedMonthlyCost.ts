import { licenceCost } from "../licensing/licenceCost.ts";
import { GIB } from "../units.ts";
import type { CostInputs } from "./CostInputs.ts";
import type { Estate } from "./Estate.ts";
import { lineItem, type MonthlyCost, monthlyCost } from "./LineItem.ts";
import { licenceLineItem } from "./licenceLineItem.ts";
import { licensedEstate } from "./licensedEstate.ts";

/**
 * Monthly cost of the VMs on the shared platform, billed on allocation: vCPU, GB of RAM, GB of
 * provisioned storage, managed backup per VM and per GB (of provisioned storage), network, and
 * a licence on the VMs when the provider bills one. "GB" is the GiB vCenter displays.
 *
 * Reference: FACTS.md "Costs" (shared: 120 vCPU × €9 + 320 GB × €6 + 4.5 TB × €0.12 + backup
 * 50 × €9 + 4.5 TB × €0.02 + €50 ≈ €4,130).
 *
 * @example
 * sharedMonthlyCost(prices, referenceEstate).totalPerMonth; // => 4130
 */
export function sharedMonthlyCost(inputs: CostInputs, estate: Estate): MonthlyCost {
  const s = inputs.shared;
  const vcpu = estate.vms.reduce((n, vm) => n + vm.vcpu, 0);
  const ramGb = estate.vms.reduce((n, vm) => n + vm.memoryBytes, 0) / GIB;
  const storageGb = estate.vms.reduce((n, vm) => n + vm.diskProvisionedBytes, 0) / GIB;
  const items = [
    lineItem("vCPU", vcpu, "vCPU", s.perVcpuPerMonth, "shared.perVcpuPerMonth"),
    lineItem("RAM", ramGb, "GB", s.perGbRamPerMonth, "shared.perGbRamPerMonth"),
    lineItem(
      "storage (provisioned)",
      storageGb,
      "GB",
      s.perGbStoragePerMonth,
      "shared.perGbStoragePerMonth",
    ),
    lineItem(
      "managed backup per VM",
      estate.vms.length,
      "VM",
      s.backupPerVmPerMonth,
      "shared.backupPerVmPerMonth",
    ),
    lineItem(
      "managed backup storage",
      storageGb,
      "GB",
      s.backupPerGbPerMonth,
      "shared.backupPerGbPerMonth",
    ),
    lineItem("network", 1, "month", s.networkPerMonth, "shared.networkPerMonth"),
  ];
  if (s.licence.scheme !== "included") {
    const licence = licenceCost(s.licence, licensedEstate(estate, false));
    items.push(licenceLineItem(licence, "shared.licence"));
  }
  return monthlyCost(items);
}
