import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../../scenarios/cli/main.ts";
import { FLEET, xlsxBytes } from "../inventory/makeFixtures.ts";
import { captureStream } from "./runCommand.ts";

const fixtures = join(import.meta.dirname, "../../fixtures/inventory");
const builtin = join(import.meta.dirname, "../../../scenarios/builtin");

/** Runs the command line in-process and captures what it prints. */
async function cli(...argv: string[]) {
  const out = captureStream();
  const err = captureStream();
  const code = await main(argv, out.stream, err.stream);
  return { code, stdout: out.text(), stderr: err.text() };
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "cutover-cli-"));
}

/** A scenario file that extends the reference with `override`, written to a temp dir. */
function overlay(override: Record<string, unknown>): string {
  const file = join(tempDir(), "scenario.json");
  writeFileSync(
    file,
    JSON.stringify({
      extends: join(builtin, "reference.json"),
      schemaVersion: 1,
      name: "t",
      ...override,
    }),
  );
  return file;
}

describe("cutover run", () => {
  it("runs the reference scenario when none is given and prints the summary", async () => {
    const { code, stdout, stderr } = await cli("run");
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toMatch(/50 VMs \(50 powered on\), 120 vCPU, 320 GiB RAM/);
    expect(stdout).toMatch(/300 sites \[synthetic\]/);
    expect(stdout).toMatch(/link\s+10 Gbit\/s, RTT 4 ms, L2 extension/);
  });

  it("shows each model's key figures: the old platform more contended than the new, the move, the bills", async () => {
    const { stdout } = await cli("run");
    expect(stdout).toMatch(/hosts\s+peak CPU demand [\d.]+ % of capacity before, [\d.]+ % after/);
    expect(stdout).toMatch(
      /latency\s+site p50 \/ p95 \/ p99: before [\d /]+ ms and after [\d /]+ ms at the weekly peak; during the move [\d /]+ ms/,
    );
    expect(stdout).toMatch(/migration\s+[\d.]+ h \(rav\)/);
    expect(stdout).toMatch(
      /cost\s+per month: dedicated 5,700 EUR\/month before the licence change, 7,736 EUR\/month after \(host \+45\.2 %\), shared 4,130 EUR\/month: saving 27\.5 %/,
    );
    const result = JSON.parse((await cli("run", "--json")).stdout);
    const { before, after, latency } = result.platform;
    expect(before.maxCpuDemandFraction).toBeGreaterThan(after.maxCpuDemandFraction);
    expect(before.maxCpuReadyFraction).toBeGreaterThan(after.maxCpuReadyFraction);
    expect(latency.before.p95Ms).toBeGreaterThan(latency.after.p95Ms);
    expect(result.targets.map((t: { id: string }) => t.id).sort()).toEqual([
      "capacity.n1",
      "cost.savings",
      "latency.p95.after",
      "migration.makespan",
      "migration.maxDowntime",
      "migration.reboots",
    ]);
  });

  it("--json prints the SimulationResult and nothing else", async () => {
    const { code, stdout } = await cli("run", "reference-1gbe", "--json");
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.schemaVersion).toBe(1);
    expect(result.scenario.name).toBe("reference-1gbe");
    expect(result.link.bandwidthBytesPerSecond).toBe(1.25e8);
    expect(result.inventory).toMatchObject({ vmCount: 50, vcpuCount: 120, sites: 300 });
    expect(Array.isArray(result.targets)).toBe(true);
    expect(
      result.assumptions.every(
        (a: { source: unknown; assumption: unknown }) =>
          (a.source === null) !== (a.assumption === null),
      ),
    ).toBe(true);
  });

  it("gives the same result byte for byte for the same scenario and seed", async () => {
    const a = await cli("run", "--json", "--seed", "7");
    const b = await cli("run", "--json", "--seed", "7");
    expect(a.stdout).toBe(b.stdout);
    expect(JSON.parse(a.stdout).scenario.seed).toBe(7);
  });

  it("--out writes result.json and the self-contained report", async () => {
    const out = join(tempDir(), "report");
    const { code, stdout } = await cli("run", "--out", out);
    expect(code).toBe(0);
    expect(stdout).toContain(join(out, "result.json"));
    expect(stdout).toContain(join(out, "index.html"));
    const result = JSON.parse(readFileSync(join(out, "result.json"), "utf8"));
    expect(result.scenario.name).toBe("reference");
    expect(readFileSync(join(out, "index.html"), "utf8")).toMatch(/^<!doctype html>/);
  });

  it("cutover report writes index.html and result.json and prints the report's path", async () => {
    const out = join(tempDir(), "r");
    const { code, stdout } = await cli("report", "reference-vvf", "--out", out);
    expect(code).toBe(0);
    expect(stdout).toBe(`${join(out, "index.html")}\n`);
    expect(existsSync(join(out, "result.json"))).toBe(true);
  });

  it("runs a bare RVTools export against the reference platforms", async () => {
    const dir = tempDir();
    const file = join(dir, "export.xlsx");
    writeFileSync(file, xlsxBytes(FLEET));
    const { code, stdout } = await cli("run", file, "--json");
    // an export has no sites: the site latency is not assessed (not a pass); its VMs on AMD
    // hosts move cold and its hardware-version-8 VM is remediated: 4 reboots fail the reboot
    // target, and a failure (exit 1) wins over "not assessed" (exit 3)
    expect(code).toBe(1);
    const result = JSON.parse(stdout);
    expect(result.migration.remedies).toEqual({ none: 3, remediate: 1, cold: 3, exclude: 0 });
    expect(result.targets.find((t: { id: string }) => t.id === "migration.reboots")).toMatchObject({
      value: 4,
      pass: false,
    });
    expect(result.targets.find((t: { id: string }) => t.id === "latency.p95.after")).toMatchObject({
      value: null,
      pass: null,
      notAssessed: expect.stringContaining("no powered-on VM hosts a site"),
    });
    expect(result.inventory.source.kind).toBe("rvtools-xlsx");
    expect(result.inventory.vmCount).toBe(10);
    expect(result.platforms.target.name).toBe("VCF as a Service (shared, France)");
  });
});

describe("a bare CSV template", () => {
  it("runs the documented example (VMs and hosts files in a folder) against the reference platforms", async () => {
    const dir = tempDir();
    const templates = join(import.meta.dirname, "../../../scenarios/inventory");
    for (const name of ["template-example.csv", "template-example-hosts.csv"]) {
      writeFileSync(join(dir, name), readFileSync(join(templates, name)));
    }
    const { code, stdout, stderr } = await cli("run", dir, "--json");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(JSON.parse(stdout).inventory).toMatchObject({
      vmCount: 5,
      hostCount: 2,
      source: { kind: "csv-template" },
    });
  });

  it("says what is missing when the hosts file is not there", async () => {
    const { code, stderr } = await cli(
      "run",
      join(import.meta.dirname, "../../../scenarios/inventory/template-example.csv"),
    );
    expect(code).toBe(2);
    expect(stderr).toMatch(/expected at least one host .*the CSV template with its hosts file/);
  });
});

describe("cutover import", () => {
  it("gives the same summary for the .xlsx and the CSV folders (comma, and semicolon with decimal commas)", async () => {
    const file = join(tempDir(), "export.xlsx");
    writeFileSync(file, xlsxBytes(FLEET));
    const summaries = await Promise.all(
      [file, join(fixtures, "fleet-comma"), join(fixtures, "fleet-semicolon")].map(async (path) => {
        const { code, stdout } = await cli("import", path, "--json");
        expect(code).toBe(0);
        return JSON.parse(stdout).summary;
      }),
    );
    expect(summaries[1]).toEqual(summaries[0]);
    expect(summaries[2]).toEqual(summaries[0]);
    expect(summaries[0]).toMatchObject({ vmCount: 10, templateCount: 1, hostCount: 3 });
  });

  it("prints a readable summary", async () => {
    const { code, stdout } = await cli("import", join(fixtures, "fleet-comma"));
    expect(code).toBe(0);
    expect(stdout).toMatch(/VMs\s+10/);
    expect(stdout).toMatch(/1 templates, 1 SRM placeholders/);
  });
});

describe("bad input: exit code 2, one message naming the file and what was expected, nothing written", () => {
  const cases: [string, () => string[], RegExp][] = [
    [
      "a missing column",
      () => ["import", join(fixtures, "bad/missing-column.csv")],
      /missing-column\.csv.*expected/,
    ],
    [
      "text in a number",
      () => ["import", join(fixtures, "bad/text-in-number.csv")],
      /text-in-number\.csv: row 3, column "Memory": expected a number/,
    ],
    [
      "negative memory",
      () => ["import", join(fixtures, "bad/negative-memory.csv")],
      /negative-memory\.csv: row \d+, column "Memory"/,
    ],
    [
      "duplicate VM names",
      () => ["import", join(fixtures, "bad/duplicate-names.csv")],
      /duplicate-names\.csv.*expected/,
    ],
    [
      "an empty file",
      () => ["import", join(fixtures, "bad/empty.csv")],
      /empty\.csv: expected .*got an empty file/,
    ],
    [
      "an unknown unit",
      () => ["run", overlay({ link: { bandwidth: "10 Gbit/h" } })],
      /field "link\.bandwidth": expected a rate/,
    ],
    [
      "a typo in a field",
      () => ["run", overlay({ link: { bandwith: "1 Gbit/s" } })],
      /did you mean "bandwidth"/,
    ],
    [
      "a scenario that does not exist",
      () => ["run", "no-such-scenario"],
      /no-such-scenario: expected a scenario file/,
    ],
    ["an unknown flag", () => ["run", "--frobnicate"], /Unknown option '--frobnicate'/],
    [
      "a seed that is not a number",
      () => ["run", "--seed", "abc"],
      /--seed: expected a whole number/,
    ],
  ];
  for (const [what, argv, message] of cases) {
    it(what, async () => {
      const out = join(tempDir(), "out");
      const { code, stdout, stderr } = await cli(
        ...argv(),
        ...(argv()[0] === "run" ? ["--out", out] : []),
      );
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toMatch(message);
      expect(stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(out)).toBe(false);
    });
  }

  it("a VM on a host vHost does not list is a warning, not a refusal (exit 0)", async () => {
    const { code, stdout } = await cli("import", join(fixtures, "bad/unknown-host"), "--json");
    expect([code, JSON.parse(stdout).warnings.map((w: { code: string }) => w.code)]).toEqual([
      0,
      ["host-unlisted"],
    ]);
  });

  it("a host of an unknown CPU generation", async () => {
    const reference = JSON.parse(readFileSync(join(builtin, "reference.json"), "utf8"));
    reference.inventory.hosts[1].generation = "Pentium Pro";
    const file = join(tempDir(), "old.json");
    writeFileSync(file, JSON.stringify(reference));
    const { code, stderr } = await cli("run", file);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /field "source\.hosts \(esx02\)\.generation": expected a known CPU generation \(.*Skylake.*\).*got "Pentium Pro"/,
    );
  });

  it("a VM larger than every target host", async () => {
    const reference = JSON.parse(readFileSync(join(builtin, "reference.json"), "utf8"));
    reference.inventory.vms[0].memory = "2 TiB";
    const file = join(tempDir(), "big.json");
    writeFileSync(file, JSON.stringify(reference));
    const { code, stderr } = await cli("run", file);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /field "inventory\.vms\[0\] \(shared-web-01\)": expected a VM that fits a target host \(at most 128 vCPU and 1024 GiB\), got 4 vCPU and 2048 GiB/,
    );
  });

  it("a binary file and a truncated workbook", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "junk.xlsx"), Uint8Array.from([0, 1, 2, 3, 255, 254]));
    const bytes = xlsxBytes(FLEET);
    writeFileSync(join(dir, "cut.xlsx"), bytes.slice(0, bytes.length >> 1));
    for (const name of ["junk.xlsx", "cut.xlsx"]) {
      const { code, stderr } = await cli("import", join(dir, name));
      expect(code).toBe(2);
      expect(stderr).toMatch(new RegExp(`${name}: expected an \\.xlsx workbook`));
    }
  });
});

describe("cutover help and usage", () => {
  it("lists every command with its usage", async () => {
    const { code, stdout } = await cli("--help");
    expect(code).toBe(0);
    for (const usage of [
      "cutover run [SCENARIO]",
      "cutover import PATH",
      "cutover report [SCENARIO]",
      "cutover schema",
    ])
      expect(stdout).toContain(usage);
  });

  it("an unknown command is a usage error", async () => {
    const { code, stderr } = await cli("frobnicate");
    expect(code).toBe(2);
    expect(stderr).toMatch(/unknown command "frobnicate"/);
  });

  it("a name of Object.prototype (toString, __proto__, constructor) is an unknown command too", async () => {
    for (const name of ["toString", "__proto__", "constructor", "hasOwnProperty"]) {
      const { code, stderr } = await cli(name);
      expect([name, code]).toEqual([name, 2]);
      expect(stderr.split("\n")[0]).toBe(`cutover: unknown command "${name}"`);
    }
  });

  it("quotes an unknown command on one line, control characters escaped and long names cut", async () => {
    expect((await cli("ru\nn")).stderr.split("\n")[0]).toBe('cutover: unknown command "ru\\nn"');
    const long = (await cli("x".repeat(100))).stderr.split("\n")[0];
    expect(long).toBe(`cutover: unknown command "${"x".repeat(60)}…"`);
  });
});

describe("a scenario folder with its inventory files", () => {
  it("loads scenario.json and the RVTools export it names, relative to the folder", async () => {
    const dir = tempDir();
    const reference = JSON.parse(readFileSync(join(builtin, "reference.json"), "utf8"));
    const scenario = { ...reference, name: "from-folder", inventory: "export/fleet.xlsx" };
    writeFileSync(join(dir, "scenario.json"), JSON.stringify(scenario));
    mkdirSync(join(dir, "export"));
    writeFileSync(join(dir, "export", "fleet.xlsx"), xlsxBytes(FLEET));
    const { code, stdout, stderr } = await cli("run", dir, "--json");
    expect(stderr).toBe("");
    // the export has no sites (site latency not assessed) and VMs that reboot on their remedy
    // path (the reboot target fails): exit 1
    expect(code).toBe(1);
    const result = JSON.parse(stdout);
    expect(result.scenario.name).toBe("from-folder");
    expect(result.inventory).toMatchObject({ vmCount: 10, source: { kind: "rvtools-xlsx" } });
    expect(result.platforms.source.hostCount).toBe(3);
  });
});
