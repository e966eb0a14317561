import type { HostSizing } from "../../models/sizing/hostSizing.ts";
import { SIZING_RESOURCES } from "../../models/sizing/SizingResource.ts";
import { formatBytes, formatDuration, formatRate } from "../../scenarios/format.ts";
import { exportFactsText } from "../../scenarios/inventory/exportFactsText.ts";
import { hostCountLabel, sizingResourceName } from "../../scenarios/result/hostCountLabel.ts";
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
    ...(inventory.source.export === null || inventory.source.kind === "csv-template"
      ? []
      : ([["Export", exportFactsText(inventory.source.export)]] as [string, string][])),
    ...importFacts(inventory),
  ]);
  if (inventory.warnings.count > 0) {
    const p = s.append("p").attr("class", "note");
    p.append("span").text("What was read and inferred, and the warnings by kind with examples: ");
    p.append("a").attr("href", "#data-quality").text("Data quality");
  }
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

/** The import's warnings by code (in full under Data quality) and the VMs and hosts it flagged; none for a clean import. */
function importFacts(inventory: SimulationResult["inventory"]): [string, string][] {
  const w = inventory.warnings;
  if (w.count === 0) return [];
  return [
    [
      "Import",
      `${w.count} warning${w.count === 1 ? "" : "s"} of ${Object.keys(w.byCode).length} kind${Object.keys(w.byCode).length === 1 ? "" : "s"}`,
    ],
    ...(inventory.inaccessibleCount > 0
      ? ([
          [
            "Inaccessible VMs",
            `${inventory.inaccessibleCount} with 0 CPUs or 0 MiB: counted as powered off, moved cold`,
          ],
        ] as [string, string][])
      : []),
    ...(inventory.unlistedHostCount > 0
      ? ([
          [
            "Unlisted hosts",
            `${inventory.unlistedHostCount} named by VMs but not in vHost: before-state not assessed`,
          ],
        ] as [string, string][])
      : []),
  ];
}

function platformFacts(p: PlatformSummary & { sizing?: HostSizing | null }): [string, string][] {
  return [
    ["Kind", p.kind],
    ["Site", p.site],
    [
      "Hosts",
      p.sizing == null
        ? `${p.hostCount} (${p.generations.join(", ")})`
        : `${hostCountLabel(p.hostCount, p.sizing)}, ${p.generations.join(", ")}`,
    ],
    ...(p.sizing == null ? [] : [sizingFact(p.sizing)]),
    ["Cores", `${p.coreCount} (${p.threadCount} threads)`],
    ["Memory", formatBytes(p.memoryBytes)],
  ];
}

/** What each resource needs on its own, the binding one first: why the count is what it is. */
function sizingFact(sizing: HostSizing): [string, string] {
  const needs = SIZING_RESOURCES.filter((r) => sizing.perResource[r] > 0)
    .sort((a, b) => sizing.perResource[b] - sizing.perResource[a])
    .map((r) => `${sizingResourceName(r)} ${sizing.perResource[r]}`);
  return [
    "Hosts needed",
    `${needs.join(", ")} (with ${sizing.failuresTolerated} host${sizing.failuresTolerated === 1 ? "" : "s"} failed)`,
  ];
}
