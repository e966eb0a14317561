import type { Host } from "../../models/Inventory.ts";
import { GBIT_PER_SECOND } from "../../models/units.ts";
import type { Scenario } from "../../scenarios/Scenario.ts";

/**
 * A provider-scale scenario: `customers` copies of a scenario's customer (its inventory and
 * dedicated hosts, each copy's names prefixed "cNNN/") moved together onto one shared platform
 * scaled to match (the target's hosts × customers), over a 100 Gbit/s interconnect with HCX's
 * 300 concurrent migrations per manager and the customer's interconnect appliances once per
 * customer (1.6 Gbit/s each, FACTS.md). Prices, profiles and uncertainties are the
 * customer scenario's, so a replication draws the same inputs for every customer.
 *
 * @example providerScenario(await loadScenario("reference"), 100) // 5,000 VMs, 300 source hosts
 */
export function providerScenario(customer: Scenario, customers: number): Scenario {
  const copies = Array.from({ length: customers }, (_, k) => `c${String(k).padStart(3, "0")}/`);
  const rename = (prefix: string, name: string | null) => (name === null ? null : prefix + name);
  const hosts = (list: readonly Host[]) =>
    copies.flatMap((prefix) => list.map((h) => ({ ...h, name: prefix + h.name })));
  const { inventory } = customer;
  return {
    ...customer,
    name: `${customer.name}-provider-${customers}`,
    title: `${customers} customers like "${customer.title}" moved together`,
    inventory: {
      ...inventory,
      vms: copies.flatMap((prefix) =>
        inventory.vms.map((vm) => ({
          ...vm,
          name: prefix + vm.name,
          host: rename(prefix, vm.host),
          datastore: rename(prefix, vm.datastore),
          ipAddress: null,
        })),
      ),
      hosts: hosts(inventory.hosts),
      datastores: copies.flatMap((prefix) =>
        inventory.datastores.map((d) => ({ ...d, name: prefix + d.name })),
      ),
    },
    source: { ...customer.source, hosts: hosts(customer.source.hosts) },
    target: { ...customer.target, hosts: hosts(customer.target.hosts) },
    link: { ...customer.link, bandwidthBytesPerSecond: 100 * GBIT_PER_SECOND },
    migration: {
      ...customer.migration,
      maxConcurrent: Math.min(300, customer.migration.maxConcurrent * customers),
      hcxAppliances: customer.migration.hcxAppliances * customers,
    },
  };
}
