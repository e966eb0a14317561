import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GIB } from "../../../models/units.ts";
import { inlineScenario } from "../../../scenarios/load/inlineScenario.ts";
import { loadScenario } from "../../../scenarios/load/loadScenario.ts";
import { parseScenario } from "../../../scenarios/load/parseScenario.ts";
import { platformSection } from "../../../scenarios/run/platformSection.ts";
import { runScenario } from "../../../scenarios/run/runScenario.ts";
import type { Scenario } from "../../../scenarios/Scenario.ts";
import { serializeScenario } from "../../../scenarios/save/serializeScenario.ts";
import type { ScenarioFile } from "../../../scenarios/schema/scenarioSchema.ts";
import { inputErrorOf } from "../inputErrorOf.ts";

const builtin = join(import.meta.dirname, "../../../scenarios/builtin");
const referenceFile = join(builtin, "reference.json");
const { parsed: reference } = parseScenario(
  readFileSync(referenceFile, "utf8"),
  "reference.json",
  () => {
    throw new Error("the reference extends nothing");
  },
);
const fleet = join(import.meta.dirname, "../../fixtures/inventory/fleet-comma");

type TargetHosts = Extract<ScenarioFile["target"]["hosts"], unknown[]>;

/** The reference with its target host entry's count replaced. */
function withTargetCount(file: ScenarioFile, count: number | "auto"): ScenarioFile {
  const hosts = file.target.hosts as TargetHosts;
  return { ...file, target: { ...file.target, hosts: [{ ...hosts[0]!, count }] } };
}

/** The run's own verdict on the target: N+1 at the peak, and every VM placed. */
function runVerdict(scenario: Scenario) {
  const { section } = platformSection(scenario);
  return { n1: section.n1.pass, unplaced: section.after.unplaced.length };
}

describe('a target host entry with "count": "auto"', () => {
  const auto = inlineScenario(withTargetCount(reference, "auto"), "reference-auto.json");

  it("sizes the reference's own hosts at 4, CPU binding (other tenants' 55 % of every host)", () => {
    // Peak tenant demand ≈ 33.5 of the model's cores; each host has 64 × 1.25 = 80 effective
    // cores of which other tenants use 44: 33.5 + 44 n ≤ 80 (n − 1) ⇒ n ≥ 3.15 ⇒ 4.
    expect(auto.target.hosts.map((h) => h.name)).toEqual(["vcf-01", "vcf-02", "vcf-03", "vcf-04"]);
    expect(auto.target.sizing?.hostCount).toBe(4);
    expect(auto.target.sizing?.binding).toBe("cpu");
    expect(auto.target.sizing?.perResource.memory).toBe(2);
  });

  it("passes the run's own N+1 check at the sized count, and one host fewer fails it", () => {
    expect(runVerdict(auto)).toEqual({ n1: true, unplaced: 0 });
    const fewer = inlineScenario(withTargetCount(reference, 3), "reference-3.json");
    expect(runVerdict(fewer).n1).toBe(false);
  });

  it("is reported in the result: platforms.target.sizing, null when the count is given", () => {
    const result = runScenario(auto, { sensitivity: false });
    expect(result.platforms.target.hostCount).toBe(4);
    expect(result.platforms.target.sizing).toEqual({
      hostCount: 4,
      binding: "cpu",
      perResource: auto.target.sizing?.perResource,
      failuresTolerated: 1,
    });
    const given = inlineScenario(reference, "reference.json");
    expect(runScenario(given, { sensitivity: false }).platforms.target.sizing).toBeNull();
  });

  it("leaves the shared bill as it is: it is billed per allocated vCPU, GiB and storage, not per host", () => {
    const given = inlineScenario(reference, "reference.json");
    const bill = (s: Scenario) => runScenario(s, { sensitivity: false }).cost.monthly.shared;
    expect(bill(auto)).toEqual(bill(given));
  });

  it('is saved as "count": "auto", so that it loads back to the same sized target', () => {
    const text = serializeScenario(auto);
    expect(text).toContain('"count": "auto"');
    const again = inlineScenario(
      parseScenario(text, "saved.json", () => {
        throw new Error("extends nothing");
      }).parsed,
      "saved.json",
    );
    expect(again.target).toEqual(auto.target);
  });

  it('refuses "auto" beside another host entry, naming the entry', () => {
    const hosts = reference.target.hosts as TargetHosts;
    const two = {
      ...reference,
      target: {
        ...reference.target,
        hosts: [hosts[0]!, { ...hosts[0]!, name: "more", count: "auto" as const }],
      },
    };
    const error = inputErrorOf(() => inlineScenario(two, "two.json"));
    expect(error.field).toBe("target.hosts[1] (more).count");
  });

  it("refuses a VM that no host of the model can run, naming the VM (exit 2)", () => {
    const inventory = reference.inventory as Exclude<ScenarioFile["inventory"], string>;
    const vms = [...inventory.vms];
    vms[1] = { ...vms[1]!, vcpu: 600 };
    const huge = { ...withTargetCount(reference, "auto"), inventory: { ...inventory, vms } };
    const error = inputErrorOf(() => inlineScenario(huge, "huge.json"));
    expect(error.field).toBe(`inventory.vms[1] (${vms[1]!.name})`);
  });
});

describe("a bare inventory run with no scenario", () => {
  it("gets the reference's target host model, auto-sized, and N+1 holds", async () => {
    const scenario = await loadScenario(fleet);
    expect(scenario.target.sizing).toBeDefined();
    expect(scenario.target.hosts.every((h) => h.model === "Dell PowerEdge R760")).toBe(true);
    const result = runScenario(scenario, { sensitivity: false });
    expect(result.platforms.target.sizing?.hostCount).toBe(scenario.target.hosts.length);
    expect(result.targets.find((t) => t.id === "capacity.n1")?.pass).toBe(true);
  });
});

type FileVm = Exclude<ScenarioFile["inventory"], string>["vms"][number];

/** A generated VM: the reference's first VM with another name, size, profile and group. */
function vmOf(
  i: number,
  s: { vcpu: number; memoryGib: number; profile: string },
  group: string | null,
): FileVm {
  const inventory = reference.inventory as Exclude<ScenarioFile["inventory"], string>;
  return {
    ...inventory.vms[0]!,
    name: `gen-${i}`,
    vcpu: s.vcpu,
    memoryBytes: s.memoryGib * GIB,
    powerState: i % 17 === 0 ? "poweredOff" : "poweredOn",
    host: null,
    datastore: null,
    networks: [],
    group,
    sites: s.profile.startsWith("web") ? 3 : 0,
    profile: s.profile,
  };
}

const generatedEstate = fc.record({
  vmCount: fc.oneof(fc.integer({ min: 10, max: 300 }), fc.integer({ min: 10, max: 5000 })),
  shapes: fc.array(
    fc.record({
      vcpu: fc.integer({ min: 1, max: 12 }),
      memoryGib: fc.integer({ min: 1, max: 128 }),
      profile: fc.constantFrom("web-shared", "web-dedicated", "database", "cache", "edge", "ops"),
    }),
    { minLength: 1, maxLength: 8 },
  ),
  groupEvery: fc.integer({ min: 2, max: 3 }),
  others: fc.constantFrom(0, 0.3, 0.55, 0.7),
});

describe("auto-sized targets on generated estates of 10 to 5,000 VMs", () => {
  it("pass the run's own N+1 check with every VM placed; one host fewer fails it", () => {
    const inventory = reference.inventory as Exclude<ScenarioFile["inventory"], string>;
    fc.assert(
      fc.property(generatedEstate, (e) => {
        const vms = Array.from({ length: e.vmCount }, (_, i) =>
          vmOf(
            i,
            e.shapes[i % e.shapes.length]!,
            i < 30 ? `g${Math.floor(i / e.groupEvery)}` : null,
          ),
        );
        const file: ScenarioFile = {
          ...withTargetCount(reference, "auto"),
          inventory: { ...inventory, vms, datastores: [], networks: [] },
          target: {
            ...withTargetCount(reference, "auto").target,
            otherTenantsLoadFraction: {
              ...reference.target.otherTenantsLoadFraction!,
              value: e.others,
            },
          },
        };
        const sized = inlineScenario(file, "generated.json");
        const n = sized.target.hosts.length;
        expect(runVerdict(sized)).toEqual({ n1: true, unplaced: 0 });
        const binding = sized.target.sizing?.binding;
        if (n > 1 && binding !== "antiAffinity") {
          const fewer = inlineScenario(
            {
              ...file,
              target: {
                ...file.target,
                hosts: [{ ...(file.target.hosts as TargetHosts)[0]!, count: n - 1 }],
              },
            },
            "generated.json",
          );
          const verdict = runVerdict(fewer);
          expect(!verdict.n1 || verdict.unplaced > 0).toBe(true);
        }
      }),
      { numRuns: 8 },
    );
  }, 300_000);
});
