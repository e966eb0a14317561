import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkOutputDirectory } from "../../../scenarios/cli/checkOutputDirectory.ts";
import { makeDirectory } from "../../../scenarios/cli/makeDirectory.ts";
import { OutputError } from "../../../scenarios/cli/OutputError.ts";
import { writeOutput } from "../../../scenarios/cli/writeOutput.ts";

const tmp = mkdtempSync(join(tmpdir(), "cutover-out-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const isRoot = process.getuid?.() === 0;

/** Runs `run`, which must throw an {@link OutputError}, and returns its message. */
function outputErrorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof OutputError) return error.message;
    throw error;
  }
  throw new Error("expected an OutputError");
}

const EXPECTED = "expected a folder Cutover can write into (--out DIR)";

describe("checkOutputDirectory(directory)", () => {
  it("accepts an existing folder and a folder still to make, leaving nothing behind", () => {
    const existing = join(tmp, "existing");
    mkdirSync(existing);
    expect(checkOutputDirectory(existing)).toBe(existing);
    expect(readdirSync(existing)).toEqual([]);
    const fresh = join(tmp, "fresh", "deeper");
    expect(checkOutputDirectory(fresh)).toBe(fresh);
    expect(existsSync(join(tmp, "fresh"))).toBe(false);
  });

  it("refuses an existing file", () => {
    const file = join(tmp, "a-file");
    writeFileSync(file, "keep");
    expect(outputErrorOf(() => checkOutputDirectory(file))).toBe(
      `${file}: ${EXPECTED}, got an existing file`,
    );
    expect(readFileSync(file, "utf8")).toBe("keep");
  });

  it("refuses a path through a file, naming the file", () => {
    const file = join(tmp, "through");
    writeFileSync(file, "");
    expect(outputErrorOf(() => checkOutputDirectory(join(file, "x", "y")))).toBe(
      `${join(file, "x", "y")}: ${EXPECTED}, got a path through a file (${file})`,
    );
  });

  it("refuses a character device", () => {
    expect(outputErrorOf(() => checkOutputDirectory("/dev/null"))).toBe(
      `/dev/null: ${EXPECTED}, got a character device`,
    );
  });

  it("refuses a folder where nothing can be made (/proc), without hanging", () => {
    expect(outputErrorOf(() => checkOutputDirectory("/proc/cutover-test/out"))).toBe(
      `/proc/cutover-test/out: ${EXPECTED}, got a place where no folder can be made (ENOENT)`,
    );
  });

  it.skipIf(isRoot)(
    "refuses a folder it may not write (permission bits; root ignores them)",
    () => {
      const locked = join(tmp, "locked");
      mkdirSync(locked);
      chmodSync(locked, 0o555);
      try {
        expect(outputErrorOf(() => checkOutputDirectory(join(locked, "out")))).toBe(
          `${join(locked, "out")}: ${EXPECTED}, got a folder that may not be written (permission denied)`,
        );
      } finally {
        chmodSync(locked, 0o755);
      }
    },
  );
});

describe("makeDirectory(directory)", () => {
  it("makes the missing folders, outermost first, and none when it exists", () => {
    const deep = join(tmp, "m", "a", "b");
    expect(makeDirectory(deep)).toEqual([join(tmp, "m"), join(tmp, "m", "a"), deep]);
    expect(makeDirectory(deep)).toEqual([]);
  });

  it("fails with ENOENT under /proc instead of looping forever as mkdir -p in Node 20 does", () => {
    expect(() => makeDirectory("/proc/cutover-test/a/b")).toThrow(/ENOENT/);
  });
});

describe("writeOutput(directory, files)", () => {
  it("writes every file and returns their paths in order, leaving no temporary", () => {
    const dir = join(tmp, "w1");
    expect(writeOutput(dir, { "result.json": "{}", "index.html": "<p>" })).toEqual([
      join(dir, "result.json"),
      join(dir, "index.html"),
    ]);
    expect(readdirSync(dir).sort()).toEqual(["index.html", "result.json"]);
  });

  it("replaces the previous set", () => {
    const dir = join(tmp, "w2");
    writeOutput(dir, { "result.json": "old", "index.html": "old" });
    writeOutput(dir, { "result.json": "new", "index.html": "new" });
    expect([
      readFileSync(join(dir, "result.json"), "utf8"),
      readFileSync(join(dir, "index.html"), "utf8"),
    ]).toEqual(["new", "new"]);
  });

  it("on failure leaves the previous set untouched and no temporary (a folder where a file goes)", () => {
    const dir = join(tmp, "w3");
    writeOutput(dir, { "result.json": "old", "index.html": "old" });
    rmSync(join(dir, "index.html"));
    // index.html's temporary cannot be written: a folder stands at its name
    mkdirSync(join(dir, `.index.html.${process.pid}.tmp`));
    expect(
      outputErrorOf(() => writeOutput(dir, { "result.json": "new", "index.html": "new" })),
    ).toBe(`${dir}: ${EXPECTED}, got a folder where a file was to be written`);
    expect(readFileSync(join(dir, "result.json"), "utf8")).toBe("old");
    expect(readdirSync(dir).filter((f) => f.startsWith(".result.json"))).toEqual([]);
  });

  it("removes temporaries a killed run left behind, and keeps those of a live process", () => {
    const dir = join(tmp, "w4");
    mkdirSync(dir);
    const dead = 2 ** 22 + 12345; // above Linux's pid_max default: no such process
    writeFileSync(join(dir, `.result.json.${dead}.tmp`), "half");
    writeFileSync(join(dir, `.index.html.${process.ppid}.tmp`), "another run's");
    writeFileSync(join(dir, `.notes.txt.${dead}.tmp`), "not ours");
    writeOutput(dir, { "result.json": "{}", "index.html": "<p>" });
    expect(readdirSync(dir).sort()).toEqual([
      `.index.html.${process.ppid}.tmp`,
      `.notes.txt.${dead}.tmp`,
      "index.html",
      "result.json",
    ]);
  });

  it("turns an fs error into one OutputError naming the folder: a path through a file", () => {
    const file = join(tmp, "w5-file");
    writeFileSync(file, "");
    expect(outputErrorOf(() => writeOutput(join(file, "out"), { "result.json": "{}" }))).toBe(
      `${join(file, "out")}: ${EXPECTED}, got a path through a file`,
    );
  });
});
