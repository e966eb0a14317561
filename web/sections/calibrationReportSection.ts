import type { SimulationResult } from "../../scenarios/result/SimulationResult.ts";
import { facts, type Parent, section, table } from "./section.ts";

/**
 * The before-state set beside the export's own measurements: how many VMs are calibrated, the
 * snapshot hour and where it comes from, and a table of measured vs modelled per host (text
 * only). Nothing for an inventory that measured nothing (`calibration: null`, the reference).
 */
export function calibrationReportSection(parent: Parent, result: SimulationResult): void {
  const calibration = result.calibration;
  if (calibration === null) return;
  const { snapshot, vms, agreement, hosts } = calibration;
  const s = section(parent, "calibration", "Before-state calibrated to the export");
  const points = Math.round(agreement.toleranceFraction * 100);
  facts(s, [
    [
      "VMs",
      `${vms.measured} of ${vms.measured + vms.fallback} powered-on VMs from the export's measurements; ${vms.fallback} from their profile`,
    ],
    ["Snapshot", `${snapshot.label} (hour ${snapshot.hourOfWeek} of the week): ${snapshot.source}`],
    [
      "Agreement",
      `CPU within ±${points} points for ${agreement.cpu.within} of ${agreement.cpu.compared} measured hosts, memory for ${agreement.memory.within} of ${agreement.memory.compared}`,
    ],
    ...(vms.capped > 0
      ? ([
          [
            "Capped",
            `${vms.capped} VM(s) measured above vCPUs × host clock, capped there (${vms.cappedNames.join(", ")})`,
          ],
        ] as [string, string][])
      : []),
  ]);
  const pct = (f: number | null) => (f === null ? "not measured" : `${(f * 100).toFixed(1)} %`);
  const ready = (f: number | null) =>
    f === null ? "not measured" : `${Number((f * 100).toPrecision(2))} %`;
  table(
    s,
    `Per host at the snapshot hour: the export's own figures (vHost CPU usage %, Memory usage %; vInfo Overall Cpu Readiness averaged over the host's VMs) beside the model's`,
    [
      "Host",
      "CPU measured",
      "CPU modelled",
      "Memory measured",
      "Memory modelled",
      "Ready measured",
      "Ready modelled",
    ],
    hosts.map((h) => [
      h.name,
      pct(h.cpuMeasuredFraction),
      pct(h.cpuModelledFraction),
      pct(h.memoryMeasuredFraction),
      pct(h.memoryModelledFraction),
      ready(h.readyMeasuredFraction),
      ready(h.readyModelledFraction),
    ]),
  ).attr("class", "calibration");
}
