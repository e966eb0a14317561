import { calibratedProfile } from "../../models/calibration/calibratedProfile.ts";
import type { Vm } from "../../models/Inventory.ts";
import type { WorkloadProfile } from "../../models/workload/WorkloadProfile.ts";
import type { Scenario } from "../Scenario.ts";
import { vmCalibrationOf } from "./vmCalibrationOf.ts";

/** Each scenario's profiles by VM, computed on first use. */
const PROFILES = new WeakMap<Scenario, Map<Vm, WorkloadProfile>>();
/** The last scenario looked up and its profiles: the callers ask per VM and step, in turn. */
let last: { scenario: Scenario; profiles: Map<Vm, WorkloadProfile> } | undefined;

/**
 * A VM's workload profile in the models' units: its scenario profile (or the default one) with
 * the sourced values taken at their value, its CPU curve calibrated to the export's measurement
 * where there is one (the curve scaled to pass through the VM's measured `Overall` at the
 * snapshot hour: calibratedProfile, vmCalibrationOf); the profile alone otherwise. Computed once
 * per scenario object and VM (the platform section asks per VM and hour of the week): the same
 * object each time, not to be mutated.
 * @throws RangeError when the VM names an unknown profile (a loaded scenario has none)
 */
export function workloadProfileOf(scenario: Scenario, vm: Vm): WorkloadProfile {
  if (last?.scenario !== scenario) {
    let profiles = PROFILES.get(scenario);
    if (profiles === undefined) PROFILES.set(scenario, (profiles = new Map()));
    last = { scenario, profiles };
  }
  let profile = last.profiles.get(vm);
  if (profile === undefined) {
    profile = computedProfileOf(scenario, vm);
    last.profiles.set(vm, profile);
  }
  return profile;
}

function computedProfileOf(scenario: Scenario, vm: Vm): WorkloadProfile {
  const profile = scenarioProfileOf(scenario, vm);
  const calibration = vmCalibrationOf(scenario);
  const measured = calibration.cpu.get(vm.name);
  if (measured === undefined) return profile;
  return calibratedProfile(
    profile,
    calibration.level,
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
