import { consumedMemoryOf } from "../../models/calibration/consumedMemoryOf.ts";
import { type HostCalibration, hostCalibration } from "../../models/calibration/hostCalibration.ts";
import { hourOfWeekLabel } from "../../models/calibration/hourOfWeekLabel.ts";
import { groupBy } from "../../models/groupBy.ts";
import type { Scenario } from "../Scenario.ts";
import { assessedSource, type PlatformSection } from "./platformSection.ts";
import { vmCalibrationOf } from "./vmCalibrationOf.ts";

/**
 * How far a modelled host figure may sit from the measured one and still count as agreeing,
 * fraction of the host (±10 points: issue 13's acceptance bound; FACTS.md reports the export's
 * own VM sums within "a few points" of its host figures).
 */
export const CALIBRATION_TOLERANCE_FRACTION = 0.1;

/** The before-state calibrated to an export: the snapshot, the VMs measured, host by host. */
export interface CalibrationSection {
  /** The hour the export is taken to have been run, and where that hour comes from. */
  snapshot: { hourOfWeek: number; label: string; source: string };
  /** Powered-on VMs whose CPU comes from the export (`measured`) or from their profile (`fallback`); `capped`: measured above vCPUs × host clock, held there. */
  vms: { measured: number; fallback: number; capped: number; cappedNames: string[] };
  /** Per host of the source platform (hosts the export does not list are left out), measured beside modelled at the snapshot hour. */
  hosts: HostCalibration[];
  /** Hosts whose modelled CPU and memory lie within ±toleranceFraction of the measured, of those measured. */
  agreement: {
    toleranceFraction: number;
    cpu: { within: number; compared: number };
    memory: { within: number; compared: number };
  };
}

/**
 * The calibration section of a run: null when the inventory has no measurement at all (an
 * inline inventory such as the reference's: its profiles are its only source). Otherwise the
 * before-state at the snapshot hour, host by host, from the same series the run reports
 * (platformSection's `before`, whose demand workloadProfileOf calibrated).
 */
export function calibrationSection(
  scenario: Scenario,
  platform: PlatformSection,
): CalibrationSection | null {
  const table = vmCalibrationOf(scenario);
  if (!table.measured) return null;
  const step = table.hourOfWeek % platform.steps;
  const running = scenario.inventory.vms.filter((vm) => vm.powerState === "poweredOn");
  const measured = running.filter((vm) => table.cpu.has(vm.name)).length;
  const onHost = groupBy(running, (vm) => platform.before.placement[vm.name]);
  const series = new Map(platform.before.hosts.map((h) => [h.host, h]));
  const hosts = assessedSource(scenario.source).hosts.map((h) => {
    const s = series.get(h.name);
    const vms = onHost.get(h.name) ?? [];
    return hostCalibration({
      name: h.name,
      cores: h.sockets * h.coresPerSocket,
      memoryBytes: h.memoryBytes,
      cpuUsageFraction: h.cpuUsageFraction,
      memoryUsageFraction: h.memoryUsageFraction,
      cpuDemandCores: s?.cpuDemandCores[step] ?? 0,
      cpuReadyFraction: s?.cpuReadyFraction[step] ?? 0,
      consumedMemoryBytes: vms.reduce((sum, vm) => sum + consumedMemoryOf(vm), 0),
      vmReadinessFractions: vms.map((vm) => vm.cpuReadinessFraction),
    });
  });
  return {
    snapshot: {
      hourOfWeek: table.hourOfWeek,
      label: hourOfWeekLabel(table.hourOfWeek),
      source:
        table.hourFrom === "scenario"
          ? "scenario (calibration.snapshotHourOfWeek)"
          : table.hourFrom === "export"
            ? `export: vMetaData xlsx creation datetime ${table.exportWrittenAt} (the clock of the machine that ran RVTools, taken as the estate's local time); calibration.snapshotHourOfWeek overrides it`
            : "ASSUMPTION: RVTools is run by hand in office hours on a working day; set calibration.snapshotHourOfWeek to the export's real hour",
    },
    vms: {
      measured,
      fallback: running.length - measured,
      capped: table.capped.length,
      cappedNames: table.capped.slice(0, 10),
    },
    hosts,
    agreement: {
      toleranceFraction: CALIBRATION_TOLERANCE_FRACTION,
      cpu: agreementOf(hosts, "cpuMeasuredFraction", "cpuModelledFraction"),
      memory: agreementOf(hosts, "memoryMeasuredFraction", "memoryModelledFraction"),
    },
  };
}

function agreementOf(
  hosts: readonly HostCalibration[],
  measuredKey: "cpuMeasuredFraction" | "memoryMeasuredFraction",
  modelledKey: "cpuModelledFraction" | "memoryModelledFraction",
): { within: number; compared: number } {
  let within = 0;
  let compared = 0;
  for (const h of hosts) {
    const m = h[measuredKey];
    if (m === null) continue;
    compared++;
    if (Math.abs(h[modelledKey] - m) <= CALIBRATION_TOLERANCE_FRACTION + 1e-9) within++;
  }
  return { within, compared };
}
