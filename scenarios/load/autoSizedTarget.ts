import { othersScaleAt } from "../../models/contention/contentionSeries.ts";
import type { Host } from "../../models/Inventory.ts";
import { generationSpeed } from "../../models/platform/generationSpeed.ts";
import { hostCapacity } from "../../models/platform/hostCapacity.ts";
import { hostAllowance } from "../../models/platform/overcommitPolicy.ts";
import { candidateHosts } from "../../models/sizing/candidateHosts.ts";
import { type HostSizing, hostSizing } from "../../models/sizing/hostSizing.ts";
import { peakTrafficLevel } from "../../models/sizing/peakTrafficLevel.ts";
import type { SizingInput } from "../../models/sizing/SizingInput.ts";
import { GIB } from "../../models/units.ts";
import { InputError } from "../inventory/InputError.ts";
import { antiAffinityRules } from "../run/platformSection.ts";
import { workloadProfileOf } from "../run/workloadProfileOf.ts";
import type { Platform, Scenario } from "../Scenario.ts";

/**
 * The target of a scenario whose one host entry says `"count": "auto"`, with that many hosts of
 * the entry's model as {@link hostSizing} finds for the estate — the run's powered-on VMs with
 * their profiles, the weekly peak the run checks N+1 at, other tenants' load, the target's
 * overcommit policy, and the placement rules the run applies (the scenario's, else the derived
 * ones: derived here with as many target hosts as the source has, which yields the rules the run
 * derives on the sized count, since every derived group has at most as many VMs as the source
 * has hosts, and the sized count exceeds every group). Failures tolerated: the target's
 * `hostFailuresTolerated`, at least 1 when the scenario's targets ask for N+1 (the run checks
 * it with one host failed).
 *
 * @param scenario a resolved scenario whose target hosts are the one model host (count 1)
 * @param model the host entry's model
 * @param file the scenario file, for messages
 * @throws InputError naming the VM that fits no host of the model under the overcommit
 *   policy, or the rules when they can be kept on no number of hosts
 */
export function autoSizedTarget(
  scenario: Scenario,
  model: Host,
  file: string,
  inventoryFile: string,
): Platform {
  const target = scenario.target;
  const policy = {
    maxVcpuPerCore: target.maxVcpuPerCore.value,
    maxMemoryOvercommit: target.maxMemoryOvercommit.value,
  };
  const running = scenario.inventory.vms.filter((vm) => vm.powerState === "poweredOn");
  checkVmsFitModel(scenario, model, policy, inventoryFile);
  const vms = running.map((vm) => {
    const profile = workloadProfileOf(scenario, vm);
    return {
      name: vm.name,
      vcpu: vm.vcpu,
      memoryBytes: vm.memoryBytes,
      cpuDemandCores: vm.vcpu * profile.cpuPeakFraction,
      host: null,
      profile,
    };
  });
  const names = new Set(running.map((vm) => vm.name));
  const rules =
    scenario.placementRules === undefined
      ? antiAffinityRules(running, {
          ...scenario,
          target: { ...target, hosts: scenario.source.hosts },
        })
      : scenario.placementRules.map((rule) => ({
          ...rule,
          vms: rule.vms.filter((n) => names.has(n)),
        }));
  const reference = scenario.source.hosts[0];
  const peakLevel = peakTrafficLevel(vms);
  const input: SizingInput = {
    host: model,
    speedFactor: generationSpeed(
      model.generation,
      model.clockHz,
      reference?.generation ?? "Skylake",
      reference?.clockHz ?? 1,
    ),
    vms,
    peakLevel,
    otherTenantsPeakFraction: target.otherTenantsLoadFraction?.value ?? 0,
    othersScale: othersScaleAt(vms, [peakLevel])[0] ?? 0,
    policy,
    rules,
    failuresTolerated: Math.max(target.hostFailuresTolerated, scenario.targets.n1 ? 1 : 0),
  };
  const sizing = sized(input, file);
  return {
    ...target,
    hosts: candidateHosts(model, sizing.hostCount),
    sizing: { ...sizing, model },
  };
}

function sized(input: SizingInput, file: string): HostSizing {
  try {
    return hostSizing(input);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new InputError({
      fieldKind: "field",
      file,
      field: `target.hosts[0] (${input.host.name}).count`,
      expected: `a target that some number of hosts can hold ("auto" found none: ${error.message})`,
      value: "auto",
    });
  }
}

/** A VM needs one host of the model with room for it under the overcommit policy, empty. */
function checkVmsFitModel(
  scenario: Scenario,
  model: Host,
  policy: { maxVcpuPerCore: number; maxMemoryOvercommit: number },
  inventoryFile: string,
): void {
  const allowance = hostAllowance(hostCapacity(model).cores, model.memoryBytes, policy);
  scenario.inventory.vms.forEach((vm, i) => {
    if (vm.powerState !== "poweredOn") return;
    if (vm.vcpu > allowance.vcpu || vm.memoryBytes > allowance.memoryBytes) {
      throw new InputError({
        fieldKind: "field",
        file: inventoryFile,
        field: `inventory.vms[${i}] (${vm.name})`,
        expected: `a VM that fits one target host of the model "${model.name}" under its overcommit policy (at most ${allowance.vcpu} vCPU and ${(allowance.memoryBytes / GIB).toFixed(0)} GiB), so that some number of hosts can hold it`,
        got: `${vm.vcpu} vCPU and ${(vm.memoryBytes / GIB).toFixed(0)} GiB`,
      });
    }
  });
}
