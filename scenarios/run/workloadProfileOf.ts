import { calibratedProfile } from "../../models/calibration/calibratedProfile.ts";
import type { Vm } from "../../models/Inventory.ts";
import type { WorkloadProfile } from "../../models/workload/WorkloadProfile.ts";
import type { Scenario } from "../Scenario.ts";
import { type VmCalibration, vmCalibrationOf } from "./vmCalibrationOf.ts";

/** A scenario's profiles, computed on first use: by VM, and uncalibrated by profile name. */
interface Profiles {
  scenario: Scenario;
  byVm: Map<Vm, WorkloadProfile>;
  byName: Map<string, WorkloadProfile>;
  /** Looked up after the VM's profile, as before (each may throw). */
  calibration: VmCalibration | undefined;
}

const PROFILES = new WeakMap<Scenario, Profiles>();
/** The last scenario looked up: the callers ask per VM and step, scenario after scenario. */
let last: Profiles | undefined;

/**
 * A VM's workload profile in the models' units: its scenario profile (or the default one) with
 * the sourced values taken at their value, its CPU curve calibrated to the export's measurement
 * where there is one (the curve scaled to pass through the VM's measured `Overall` at the
 * snapshot hour: calibratedProfile, vmCalibrationOf); the profile alone otherwise. Computed once
 * per scenario object and VM (the platform section asks per VM and hour of the week): the same
 * object each time (uncalibrated VMs of a profile share one), not to be mutated.
 * @throws RangeError when the VM names an unknown profile (a loaded scenario has none)
 */
export function workloadProfileOf(scenario: Scenario, vm: Vm): WorkloadProfile {
  if (last?.scenario !== scenario) {
    let profiles = PROFILES.get(scenario);
    if (profiles === undefined) {
      profiles = {
        scenario,
        byVm: new Map(),
        byName: new Map(),
        calibration: undefined,
      };
      PROFILES.set(scenario, profiles);
    }
    last = profiles;
  }
  let profile = last.byVm.get(vm);
  if (profile === undefined) {
    profile = computedProfileOf(last, vm);
    last.byVm.set(vm, profile);
  }
  return profile;
}

function computedProfileOf(profiles: Profiles, vm: Vm): WorkloadProfile {
  const name = vm.profile ?? profiles.scenario.defaultProfile;
  let profile = profiles.byName.get(name);
  if (profile === undefined) {
    profile = scenarioProfileOf(profiles.scenario, vm);
    profiles.byName.set(name, profile);
  }
  profiles.calibration ??= vmCalibrationOf(profiles.scenario);
  const measured = profiles.calibration.cpu.get(vm.name);
  if (measured === undefined) return profile;
  return calibratedProfile(
    profile,
    profiles.calibration.level,
    measured.referenceFraction,
    measured.maxFraction,
  );
}

/**
 * A VM's scenario profile (or the default one) in the models' units, uncalibrated.
 * @throws RangeError when the VM names an unknown profile
 */
export function scenarioProfileOf(scenario: Scenario, vm: Vm): WorkloadProfile {
  const name = vm.profile ?? scenario.defaultProfile;
  const p = scenario.profiles[name];
  if (p === undefined) throw new RangeError(`VM "${vm.name}": unknown profile "${name}"`);
  return {
    cpuPeakFraction: p.cpuPeakFraction.value,
    cpuTroughFraction: p.cpuTroughFraction.value,
    activeMemoryFraction: p.activeMemoryFraction.value,
    dirtyRatePeakBytesPerSecond: p.dirtyRatePeakBytesPerSecond.value,
    dirtyRateTroughBytesPerSecond: p.dirtyRateTroughBytesPerSecond.value,
    requestsPerSitePeak: p.requestsPerSitePeak.value,
    serviceTimeSeconds: p.serviceTimeSeconds.value,
  };
}
