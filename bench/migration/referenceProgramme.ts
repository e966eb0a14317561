import { performance } from "node:perf_hooks";
import { migrationMode } from "../../models/migration/migrationModes.ts";
import { planWaves } from "../../models/orchestration/planWaves.ts";
import { migrationSection } from "../../scenarios/run/migrationSection.ts";
import type { Scenario } from "../../scenarios/Scenario.ts";
import type { MigrationProgramme } from "./MigrationProgramme.ts";
import { wavesSeconds } from "./wavesSeconds.ts";

/**
 * A scenario's migration exactly as the runner computes it: `migrationSection(scenario)`
 * (waves, preflight findings, the simulation, split groups), timed whole.
 * @example referenceProgramme(await loadScenario("reference")).run().makespanSeconds
 */
export function referenceProgramme(scenario: Scenario): MigrationProgramme {
  const { migration, inventory } = scenario;
  const replicates =
    migrationMode(migration.mode).replicatesAhead &&
    !migration.sharedDatastore &&
    migration.preseed;
  return {
    name: `${scenario.name} (migrationSection)`,
    vms: inventory.vms.length,
    groups: new Set(inventory.vms.map((vm) => vm.group)).size,
    waves: planWaves(inventory.vms, {
      groupBy: migration.waves.groupBy,
      order: migration.waves.order,
      ...(migration.waves.maxVmsPerWave === undefined
        ? {}
        : { maxVmsPerWave: migration.waves.maxVmsPerWave }),
    }).length,
    preseedBytes: replicates ? inventory.vms.reduce((s, vm) => s + vm.diskUsedBytes, 0) : 0,
    run() {
      const started = performance.now();
      const { section } = migrationSection(scenario);
      const wallSeconds = (performance.now() - started) / 1000;
      return {
        wallSeconds,
        makespanSeconds: section.makespanSeconds,
        wavesSeconds: wavesSeconds(section.phases),
        storageBytes: section.link.bytesByKind.storage ?? 0,
        migratedVms: section.vms.length,
      };
    },
  };
}
