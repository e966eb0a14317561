import { formatBytes, formatDuration, formatRate } from "../../scenarios/format.ts";
import type { PlatformSummary, SimulationResult } from "../../scenarios/result/SimulationResult.ts";
import { facts, type Parent, section } from "./section.ts";

/** The estate, both platforms and the link between them. */
export function inventorySection(parent: Parent, result: SimulationResult): void {
  const { inventory, platforms, link } = result;
  const s = section(parent, "inventory", "Inventory and platforms");
  if (inventory.source.synthetic !== null) {
    s.append("p").attr("class", "note").text(`Synthetic inventory: ${inventory.source.synthetic}`);
  }
  facts(s, [
    [
      "VMs",
      `${inventory.vmCount} (${inventory.poweredOnCount} powered on, ${inventory.poweredOffCount} off)`,
    ],
    ["vCPU", String(inventory.vcpuCount)],
    ["Memory", formatBytes(inventory.memoryBytes)],
    [
      "Disk",
      `${formatBytes(inventory.diskProvisionedBytes)} provisioned, ${formatBytes(inventory.diskUsedBytes)} used`,
    ],
    ["Sites", String(inventory.sites)],
    ["Read from", `${inventory.source.path} (${inventory.source.kind})`],
  ]);
  const cards = s.append("div").attr("class", "cards");
  for (const [role, p] of [
    ["Source", platforms.source],
    ["Target", platforms.target],
  ] as const) {
    const card = cards
      .append("article")
      .attr("class", "card")
      .attr("aria-label", `${role} platform`);
    card.append("h3").text(`${role}: ${p.name}`);
    facts(card as unknown as Parent, platformFacts(p));
  }
  facts(s, [
    [
      "Inter-site link",
      `${formatRate(link.bandwidthBytesPerSecond)}, RTT ${formatDuration(link.rttSeconds)}${link.l2Extension ? ", Layer-2 extension" : ""}`,
    ],
  ]);
}

function platformFacts(p: PlatformSummary): [string, string][] {
  return [
    ["Kind", p.kind],
    ["Site", p.site],
    ["Hosts", `${p.hostCount} (${p.generations.join(", ")})`],
    ["Cores", `${p.coreCount} (${p.threadCount} threads)`],
    ["Memory", formatBytes(p.memoryBytes)],
  ];
}
