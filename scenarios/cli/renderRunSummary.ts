import { formatBytes, formatDuration, formatPercent, formatRate } from "../format.ts";
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
  const header = `  ${"target".padEnd(34)} ${"value".padStart(12)} ${"limit".padStart(12)}  result`;
  return [
    header,
    ...targets.map(
      (t) =>
        `  ${t.label.padEnd(34)} ${formatValue(t.value, t.unit).padStart(12)} ${formatValue(t.limit, t.unit).padStart(12)}  ${t.pass ? "pass" : "FAIL"}`,
    ),
  ];
}

function formatValue(value: number, unit: string): string {
  if (unit === "s") return formatDuration(value);
  if (unit === "ms") return `${value.toFixed(0)} ms`;
  if (unit === "fraction") return formatPercent(value);
  if (unit === "boolean") return value === 1 ? "yes" : "no";
  return String(value);
}
