import { keptMapped } from "../mapped.ts";
import type { PlacementRule } from "../platform/PlacementRule.ts";

/** One phase-4 check after the move. */
export interface ValidationCheck {
  /** Stable name: "ips-kept", "placement-rules", "networks", "no-reboot", "n1-target". */
  name: string;
  pass: boolean;
  /** One readable line: what was checked, and what broke. */
  detail: string;
}

/** A migrated VM as validation sees it. */
export interface ValidatedVm {
  name: string;
  /** Networks (port groups) it is connected to. */
  networks: readonly string[];
  /** Rebooted by its switchover (bulk, cold). */
  rebooted: boolean;
}

/** Inputs of {@link validationChecks}. */
export interface ValidationInput {
  /** Layer-2 extension of the source segments to the target (stretched networks). */
  l2Extension: boolean;
  /** The migrated VMs (frozen ones excluded). */
  vms: readonly ValidatedVm[];
  /** Networks the source inventory declares (the segments an extension can stretch). */
  sourceNetworks: readonly string[];
  /** Target placement, VM name → host name. */
  placement: Readonly<Record<string, string>>;
  /** Hard placement rules to hold on the target. */
  rules: readonly PlacementRule[];
  /** N+1 on the target at the peak (one host failed). */
  n1: { pass: boolean; cpuUsedFraction: number; memoryUsedFraction: number };
}

/**
 * The validation checks of DESIGN.md phase 4, after the move:
 * - `ips-kept`: addresses are kept only with a Layer-2 extension (FACTS.md, HCX network
 *   extension).
 * - `placement-rules`: each affinity rule has its placed VMs on one host, each anti-affinity
 *   rule its placed VMs on distinct hosts (vSphere DRS VM-VM rules); VMs of a rule that are
 *   not placed (powered off, frozen, unplaced) are skipped.
 * - `networks` (rule of this model): with an extension every segment the source inventory
 *   declares is stretched, so a VM passes when all its networks are declared there; a network
 *   not declared cannot be extended. Without an extension no source segment exists at the
 *   target: every connected VM needs a target segment and a new address, and fails the check.
 * - `no-reboot`: no VM was rebooted by its switchover.
 * - `n1-target`: the target keeps HA N+1 headroom (passed in from the platform model).
 * @returns the five checks in that order
 * @example validationChecks({ l2Extension: true, vms: [], sourceNetworks: [], placement: {}, rules: [], n1 }).every((c) => c.pass)
 */
export function validationChecks(input: ValidationInput): ValidationCheck[] {
  const { vms, placement } = input;
  const broken: string[] = [];
  for (const rule of input.rules) {
    // pushed in a loop (filter's array has another V8 map when empty: a deopt when rare)
    const placed: string[] = [];
    const hosts = new Set<string>();
    for (const vm of rule.vms) {
      const host = placement[vm];
      if (host === undefined) continue;
      placed.push(vm);
      hosts.add(host);
    }
    const holds = rule.kind === "affinity" ? hosts.size <= 1 : hosts.size === placed.length;
    if (!holds)
      broken.push(`${rule.name} (${placed.map((vm) => `${vm}@${placement[vm]}`).join(", ")})`);
  }
  const known = new Set(input.sourceNetworks);
  const missing = vms.flatMap((vm) =>
    vm.networks
      .filter((net) => !input.l2Extension || !known.has(net))
      .map((net) => `${vm.name}:${net}`),
  );
  // keptMapped, not filter/map: one V8 map whether or not a VM rebooted (see mapped)
  const rebooted = keptMapped(
    vms,
    (vm) => vm.rebooted,
    (vm) => vm.name,
  );
  const { n1 } = input;
  const percent = (f: number) => `${(f * 100).toFixed(0)} %`;
  return [
    {
      name: "ips-kept",
      pass: input.l2Extension,
      detail: input.l2Extension
        ? "Layer-2 extension: every VM keeps its addresses"
        : "no Layer-2 extension: VMs are re-addressed at the target",
    },
    {
      name: "placement-rules",
      pass: broken.length === 0,
      detail:
        broken.length === 0
          ? `${input.rules.length} affinity/anti-affinity rules hold on the target placement`
          : `broken on the target placement: ${broken.join("; ")}`,
    },
    {
      name: "networks",
      pass: missing.length === 0,
      detail:
        missing.length === 0
          ? `every network of the ${vms.length} migrated VMs is extended to the target`
          : `${missing.length} VM networks without a segment at the target${input.l2Extension ? " (not declared at the source)" : " (no Layer-2 extension)"}: ${missing.slice(0, 10).join(", ")}${missing.length > 10 ? ", …" : ""}`,
    },
    {
      name: "no-reboot",
      pass: rebooted.length === 0,
      detail: rebooted.length === 0 ? "no VM rebooted" : `rebooted: ${rebooted.join(", ")}`,
    },
    {
      name: "n1-target",
      pass: n1.pass,
      detail: `one host failed: CPU ${percent(n1.cpuUsedFraction)}, memory ${percent(n1.memoryUsedFraction)} of what is left`,
    },
  ];
}
