import { formatPercent } from "../../scenarios/format.ts";
import { exportFactsText } from "../../scenarios/inventory/exportFactsText.ts";
import {
  IMPORT_WARNING_CODES,
  type ImportWarning,
  type ImportWarningCode,
} from "../../scenarios/inventory/ImportWarning.ts";
import type { SimulationResult } from "../../scenarios/result/SimulationResult.ts";

/** One fact of the panel: what, its value, and where it comes from (the export, or the model). */
export interface TracedFact {
  /** Stable key, for tests and links. */
  key: string;
  label: string;
  value: string;
  /** Where the figure comes from: "export: vInfo", "model: …", "scenario: …". */
  from: string;
}

/** One example of a warning, its location split out and the message without the repeated location. */
export interface WarningExample {
  file: string;
  tab: string;
  row: string;
  column: string;
  message: string;
}

/** The warnings of one kind: how many, what the importer did for them, the first few. */
export interface WarningGroup {
  code: string;
  meaning: string;
  count: number;
  examples: WarningExample[];
  /** Warnings of this kind not shown as examples (counted in `count`). */
  notShown: number;
}

/** One host of the model-against-measured check; fractions, null when not measured. */
export interface CalibrationRow {
  host: string;
  cells: {
    what: "CPU" | "Memory" | "Ready";
    measured: string;
    modelled: string;
    /** Modelled − measured, in percentage points, "—" when not measured. */
    off: string;
    /** Within the tolerance (CPU and memory), null when not measured or not judged (ready). */
    within: boolean | null;
  }[];
}

/** The data-quality panel of a result, ready to render (text only). */
export interface DataQuality {
  /** "synthetic": made up (the reference); "inline": written in the scenario; "imported": read from an export. */
  origin: "synthetic" | "inline" | "imported";
  /** One sentence on where the estate comes from. */
  summary: string;
  read: TracedFact[];
  inferred: TracedFact[];
  warnings: { count: number; groups: WarningGroup[]; listed: number };
  calibration: {
    facts: TracedFact[];
    rows: CalibrationRow[];
    toleranceFraction: number;
  } | null;
}

/** Examples shown per kind of warning. */
export const EXAMPLES_PER_KIND = 3;

const FORMAT: Record<string, string> = {
  "rvtools-xlsx": "RVTools export, .xlsx workbook",
  "rvtools-csv": "RVTools export, RVTools_tab*.csv files",
  "csv-template": "Cutover CSV template",
  inline: "inline in the scenario file",
};

/**
 * The data-quality panel of a result: what was read from the export, what the model inferred
 * where the export said nothing or something odd, the import's warnings grouped by kind with
 * their counts (equal to `inventory.warnings.byCode`) and first examples, and the before-state
 * modelled against the export's own measurements. Reads the result only. Pure.
 */
export function dataQualityFacts(result: SimulationResult): DataQuality {
  const { inventory } = result;
  const origin =
    inventory.source.synthetic !== null
      ? "synthetic"
      : inventory.source.kind === "inline"
        ? "inline"
        : "imported";
  return {
    origin,
    summary:
      origin === "synthetic"
        ? `Synthetic inventory: ${sentence(inventory.source.synthetic ?? "")} Nothing was read from an export: no import warnings, and every VM's demand comes from its workload profile, with no measurement to check the model against.`
        : origin === "inline"
          ? `Inventory written in the scenario file ${result.scenario.file}: nothing was imported, so there are no import warnings.`
          : `Imported from ${inventory.source.path} (${FORMAT[inventory.source.kind] ?? inventory.source.kind}). Each figure says where it comes from: the export (its tab and column) or the model.`,
    read: origin === "imported" ? readFacts(result) : [],
    inferred: origin === "synthetic" ? [] : inferredFacts(result),
    warnings: warningGroups(result),
    calibration: calibrationCheck(result),
  };
}

/** Names shown in a fact; the rest are counted. */
const NAMES_SHOWN = 5;

/** "a, b, c" or "a, b, c, d, e and 12 more". */
function namesOf(names: readonly string[]): string {
  const shown = names.slice(0, NAMES_SHOWN).join(", ");
  return names.length > NAMES_SHOWN ? `${shown} and ${names.length - NAMES_SHOWN} more` : shown;
}

/** The text as a sentence: one full stop at its end. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;
}

function readFacts(result: SimulationResult): TracedFact[] {
  const { inventory } = result;
  const read = inventory.read;
  const listedHosts = inventory.hostCount - inventory.unlistedHostCount;
  const rvtools = inventory.source.kind !== "csv-template";
  const vmTab = rvtools ? "vInfo" : "VM file";
  const hostTab = rvtools ? "vHost" : "host file";
  const tabs = tabsRead(result);
  const rowsSkipped = inventory.warnings.byCode["row-no-name"] ?? 0;
  const skipped = [
    ...(inventory.templateCount > 0 ? [plural(inventory.templateCount, "template")] : []),
    ...(inventory.placeholderCount > 0
      ? [plural(inventory.placeholderCount, "SRM placeholder")]
      : []),
    ...(rowsSkipped > 0 ? [`${plural(rowsSkipped, "row")} with no name (totals, notes)`] : []),
  ];
  return [
    { key: "file", label: "File", value: inventory.source.path, from: "the path given" },
    {
      key: "format",
      label: "Format",
      value: FORMAT[inventory.source.kind] ?? inventory.source.kind,
      from: "recognised from the file",
    },
    ...(rvtools && inventory.source.export !== null
      ? [
          {
            key: "export",
            label: "Export",
            value: exportFactsText(inventory.source.export),
            from:
              inventory.source.export.rvtoolsVersions.length > 0
                ? "export: vMetaData, vSource"
                : "export (no vMetaData tab)",
          },
        ]
      : []),
    ...(tabs.length > 0
      ? [{ key: "tabs", label: "Tabs read", value: tabs.join(", "), from: "export" }]
      : []),
    {
      key: "vms",
      label: "VMs",
      value: `${plural(inventory.vmCount, "VM")}: ${inventory.poweredOnCount} powered on, ${inventory.poweredOffCount} off${inventory.suspendedCount > 0 ? `, ${inventory.suspendedCount} suspended` : ""}`,
      from: `export: ${vmTab}`,
    },
    {
      key: "hosts",
      label: "Hosts",
      value: `${plural(listedHosts, "host")} listed, ${inventory.coreCount.toLocaleString("en-GB")} physical cores${inventory.unlistedHostCount > 0 ? `; ${plural(inventory.unlistedHostCount, "more host")} named by VMs only` : ""}`,
      from: `export: ${hostTab}${inventory.unlistedHostCount > 0 ? ` and ${vmTab} Host` : ""}`,
    },
    ...(read === undefined
      ? []
      : [
          {
            key: "datastores",
            label: "Datastores",
            value: `${plural(read.datastoreCount, "datastore")}, ${plural(read.networkCount, "network")}`,
            from: rvtools ? "export: vDatastore; networks from vInfo Network #" : "export",
          },
        ]),
    {
      key: "skipped",
      label: "Skipped",
      value: skipped.length > 0 ? skipped.join(", ") : "nothing reported",
      from: `export: ${vmTab} (Template, SRM Placeholder, VM columns)`,
    },
  ];
}

/** The tabs the figures came from, as far as the result shows it (data taken, or a warning's tab). */
function tabsRead(result: SimulationResult): string[] {
  const { inventory } = result;
  if (inventory.source.kind === "csv-template") return [];
  const tabs = new Set<string>(["vInfo"]);
  const read = inventory.read;
  if (inventory.hostCount - inventory.unlistedHostCount > 0) tabs.add("vHost");
  if (read !== undefined) {
    if (read.measured.vmCpu > 0) tabs.add("vCPU");
    if (read.measured.vmMemory > 0) tabs.add("vMemory");
    if (read.datastoreCount > 0) tabs.add("vDatastore");
  }
  for (const w of inventory.warnings.first) if (w.tab !== null) tabs.add(w.tab);
  return [...tabs];
}

function inferredFacts(result: SimulationResult): TracedFact[] {
  const { inventory, calibration } = result;
  const facts: TracedFact[] = [];
  const notAssessed = result.platform.before.notAssessedHosts ?? [];
  if (notAssessed.length > 0) {
    facts.push({
      key: "unlisted-hosts",
      label: "Hosts not in vHost",
      value: `${namesOf(notAssessed.map((h) => `${h.host} (${plural(h.vmCount, "VM")})`))}: given a stand-in capacity; their before-state (contention, ready, N+1) is not assessed, their VMs still move`,
      from: "export: vInfo Host not found in vHost; model: stand-in host",
    });
  }
  for (const m of inventory.read?.cpuModels ?? []) {
    const unknown = m.generation === "unknown";
    facts.push({
      key: "cpu-generation",
      label: "CPU generation",
      value: `${m.cpuModel} → ${unknown ? "unknown: per-core speed from its clock alone at Skylake's per-clock throughput (ASSUMPTION); EVC checks skip it" : m.generation} (${plural(m.hostCount, "host")})`,
      from: "export: vHost CPU Model; model: generation table (scenarios/inventory/cpuGeneration.ts)",
    });
  }
  const clock = inventory.warnings.byCode["clock-from-speed"] ?? 0;
  if (clock > 0) {
    facts.push({
      key: "clock",
      label: "Host clock",
      value: 'read as MHz from "Speed", a column with no unit in its name',
      from: "export: vHost Speed",
    });
  }
  const on = inventory.poweredOnCount;
  if (calibration !== null) {
    const { measured, fallback } = calibration.vms;
    facts.push({
      key: "vm-cpu",
      label: "VM CPU demand",
      value: `${measured} of ${measured + fallback} powered-on VMs from the export's measurement; ${plural(fallback, "VM")} from their workload profile's defaults`,
      from: "export: vCPU Overall; model: workload profiles (scenario)",
    });
  } else if (on > 0) {
    facts.push({
      key: "vm-cpu",
      label: "VM CPU demand",
      value: `all ${plural(on, "powered-on VM")} from their workload profile's defaults: the ${inventory.source.kind === "inline" ? "inventory" : "export"} measured nothing`,
      from: "model: workload profiles (scenario)",
    });
  }
  const read = inventory.read;
  if (read !== undefined && inventory.vmCount > 0) {
    facts.push({
      key: "vm-memory",
      label: "VM memory in use",
      value:
        read.measured.vmMemory > 0
          ? `${read.measured.vmMemory} of ${plural(inventory.vmCount, "VM")} from the export's Consumed; the rest from their profile`
          : `every VM from its workload profile: no Consumed figure in the export`,
      from:
        read.measured.vmMemory > 0
          ? "export: vMemory Consumed; model: profiles"
          : "model: workload profiles (scenario)",
    });
  }
  if (inventory.inaccessibleCount > 0) {
    facts.push({
      key: "inaccessible",
      label: "Inaccessible VMs",
      value: `${plural(inventory.inaccessibleCount, "VM")} with 0 CPUs or 0 MiB: taken as powered off, moved cold, no demand`,
      from: "export: vInfo CPUs, Memory",
    });
  }
  return facts;
}

function warningGroups(result: SimulationResult): DataQuality["warnings"] {
  const { warnings } = result.inventory;
  const examples = new Map<string, ImportWarning[]>();
  for (const w of warnings.first) {
    const list = examples.get(w.code) ?? [];
    if (list.length < EXAMPLES_PER_KIND) list.push(w);
    examples.set(w.code, list);
  }
  const groups = (Object.entries(warnings.byCode) as [ImportWarningCode, number][]).map(
    ([code, count]) => {
      const shown = (examples.get(code) ?? []).map(warningExample);
      return {
        code,
        meaning: IMPORT_WARNING_CODES[code] ?? "",
        count,
        examples: shown,
        notShown: count - shown.length,
      };
    },
  );
  return { count: warnings.count, groups, listed: warnings.first.length };
}

/** The warning's location as columns, and its message without the location it starts with. */
export function warningExample(w: ImportWarning): WarningExample {
  let message = w.message;
  // WarningLog writes "<file>[ [<sheet>]]: row R, column "C": <detail>"; each part is dropped
  // only when it is there as written (a long name shortened in the message stays whole).
  const steps: string[][] = [
    w.tab === null ? [`${w.file}: `] : [`${w.file} [${w.tab}]: `, `${w.file}: `],
    w.row === null ? [] : [`row ${w.row}, `, `row ${w.row}: `],
    w.column === null ? [] : [`column "${w.column}": `],
  ];
  for (const choices of steps) {
    const prefix = choices.find((p) => message.startsWith(p));
    if (prefix !== undefined) message = message.slice(prefix.length);
  }
  return {
    file: baseName(w.file),
    tab: w.tab ?? "—",
    row: w.row === null ? "—" : String(w.row),
    column: w.column ?? "—",
    message,
  };
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

function calibrationCheck(result: SimulationResult): DataQuality["calibration"] {
  const calibration = result.calibration;
  if (calibration === null) return null;
  const { agreement, vms, snapshot } = calibration;
  const tolerance = agreement.toleranceFraction;
  const points = Math.round(tolerance * 100);
  const cell = (
    what: "CPU" | "Memory" | "Ready",
    measured: number | null,
    modelled: number,
    judged: boolean,
  ): CalibrationRow["cells"][number] => ({
    what,
    measured:
      measured === null ? "not measured" : formatPercent(measured, what === "Ready" ? 2 : 1),
    modelled: formatPercent(modelled, what === "Ready" ? 2 : 1),
    off: measured === null ? "—" : pointsOff(modelled - measured),
    within: measured === null || !judged ? null : Math.abs(modelled - measured) <= tolerance + 1e-9,
  });
  return {
    toleranceFraction: tolerance,
    facts: [
      {
        key: "agreement",
        label: "Agreement",
        value: `CPU within ±${points} points for ${agreement.cpu.within} of ${agreement.cpu.compared} measured hosts, memory for ${agreement.memory.within} of ${agreement.memory.compared}`,
        from: "model against export: vHost CPU usage %, Memory usage %",
      },
      {
        key: "calibrated-vms",
        label: "VMs calibrated",
        value: `${vms.measured} of ${vms.measured + vms.fallback} powered-on VMs from the export's measurements; ${vms.fallback} from their profile${vms.capped > 0 ? `; ${vms.capped} measured above vCPUs × host clock, capped there (${vms.cappedNames.join(", ")})` : ""}`,
        from: "export: vCPU Overall",
      },
      {
        key: "snapshot",
        label: "Snapshot",
        value: `${snapshot.label} (hour ${snapshot.hourOfWeek} of the week)`,
        from: snapshot.source,
      },
    ],
    rows: calibration.hosts.map((h) => ({
      host: h.name,
      cells: [
        cell("CPU", h.cpuMeasuredFraction, h.cpuModelledFraction, true),
        cell("Memory", h.memoryMeasuredFraction, h.memoryModelledFraction, true),
        cell("Ready", h.readyMeasuredFraction, h.readyModelledFraction, false),
      ],
    })),
  };
}

/** "+3.2 points", "−33.7 points", "0.0 points". */
function pointsOff(difference: number): string {
  const p = difference * 100;
  const text = Math.abs(p).toFixed(1);
  return `${text === "0.0" ? "" : p > 0 ? "+" : "−"}${text} points`;
}
