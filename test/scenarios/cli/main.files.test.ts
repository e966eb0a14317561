import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../../scenarios/cli/main.ts";
import { makeFifo } from "../makeFifo.ts";
import { captureStream } from "./runCommand.ts";

/** Issue 12: what Cutover reads (regular files within --max-input-mib) and writes (--out DIR). */

const ROOT = resolve(import.meta.dirname, "../../..");
const FLEET = join(ROOT, "test/fixtures/inventory/fleet-comma");
const tmp = mkdtempSync(join(tmpdir(), "cutover-files-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const fifo = join(tmp, "pipe.json");
const hasFifo = makeFifo(fifo);

async function cli(...argv: string[]) {
  const out = captureStream();
  const err = captureStream();
  const code = await main(argv, out.stream, err.stream);
  return { code, stdout: out.text(), stderr: err.text() };
}

/** The built command line in a child process, killed after 20 s: a hang fails, not stalls. */
function cutover(...argv: string[]) {
  const child = spawnSync(process.execPath, [join(ROOT, "bin/cutover.js"), ...argv], {
    encoding: "utf8",
    timeout: 20_000,
  });
  return { code: child.status, signal: child.signal, stderr: child.stderr };
}

/** A user scenario file extending the reference, its title `bytes` + 1 characters long. */
function scenarioFile(name: string, bytes = 0): string {
  const file = join(tmp, name);
  writeFileSync(
    file,
    JSON.stringify({
      extends: "reference",
      schemaVersion: 1,
      name: "t",
      title: "t".repeat(bytes + 1),
    }),
  );
  return file;
}

const SCENARIO_EXPECTED =
  "expected a scenario file (.json), a folder, an RVTools export (.xlsx or a folder of RVTools_tab*.csv), a CSV template, or a built-in scenario";

describe("cutover refuses what is not a regular file, at once", () => {
  it("returns exit 2 with one line for /dev/urandom and /dev/zero as SCENARIO (in a child: no hang)", () => {
    for (const device of ["/dev/urandom", "/dev/zero"]) {
      const { code, signal, stderr } = cutover("run", device);
      expect([code, signal]).toEqual([2, null]);
      expect(stderr).toMatch(
        new RegExp(
          `^cutover: ${device}: ${escapeRegExp(SCENARIO_EXPECTED)} \\(reference, .*\\), got a character device, not a regular file\\n$`,
        ),
      );
    }
  });

  it("says the same in-process, for run, compare, forecast and montecarlo", async () => {
    for (const argv of [
      ["run", "/dev/urandom"],
      ["compare", "reference", "/dev/zero"],
      ["forecast", "/dev/zero"],
      ["montecarlo", "/dev/zero", "--runs", "2"],
    ]) {
      const { code, stdout, stderr } = await cli(...argv);
      expect([code, stdout]).toEqual([2, ""]);
      expect(stderr).toMatch(
        /^cutover: \/dev\/(urandom|zero): expected a scenario file .*, got a character device, not a regular file\n$/,
      );
    }
  });

  it("refuses /dev/zero to cutover import and to cutover merge", async () => {
    expect((await cli("import", "/dev/zero")).stderr).toBe(
      "cutover: /dev/zero: expected an .xlsx workbook, a folder of RVTools CSV files, or a CSV template (file or folder), got a character device, not a regular file\n",
    );
    expect((await cli("merge", "/dev/zero")).stderr).toBe(
      "cutover: /dev/zero: expected the --json output of cutover montecarlo --shard i/n, got a character device, not a regular file\n",
    );
  });

  it("refuses /dev/zero named as a scenario's inventory, naming the scenario's inventory path", async () => {
    const file = join(tmp, "inventory-device.json");
    writeFileSync(
      file,
      JSON.stringify({ extends: "reference", schemaVersion: 1, name: "t", inventory: "/dev/zero" }),
    );
    const { code, stderr } = await cli("run", file);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^cutover: \/dev\/zero: expected an \.xlsx workbook, .*, got a character device, not a regular file\n$/,
    );
  });

  it("refuses /dev/zero as a file a scenario extends", async () => {
    const file = join(tmp, "extends-device.json");
    writeFileSync(file, JSON.stringify({ extends: "/dev/zero", schemaVersion: 1, name: "t" }));
    const { code, stderr } = await cli("run", file);
    expect([code, stderr]).toEqual([
      2,
      "cutover: /dev/zero: expected a scenario file (.json), got a character device, not a regular file\n",
    ]);
  });

  it.skipIf(!hasFifo)(
    "refuses a FIFO as SCENARIO and as an inventory (in a child: no hang)",
    async () => {
      const child = cutover("run", fifo);
      expect([child.code, child.signal]).toEqual([2, null]);
      expect(child.stderr).toMatch(/got a FIFO \(named pipe\), not a regular file\n$/);
      expect((await cli("import", fifo)).stderr).toBe(
        `cutover: ${fifo}: expected an .xlsx workbook, a folder of RVTools CSV files, or a CSV template (file or folder), got a FIFO (named pipe), not a regular file\n`,
      );
    },
  );

  it("refuses a folder given where a file is expected (merge, a scenario's extends)", async () => {
    const folder = join(tmp, "folder.json");
    mkdirSync(folder);
    expect((await cli("merge", folder)).stderr).toBe(
      `cutover: ${folder}: expected the --json output of cutover montecarlo --shard i/n, got a folder, not a regular file\n`,
    );
    const file = join(tmp, "extends-folder.json");
    writeFileSync(file, JSON.stringify({ extends: "folder.json", schemaVersion: 1, name: "t" }));
    const { code, stderr } = await cli("run", file);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^cutover: .*folder\.json: expected a scenario file \(\.json\), got a folder, not a regular file\n$/,
    );
  });
});

describe("--max-input-mib M", () => {
  it("refuses a scenario file over M MiB, naming it, its size, the limit and the flag", async () => {
    const file = scenarioFile("big.json", 2000);
    const { code, stderr } = await cli("run", file, "--max-input-mib", "0.001");
    expect([code, stderr]).toEqual([
      2,
      `cutover: ${file}: expected a file of at most 1,048 bytes (raise the limit with --max-input-mib M, now 0.001), got ${sizeOf(file)} bytes\n`,
    ]);
  });

  it("reads the same file under the default limit, and built-in scenarios whatever M is", async () => {
    const file = scenarioFile("fine.json", 2000);
    expect((await cli("forecast", file, "--json")).code).toBe(0);
    expect((await cli("forecast", "reference", "--json", "--max-input-mib", "0.001")).code).toBe(0);
    expect(
      (await cli("forecast", scenarioFile("small.json"), "--json", "--max-input-mib", "0.001"))
        .code,
    ).toBe(0);
  });

  it("refuses a file a scenario extends when it is over the limit", async () => {
    const base = scenarioFile("base.json", 2000);
    const file = join(tmp, "child.json");
    writeFileSync(file, JSON.stringify({ extends: base, schemaVersion: 1, name: "c" }));
    const { code, stderr } = await cli("forecast", file, "--max-input-mib", "0.001");
    expect(code).toBe(2);
    expect(stderr).toMatch(
      new RegExp(
        `^cutover: .*base\\.json: expected a file of at most 1,048 bytes .*, got ${sizeOf(base)} bytes\\n$`,
      ),
    );
  });

  it("refuses an inventory CSV over the limit: bare, named by a scenario, and to cutover import", async () => {
    const vinfo = join(FLEET, "RVTools_tabvInfo.csv");
    const message = `${vinfo}: expected a file of at most 1,048 bytes (raise the limit with --max-input-mib M, now 0.001), got 3,417 bytes`;
    expect((await cli("import", FLEET, "--max-input-mib", "0.001")).stderr).toBe(
      `cutover: ${message}\n`,
    );
    expect((await cli("run", FLEET, "--max-input-mib", "0.001")).stderr).toBe(
      `cutover: ${message}\n`,
    );
    const file = join(tmp, "with-inventory.json");
    writeFileSync(
      file,
      JSON.stringify({ extends: "reference", schemaVersion: 1, name: "t", inventory: FLEET }),
    );
    expect((await cli("run", file, "--max-input-mib", "0.001")).stderr).toBe(
      `cutover: ${message}\n`,
    );
  });

  it("refuses too many rows through the CLI", async () => {
    // 0.0025 MiB: 2,621-byte files, 10 rows
    const dir = join(tmp, "rows");
    mkdirSync(dir);
    writeFileSync(join(dir, "vInfo.csv"), `VM,CPUs,Memory\n${"web,1,1024\n".repeat(10)}`);
    expect((await cli("import", dir, "--max-input-mib", "0.0025")).stderr).toBe(
      `cutover: ${join(dir, "vInfo.csv")}: expected at most 10 rows, header and blank rows included (raise the limit with --max-input-mib M), got more than 10\n`,
    );
  });

  it("refuses a shard file over the limit to cutover merge, and merges it under the default", async () => {
    const shard = join(tmp, "shard.json");
    const out = captureStream();
    const ran = await main(
      ["montecarlo", "reference", "--runs", "2", "--workers", "1", "--json"],
      out.stream,
      captureStream().stream,
    );
    expect(ran).toBe(0);
    writeFileSync(shard, out.text());
    const size = Buffer.byteLength(out.text()).toLocaleString("en-US");
    expect((await cli("merge", shard, "--max-input-mib", "0.001")).stderr).toBe(
      `cutover: ${shard}: expected a file of at most 1,048 bytes (raise the limit with --max-input-mib M, now 0.001), got ${size} bytes\n`,
    );
    expect((await cli("merge", shard, "--json")).code).toBe(0);
  });

  it("must be a number > 0 and ≤ 1048576 (1 TiB), on every command that reads files", async () => {
    for (const [argv, value] of [
      [["run"], "0"],
      [["compare", "reference", "reference"], "-1"],
      [["montecarlo", "--runs", "2"], "abc"],
      [["forecast"], "1048577"],
      [["import", FLEET], ""],
      [["report"], "Infinity"],
      [["merge", "shard.json"], "0x10"],
    ] as const) {
      const { code, stderr } = await cli(...argv, "--max-input-mib", value);
      expect([argv[0], code]).toEqual([argv[0], 2]);
      expect(stderr).toBe(
        `cutover: --max-input-mib: expected a number > 0 and ≤ 1048576 (1 TiB, more than any machine running Cutover could hold), got ${JSON.stringify(value)}\n`,
      );
    }
  });
});

describe("--out DIR", () => {
  it("refuses an existing file before running, and leaves it as it was", async () => {
    const file = join(tmp, "existing-file");
    writeFileSync(file, "keep");
    for (const command of ["run", "report"]) {
      const { code, stdout, stderr } = await cli(command, "--out", file);
      expect([code, stdout, stderr]).toEqual([
        2,
        "",
        `cutover: ${file}: expected a folder Cutover can write into (--out DIR), got an existing file\n`,
      ]);
    }
    expect((await cli("compare", "reference", "reference-1gbe", "--out", file)).stderr).toMatch(
      /got an existing file\n$/,
    );
    expect(readFileSync(file, "utf8")).toBe("keep");
  });

  it("refuses a path through a file, naming the file", async () => {
    const file = join(tmp, "a-file");
    writeFileSync(file, "");
    const { code, stderr } = await cli("run", "--out", join(file, "report"));
    expect([code, stderr]).toEqual([
      2,
      `cutover: ${join(file, "report")}: expected a folder Cutover can write into (--out DIR), got a path through a file (${file})\n`,
    ]);
  });

  it("refuses a folder where nothing can be written (/proc), root or not, without hanging", async () => {
    const child = cutover("run", "--out", "/proc/cutover-test");
    expect([child.code, child.signal, child.stderr]).toEqual([
      2,
      null,
      "cutover: /proc/cutover-test: expected a folder Cutover can write into (--out DIR), got a place where no folder can be made (ENOENT)\n",
    ]);
  });

  it("writes nothing on exit 2: bad input with a good --out leaves the folder unmade", async () => {
    const dir = join(tmp, "never");
    expect((await cli("run", "/dev/zero", "--out", dir)).code).toBe(2);
    expect((await cli("run", "--out", dir, "--max-input-mib", "0")).code).toBe(2);
    expect(existsSync(dir)).toBe(false);
  });

  it("writes result.json and index.html as before, replacing a previous pair, no temporary left", async () => {
    const dir = join(tmp, "report");
    mkdirSync(dir);
    writeFileSync(join(dir, "result.json"), "stale");
    writeFileSync(join(dir, "index.html"), "stale");
    const { code, stdout } = await cli("run", "--out", dir);
    expect(code).toBe(0);
    expect(stdout).toMatch(/index\.html/);
    expect(readdirSync(dir).sort()).toEqual(["index.html", "result.json"]);
    expect(JSON.parse(readFileSync(join(dir, "result.json"), "utf8")).scenario).toBeDefined();
    expect(readFileSync(join(dir, "index.html"), "utf8")).toMatch(/^<!doctype html>/i);
  });
});

/** A file's size as messages give it: "2,064". */
function sizeOf(file: string): string {
  return statSync(file).size.toLocaleString("en-US");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
