import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, describe, expect, it } from "vitest";
import { initCommand } from "../../../scenarios/cli/commands/initCommand.ts";
import { runCommand as cutoverRun } from "../../../scenarios/cli/commands/run.ts";
import { main } from "../../../scenarios/cli/main.ts";
import {
  EXPORTED_AT,
  RVTOOLS_VERSIONS,
  versionForms,
  writeVersionFixture,
} from "../inventory/rvtoolsVersionFixtures.ts";
import { captureStream, runCommand } from "./runCommand.ts";

const root = mkdtempSync(join(tmpdir(), "cutover-init-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const schema = JSON.parse(readFileSync("scenarios/scenario.schema.json", "utf8"));
const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);

describe("cutover init EXPORT --out FILE on every RVTools version (generated exports)", () => {
  for (const version of RVTOOLS_VERSIONS) {
    for (const form of versionForms(version)) {
      describe(`RVTools ${version}, ${form}`, () => {
        const exportPath = writeVersionFixture(root, version, form);
        const file = join(root, `scenarios-${version}-${form}`, "my.json");

        it("writes the scenario and says what to edit and run (exit 0)", async () => {
          const { code, stdout } = await runCommand(initCommand, exportPath, "--out", file);
          expect({ code, written: existsSync(file) }).toEqual({ code: 0, written: true });
          expect(stdout).toContain(`cutover run ${file}`);
        });

        it("writes a file that validates against scenarios/scenario.schema.json", () => {
          const written = JSON.parse(readFileSync(file, "utf8"));
          expect(validate(written) ? [] : validate.errors).toEqual([]);
        });

        it("points $schema and the inventory at real paths, relative to the file", () => {
          const written = JSON.parse(readFileSync(file, "utf8"));
          const folder = dirname(file);
          expect({
            schema: resolve(folder, written.$schema),
            inventory: resolve(folder, written.inventory),
            relative: [written.$schema, written.inventory].every((p: string) => !p.startsWith("/")),
          }).toEqual({
            schema: resolve("scenarios/scenario.schema.json"),
            inventory: resolve(exportPath),
            relative: true,
          });
        });

        it("runs: cutover run FILE --json gives a result with an auto-sized target (exit 0, 1 or 3)", async () => {
          const { code, stdout } = await runCommand(cutoverRun, file, "--json");
          const result = JSON.parse(stdout);
          expect({
            code: [0, 1, 3].includes(code),
            sized: result.platforms.target.sizing?.hostCount > 0,
          }).toEqual({ code: true, sized: true });
        });
      });
    }
  }
});

describe("the scenario cutover init writes", () => {
  const exportPath = writeVersionFixture(root, "4.7.1", "xlsx");
  const file = join(root, "content", "My Estate.json");

  it("marks every price and the link's efficiency: REPLACE for assumptions, CHECK for sources", async () => {
    await runCommand(initCommand, exportPath, "--out", file);
    const written = JSON.parse(readFileSync(file, "utf8"));
    const texts: string[] = [];
    JSON.stringify([written.costs, written.link], (key, value) => {
      if (key === "assumption" || key === "source") texts.push(value);
      return value;
    });
    expect(texts.filter((t) => !/^(REPLACE|CHECK) /.test(t))).toEqual([]);
    expect(texts.length).toBeGreaterThan(10);
  });

  it("has an auto-sized target, the reference's profiles, and a name made from the file's", () => {
    const written = JSON.parse(readFileSync(file, "utf8"));
    expect({
      name: written.name,
      hosts: written.target.hosts.map((h: { count: unknown }) => h.count),
      profiles: Object.keys(written.profiles).length > 0,
      extends: written.extends,
    }).toEqual({ name: "my-estate", hosts: ["auto"], profiles: true, extends: undefined });
  });

  it("says the profiles are the fallback for VMs without measurements", () => {
    const written = JSON.parse(readFileSync(file, "utf8"));
    expect(written.description).toMatch(/profiles are the fallback for VMs .*no measurements/);
  });

  it("leaves the hour the export was run to the export's vMetaData date, and says so", async () => {
    const written = JSON.parse(readFileSync(file, "utf8"));
    expect(written.calibration).toEqual({});
    expect(written.description).toContain(
      `from its vMetaData date (${EXPORTED_AT}, Thursday 14:00); set calibration.snapshotHourOfWeek`,
    );
    // the run takes Thursday 14:00 (2026-04-30 is a Thursday: hour 3 × 24 + 14 of the week)
    const { stdout } = await runCommand(cutoverRun, file, "--json");
    const snapshot = JSON.parse(stdout).calibration.snapshot;
    expect([snapshot.hourOfWeek, snapshot.label, snapshot.source]).toEqual([
      86,
      "Thursday 14:00",
      expect.stringMatching(/^export: vMetaData xlsx creation datetime 2026-04-30 14:00:00 /),
    ]);
  });

  it("writes out the assumed hour when the export does not date itself, so that it can be set", async () => {
    // a CSV export's date is locale text ("4/30/2026 2:00:00 PM"): day and month are not told apart
    const csvFile = join(root, "content-csv", "estate.json");
    await runCommand(initCommand, writeVersionFixture(root, "4.7.1", "comma"), "--out", csvFile);
    const written = JSON.parse(readFileSync(csvFile, "utf8"));
    expect(written.calibration).toEqual({ snapshotHourOfWeek: 34 });
    expect(written.description).toMatch(
      /calibration\.snapshotHourOfWeek .*Tuesday 10:00, an assumption/,
    );
  });
});

describe("cutover init refuses, with exit 2, one line and nothing written", () => {
  const exportPath = writeVersionFixture(root, "4.6.1", "xlsx");

  async function refused(
    ...argv: string[]
  ): Promise<{ code: number; stderr: string; files: string[] }> {
    const dir = join(root, `refused-${Math.random().toString(36).slice(2)}`);
    mkdirSync(dir);
    writeFileSync(join(dir, "existing.json"), "{}");
    const placed = argv.map((a) => a.replace("@DIR@", dir));
    const err = captureStream();
    const code = await main(["init", ...placed], captureStream().stream, err.stream);
    return { code, stderr: err.text(), files: readdirSync(dir).sort() };
  }

  it("an existing file without --force", async () => {
    const r = await refused(exportPath, "--out", "@DIR@/existing.json");
    expect(r).toMatchObject({ code: 2, files: ["existing.json"] });
    expect(r.stderr).toMatch(
      /^cutover: .*existing\.json: expected .*, got an existing file \(--force replaces it\)\n$/,
    );
  });

  it("a name that does not end in .json (it would be read as an inventory)", async () => {
    const r = await refused(exportPath, "--out", "@DIR@/my.xlsx");
    expect(r).toMatchObject({ code: 2, files: ["existing.json"] });
  });

  it("a folder, even with --force", async () => {
    const r = await refused(exportPath, "--out", "@DIR@", "--force");
    expect(r.code).toBe(2);
  });

  it("a path through a file", async () => {
    const r = await refused(exportPath, "--out", "@DIR@/existing.json/below.json");
    expect(r).toMatchObject({ code: 2, files: ["existing.json"] });
  });

  it("an export that cannot be read, before anything is written", async () => {
    const r = await refused("@DIR@/missing.xlsx", "--out", "@DIR@/new.json");
    expect(r).toMatchObject({ code: 2, files: ["existing.json"] });
  });

  it("no EXPORT", async () => {
    const r = await refused("--out", "@DIR@/new.json");
    expect(r).toMatchObject({ code: 2, files: ["existing.json"] });
  });
});

describe("cutover init --force", () => {
  it("replaces an existing file with the scenario", async () => {
    const exportPath = writeVersionFixture(root, "4.4.3", "xlsx");
    const file = join(root, "forced", "existing.json");
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, "{}");
    const { code } = await runCommand(initCommand, exportPath, "--out", file, "--force");
    expect({ code, schemaVersion: JSON.parse(readFileSync(file, "utf8")).schemaVersion }).toEqual({
      code: 0,
      schemaVersion: 1,
    });
  });
});
