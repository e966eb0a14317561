import type { HostSizing } from "../../models/sizing/hostSizing.ts";
import { maxOf } from "../../sim/stats/extremes.ts";
import {
  formatBytes,
  formatDuration,
  formatRate,
  formatSmallPercent,
  formatWithUnit,
} from "../format.ts";
import { exportFactsText } from "../inventory/exportFactsText.ts";
import { warningCountsLine } from "../inventory/warningCounts.ts";
import { beforeNotAssessed } from "../result/beforeNotAssessed.ts";
import { hostCountLabel } from "../result/hostCountLabel.ts";
import type { SimulationResult, Target } from "../result/SimulationResult.ts";
import { type TargetState, targetState } from "../result/targetState.ts";

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
    ...importLines(inventory),
    ...calibrationLines(result.calibration),
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
    ...findings(result),
    "",
    ...targetsTable(result.targets),
    ...(written.length > 0 ? ["", ...written.map((f) => row("wrote", f))] : []),
  ];
  return `${lines.join("\n")}\n`;
}

/**
 * How much of the before-state comes from the export's measurements, in one line: VMs
 * calibrated, the snapshot hour, and the hosts whose modelled CPU and memory lie within the
 * tolerance of the export's own figures; nothing when the inventory measured nothing.
 */
function calibrationLines(calibration: SimulationResult["calibration"]): string[] {
  if (calibration === null) return [];
  const { snapshot, vms, agreement } = calibration;
  const points = Math.round(agreement.toleranceFraction * 100);
  const assumed = snapshot.source.startsWith("ASSUMPTION") ? ", assumed" : "";
  const capped = vms.capped > 0 ? `; ${vms.capped} VM(s) measured above vCPUs × clock, capped` : "";
  return [
    row(
      "calibration",
      `${vms.measured} of ${vms.measured + vms.fallback} VMs from the export's measurements (snapshot taken as ${snapshot.label}${assumed}); ` +
        `hosts: CPU modelled within ±${points} points of measured for ${agreement.cpu.within} of ${agreement.cpu.compared}, ` +
        `memory for ${agreement.memory.within} of ${agreement.memory.compared}${capped}`,
    ),
  ];
}

/** The key figures of each model, each traceable in the JSON result. */
function findings(result: SimulationResult): string[] {
  const { platform, migration, cost } = result;
  const { before, after } = platform;
  const pct = (f: number) => formatWithUnit(f, "fraction");
  // a saturated queue has no bounded response time (Infinity in the result)
  const ms = (x: number) => (Number.isFinite(x) ? x.toFixed(0) : "unbounded");
  const triple = (l: { p50Ms: number; p95Ms: number; p99Ms: number }) =>
    `${ms(l.p50Ms)} / ${ms(l.p95Ms)} / ${ms(l.p99Ms)} ms`;
  // ready is often tiny: two significant digits, as vSphere's %RDY
  const ready = formatSmallPercent;
  const throttled = migration.vms.filter((v) => v.throttled).length;
  const hcx = hcxVmotionText(result.assumptions);
  const bytes = migration.link.bytesByKind;
  const money = (x: number) => formatWithUnit(x, `${cost.currency}/month`);
  const saving = (f: number | null) => (f === null ? "not assessed" : pct(f));
  const known = beforeNotAssessed(result) === null;
  return [
    row(
      "hosts",
      (known
        ? `peak CPU demand ${pct(before.maxCpuDemandFraction)} of capacity before, ${pct(after.maxCpuDemandFraction)} after; ` +
          `CPU ready per vCPU at most ${ready(before.maxCpuReadyFraction)} before, ${ready(after.maxCpuReadyFraction)} after; `
        : `peak CPU demand not assessed before, ${pct(after.maxCpuDemandFraction)} of capacity after; ` +
          `CPU ready per vCPU not assessed before, at most ${ready(after.maxCpuReadyFraction)} after; `) +
        `N+1 ${platform.n1.pass ? "holds" : "FAILS"} on the target` +
        notAssessedHostsText(before.notAssessedHosts),
    ),
    row(
      "latency",
      result.latency.before === null ||
        result.latency.after === null ||
        result.latency.during === null
        ? `not assessed: ${result.latency.notAssessed ?? "no site latency"}`
        : `site p50 / p95 / p99: before ${triple(result.latency.before)} and after ${triple(result.latency.after)} at the weekly peak; ` +
            `during the move ${triple(result.latency.during)}`,
    ),
    row(
      "migration",
      `${formatDuration(migration.makespanSeconds)} (${migration.mode}); ${Object.entries(bytes)
        .map(([kind, b]) => `${formatBytes(b)} ${kind}`)
        .join(", ")} over ${formatRate(migration.link.capacityBytesPerSecond)} effective${hcx}; ` +
        `${throttled} of ${migration.vms.length} VMs throttled to converge; ${migration.preflight.length} preflight findings` +
        blockedVmsText(migration.remedies),
    ),
    row(
      "cost",
      `per month: dedicated ${money(cost.monthly.dedicatedBefore.totalPerMonth)} before the licence change, ` +
        `${money(cost.monthly.dedicatedAfter.totalPerMonth)} after (${cost.hostCostIncreaseFraction === null ? "no host price change" : `host +${pct(cost.hostCostIncreaseFraction)}`}), ` +
        `shared ${money(cost.monthly.shared.totalPerMonth)}: saving ${saving(cost.savingsFraction.vsBeforeLicenceChange)} ` +
        `(${saving(cost.savingsFraction.vsAfterLicenceChange)} against after the change)`,
    ),
  ];
}

function platformLine(
  p: SimulationResult["platforms"]["source"] & { sizing?: HostSizing | null },
): string {
  return `${p.name}: ${hostCountLabel(p.hostCount, p.sizing)}, ${p.coreCount} cores, ${formatBytes(p.memoryBytes)} (${p.generations.join(", ")}), ${p.site}`;
}

/**
 * What the import warned about, in one line ("warnings: N (k of code A, …)"), and the VMs and
 * hosts it could not take at face value; nothing for an import without warnings.
 */
function importLines(inventory: SimulationResult["inventory"]): string[] {
  const exported =
    inventory.source.export === null || inventory.source.kind === "csv-template"
      ? []
      : [row("export", exportFactsText(inventory.source.export))];
  if (inventory.warnings.count === 0) return exported;
  const flagged = [
    inventory.inaccessibleCount > 0
      ? `${inventory.inaccessibleCount} VMs with 0 CPUs or 0 MiB moved cold`
      : null,
    inventory.unlistedHostCount > 0
      ? `${inventory.unlistedHostCount} hosts not in vHost (not assessed)`
      : null,
  ].filter((part) => part !== null);
  return [
    ...exported,
    row(
      "import",
      warningCountsLine(inventory.warnings.byCode) +
        (flagged.length === 0 ? "" : `; ${flagged.join(", ")}`),
    ),
  ];
}

function row(label: string, text: string): string {
  return `  ${label.padEnd(10)} ${text}`;
}

function targetsTable(targets: readonly Target[]): string[] {
  if (targets.length === 0) {
    return ["  targets    none evaluated yet: no model in this build produces a checked figure"];
  }
  const width = Math.max("target".length, maxOf(targets.map((t) => t.label.length)));
  const line = (label: string, value: string, limit: string, verdict: string) =>
    `  ${label.padEnd(width)} ${value.padStart(12)} ${limit.padStart(12)}  ${verdict}`;
  const notAssessed = targets.filter((t) => targetState(t) === "not assessed");
  return [
    line("target", "value", "limit", "result"),
    ...targets.map((t) =>
      line(
        t.label,
        t.value === null ? "—" : formatWithUnit(t.value, t.unit),
        formatWithUnit(t.limit, t.unit),
        VERDICTS[targetState(t)],
      ),
    ),
    ...(notAssessed.length === 0
      ? []
      : [
          "",
          `  ${notAssessed.length} of ${targets.length} targets not assessed (not a pass; exit code 3 unless a target fails):`,
          ...notAssessed.map((t) => `    ${t.label}: ${t.notAssessed ?? "its inputs are missing"}`),
        ]),
  ];
}

/** How the targets table writes each state. */
const VERDICTS: Record<TargetState, string> = {
  pass: "pass",
  fail: "FAIL",
  "not assessed": "not assessed",
};

/** What the VMs with preflight blockers took, or nothing when none has one. */
function blockedVmsText(remedies: SimulationResult["migration"]["remedies"] | undefined): string {
  if (remedies === undefined) return "";
  const parts = [
    [remedies.remediate, "remediated before their wave (a reboot each)"],
    [remedies.cold, "moved cold (a reboot each)"],
    [remedies.exclude, "excluded (not migrated)"],
  ] as const;
  const taken = parts.filter(([n]) => n > 0);
  return taken.length === 0
    ? ""
    : `; VMs with blockers: ${taken.map(([n, what]) => `${n} ${what}`).join(", ")}`;
}

/**
 * What the summary says of the source hosts whose before-state is not assessed (unlisted in the
 * export's vHost tab); empty when there are none.
 */
function notAssessedHostsText(
  hosts: readonly { host: string; vmCount: number }[] | undefined,
): string {
  if (hosts === undefined || hosts.length === 0) return "";
  const vmCount = hosts.reduce((s, h) => s + h.vmCount, 0);
  return `; before: ${hosts.length} host(s) not in vHost not assessed (${hosts.map((h) => h.host).join(", ")}: ${vmCount} VMs, left out of the figures before, the source's totals and the dedicated bill; they still move)`;
}

/** ", HCX vMotion ≤ R each" when the run's live migrations went through HCX vMotion. */
function hcxVmotionText(assumptions: readonly { id: string; value: number }[]): string {
  const cap = assumptions.find((a) => a.id === "migration.hcx.vmotionBytesPerSecond");
  return cap === undefined ? "" : ` (HCX vMotion ≤ ${formatRate(cap.value)} each)`;
}
