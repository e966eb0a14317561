import { DEFAULT_SNAPSHOT_HOUR_OF_WEEK } from "../../models/calibration/DEFAULT_SNAPSHOT_HOUR_OF_WEEK.ts";
import { measuredCpuFraction } from "../../models/calibration/measuredCpuFraction.ts";
import type { Host } from "../../models/Inventory.ts";
import { generationSpeed } from "../../models/platform/generationSpeed.ts";
import { HOUR } from "../../models/units.ts";
import { DEFAULT_TRAFFIC_SHAPE, trafficLevel } from "../../models/workload/TrafficShape.ts";
import { exportSnapshotHour } from "../inventory/rvtoolsExportFacts.ts";
import type { Scenario } from "../Scenario.ts";
import { KeyedCache } from "./KeyedCache.ts";

/** The export's per-VM CPU measurements as the workload profiles take them. */
export interface VmCalibration {
  /** Snapshot hour, hours since Monday 00:00. */
  hourOfWeek: number;
  /**
   * Where the hour comes from: the scenario (`calibration.snapshotHourOfWeek`), the export's
   * vMetaData date (when the scenario does not set it), or the default assumption.
   */
  hourFrom: "scenario" | "export" | "assumption";
  /** The export's date the hour comes from (vMetaData `xlsx creation datetime`), else null. */
  exportWrittenAt: string | null;
  /** Traffic level at the snapshot hour (DEFAULT_TRAFFIC_SHAPE). */
  level: number;
  /** VM name → measured fraction of its vCPUs busy (reference cores) and its ceiling. */
  cpu: Map<string, { referenceFraction: number; maxFraction: number }>;
  /** VMs whose `Overall` exceeded vCPUs × host clock, capped there. */
  capped: string[];
  /** True when the inventory holds any measurement (VM or host). */
  measured: boolean;
}

/**
 * Tables by what they are computed from: the inventory, the source hosts and the snapshot hour
 * (a Monte Carlo replication's scenario is new, these are the loaded scenario's: see
 * sampleScenario).
 */
const CACHE = new KeyedCache<VmCalibration>();

/**
 * The calibration table of a scenario: per VM with a measured `Overall` (vCPU tab) on a host the
 * source platform lists, its measured CPU in the profiles' unit (see measuredCpuFraction; the
 * reference core is the source's first host, as in platformSection). Computed once per
 * inventory, source hosts and snapshot hour (the profiles are looked up per VM and step, and
 * replications share them). Shared: not to be mutated.
 * @throws RangeError when a host's CPU generation is unknown to the speed table
 */
export function vmCalibrationOf(scenario: Scenario): VmCalibration {
  const set = scenario.calibration?.snapshotHourOfWeek;
  // The export's own date (inventorySource.export) is read with the inventory and never apart
  // from it, so the inventory keys it too.
  return CACHE.get([scenario.inventory, scenario.source.hosts, set], () =>
    calibrationTable(scenario, set),
  );
}

function calibrationTable(scenario: Scenario, set: number | undefined): VmCalibration {
  const exported = set === undefined ? exportSnapshotHour(scenario.inventorySource.export) : null;
  const hourOfWeek = set ?? exported?.hourOfWeek ?? DEFAULT_SNAPSHOT_HOUR_OF_WEEK;
  const reference = scenario.source.hosts[0];
  const hosts = new Map<string, Host>(scenario.source.hosts.map((h) => [h.name, h]));
  const speeds = new Map<string, number>();
  const speedOf = (h: Host) => {
    let s = speeds.get(h.name);
    if (s === undefined) {
      s = generationSpeed(
        h.generation,
        h.clockHz,
        reference?.generation ?? "Skylake",
        reference?.clockHz ?? 1,
      );
      speeds.set(h.name, s);
    }
    return s;
  };
  const cpu: VmCalibration["cpu"] = new Map();
  const capped: string[] = [];
  let measured = scenario.source.hosts.some(
    (h) => h.cpuUsageFraction != null || h.memoryUsageFraction != null,
  );
  for (const vm of scenario.inventory.vms) {
    if (vm.memoryConsumedBytes != null || vm.cpuReadinessFraction != null) measured = true;
    if (vm.cpuUsedHz == null) continue;
    measured = true;
    const host = vm.host === null ? undefined : hosts.get(vm.host);
    if (host === undefined || vm.vcpu <= 0) continue;
    const speed = speedOf(host);
    const m = measuredCpuFraction(vm.cpuUsedHz, vm.vcpu, host.clockHz, speed);
    if (m.capped) capped.push(vm.name);
    cpu.set(vm.name, { referenceFraction: m.referenceFraction, maxFraction: speed });
  }
  return {
    hourOfWeek,
    hourFrom: set !== undefined ? "scenario" : exported !== null ? "export" : "assumption",
    exportWrittenAt: exported?.writtenAt ?? null,
    level: trafficLevel(hourOfWeek * HOUR, DEFAULT_TRAFFIC_SHAPE),
    cpu,
    capped,
    measured,
  };
}
