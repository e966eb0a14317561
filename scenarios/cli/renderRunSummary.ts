import { formatBytes, formatDuration, formatRate, formatWithUnit } from "../format.ts";
import type { SimulationResult, Target } from "../result/SimulationResult.ts";

/** The readable summary `cutover run` prints: scenario, inventory, platforms, targets. */
export function renderRunSummary(result: SimulationResult, written: readonly string[]): string {
  const { scenario, inventory, platforms, link } = result;
  const sourced = result.assumptions.filter((a) => a.source !== null).length;
  const lines = [
    `${scenario.title}`,
    "",
    row("scenario", `${scenario.name} (${scenario.file}), seed ${scenario.seed}`),
    row(
      "inventory",
      `${inventory.vmCount} VMs (${inventory.poweredOnCount} powered on), ${inventory.vcpuCount} vCPU, ${formatBytes(inventory.memoryBytes)} RAM, ` +
        `${formatBytes(inventory.diskProvisionedBytes)} provisioned, ${inventory.sites} sites` +
        (inventory.source.synthetic === null ? "" : " [synthetic]"),
    ),
    row("source", platformLine(platforms.source)),
    row("target", platformLine(platforms.target)),
    row(
      "link",
      `${formatRate(link.bandwidthBytesPerSecond)}, RTT ${formatDuration(link.rttSeconds)}${link.l2Extension ? ", L2 extension" : ""}`,
    ),
    row(
      "inputs",
      `${result.assumptions.length} sourced values and assumptions (${sourced} cited, ${result.assumptions.length - sourced} assumed)`,
    ),
    "",
    ...targetsTable(result.targets),
    ...(written.length > 0 ? ["", ...written.map((f) => row("wrote", f))] : []),
  ];
  return `${lines.join("\n")}\n`;
}

function platformLine(p: SimulationResult["platforms"]["source"]): string {
  return `${p.name}: ${p.hostCount} hosts, ${p.coreCount} cores, ${formatBytes(p.memoryBytes)} (${p.generations.join(", ")}), ${p.site}`;
}

function row(label: string, text: string): string {
  return `  ${label.padEnd(10)} ${text}`;
}

function targetsTable(targets: readonly Target[]): string[] {
  if (targets.length === 0) {
    return ["  targets    none evaluated yet: no model in this build produces a checked figure"];
  }
  const width = Math.max("target".length, ...targets.map((t) => t.label.length));
  const line = (label: string, value: string, limit: string, verdict: string) =>
    `  ${label.padEnd(width)} ${value.padStart(12)} ${limit.padStart(12)}  ${verdict}`;
  return [
    line("target", "value", "limit", "result"),
    ...targets.map((t) =>
      line(
        t.label,
        formatWithUnit(t.value, t.unit),
        formatWithUnit(t.limit, t.unit),
        t.pass ? "pass" : "FAIL",
      ),
    ),
  ];
}
