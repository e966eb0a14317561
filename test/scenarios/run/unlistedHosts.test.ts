import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { renderRunSummary } from "../../../scenarios/cli/renderRunSummary.ts";
import { loadScenario } from "../../../scenarios/load/loadScenario.ts";
import { beforeNotAssessed } from "../../../scenarios/result/beforeNotAssessed.ts";
import { nonFiniteNumbers } from "../../../scenarios/result/nonFiniteNumbers.ts";
import { NULLABLE_RESULT_FIELDS } from "../../../scenarios/result/SimulationResult.ts";
import {
  NO_DEDICATED_HOST_KNOWN,
  TCO_GROWTH_NOT_ASSESSED,
} from "../../../scenarios/run/costSection.ts";
import { UNLISTED_HOST_NOT_ASSESSED } from "../../../scenarios/run/platformSection.ts";
import { runScenario } from "../../../scenarios/run/runScenario.ts";
import type { Scenario } from "../../../scenarios/Scenario.ts";
import { writeVersionFixture } from "../inventory/rvtoolsVersionFixtures.ts";

const root = mkdtempSync(join(tmpdir(), "cutover-unlisted-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// The generated export (rvtoolsVersionFixtures.ts) puts one VM on 10.0.0.99, a host vHost does
// not list: the importer keeps it on a host flagged `unlisted` with a stand-in capacity.
const scenario = await loadScenario(writeVersionFixture(root, "4.7.1", "xlsx"));
const result = runScenario(scenario);
const unlisted = scenario.source.hosts.filter((h) => h.unlisted === true);
const listed = scenario.source.hosts.filter((h) => h.unlisted !== true);
const vmsOn = (s: Scenario, host: string) =>
  s.inventory.vms.filter((vm) => vm.host === host && vm.powerState === "poweredOn");

describe("an unlisted host's before-state is not assessed", () => {
  it("the export has one unlisted host, with a powered-on VM on it", () => {
    expect({
      unlisted: unlisted.length,
      running: vmsOn(scenario, unlisted[0]?.name ?? "").length,
    }).toEqual({ unlisted: 1, running: 1 });
  });

  it("is listed among the before-state's not-assessed hosts with its reason, not among its hosts", () => {
    expect({
      notAssessed: result.platform.before.notAssessedHosts,
      inHosts: result.platform.before.hosts.some((h) => h.host === unlisted[0]?.name),
    }).toEqual({
      notAssessed: [
        { host: unlisted[0]?.name, vmCount: 1, notAssessed: UNLISTED_HOST_NOT_ASSESSED },
      ],
      inHosts: false,
    });
  });

  it("is left out of the source platform's totals", () => {
    expect({
      hostCount: result.platforms.source.hostCount,
      coreCount: result.platforms.source.coreCount,
    }).toEqual({
      hostCount: listed.length,
      coreCount: listed.reduce((s, h) => s + h.sockets * h.coresPerSocket, 0),
    });
  });

  it("is left out of the dedicated bill: the bill is that of the listed hosts alone", () => {
    const without = runScenario({
      ...scenario,
      source: { ...scenario.source, hosts: listed },
    });
    const hostsLine = (r: typeof result) =>
      r.cost.monthly.dedicatedBefore.lineItems.find((l) => l.unit === "host")?.quantity;
    expect({
      hosts: hostsLine(result),
      before: result.cost.monthly.dedicatedBefore,
      after: result.cost.monthly.dedicatedAfter,
    }).toEqual({
      hosts: listed.length,
      before: without.cost.monthly.dedicatedBefore,
      after: without.cost.monthly.dedicatedAfter,
    });
  });

  it("its VM still migrates and counts on the target", () => {
    const vm = vmsOn(scenario, unlisted[0]?.name ?? "")[0]?.name;
    expect({
      migrated: result.migration.vms.some((v) => v.id === vm),
      placedAfter: result.platform.after.placement[vm ?? ""] !== undefined,
    }).toEqual({ migrated: true, placedAfter: true });
  });

  it("the summary says so", () => {
    expect(renderRunSummary(result, [])).toContain("1 host(s) not in vHost not assessed");
  });

  it("the result keeps its contract: no null or non-finite number outside the listed fields", () => {
    expect(nonFiniteNumbers(result, NULLABLE_RESULT_FIELDS)).toEqual([]);
  });
});

describe("an export whose vHost lists no host at all (every host unlisted)", () => {
  // vHost with its header and no row: every VM's host is unlisted, so no dedicated host is known
  const allUnlisted = {
    ...scenario,
    source: {
      ...scenario.source,
      hosts: scenario.source.hosts.map((h) => ({ ...h, unlisted: true })),
    },
  } satisfies Scenario;

  it("runs to a result (it threw out of the TCO's growth before): the growth's hosts not assessed, with why", () => {
    const r = runScenario(allUnlisted);
    expect({
      tcoGrowth: r.cost.notAssessed?.tcoGrowth,
      hostsAdded: r.cost.tco.dedicatedHostsAdded,
      firstHostAddedMonth: r.cost.tco.firstHostAddedMonth,
      contract: nonFiniteNumbers(r, NULLABLE_RESULT_FIELDS),
    }).toEqual({
      tcoGrowth: TCO_GROWTH_NOT_ASSESSED,
      hostsAdded: 0,
      firstHostAddedMonth: null,
      contract: [],
    });
  });

  it("the saving is not assessed, with why, rather than measured against a bill without hosts", () => {
    const r = runScenario(allUnlisted);
    const target = r.targets.find((t) => t.id === "cost.savings")!;
    expect({
      savings: r.cost.savingsFraction,
      why: r.cost.notAssessed?.vsBeforeLicenceChange,
      pass: target.pass,
      value: target.value,
      notAssessed: target.notAssessed,
    }).toEqual({
      savings: { vsBeforeLicenceChange: null, vsAfterLicenceChange: null },
      why: NO_DEDICATED_HOST_KNOWN,
      pass: null,
      value: null,
      notAssessed: NO_DEDICATED_HOST_KNOWN,
    });
  });

  it("says the before-state is not assessed instead of showing its maxima over no host as 0 %", () => {
    const r = runScenario(allUnlisted);
    const hostsLine = renderRunSummary(r, [])
      .split("\n")
      .find((line) => line.startsWith("  hosts"))!;
    expect([
      r.platform.before.hosts.length,
      beforeNotAssessed(r),
      hostsLine.startsWith("  hosts      peak CPU demand not assessed before, "),
      hostsLine.includes("; CPU ready per vCPU not assessed before, at most "),
      beforeNotAssessed(result),
    ]).toEqual([
      0,
      "no source host is listed in the export's vHost tab, so no host's capacity is known before the move",
      true,
      true,
      null,
    ]);
  });

  it("with listed hosts the growth is modelled and nothing is said", () => {
    expect(result.cost.notAssessed?.tcoGrowth).toBeUndefined();
  });
});
