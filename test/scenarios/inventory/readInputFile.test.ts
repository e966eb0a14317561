import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_INPUT_LIMITS, inputLimits } from "../../../scenarios/inventory/InputLimits.ts";
import { readInputFile } from "../../../scenarios/inventory/readInputFile.ts";
import { statInputFile } from "../../../scenarios/inventory/statInputFile.ts";
import { inputErrorOf } from "../inputErrorOf.ts";
import { makeFifo } from "../makeFifo.ts";

const tmp = mkdtempSync(join(tmpdir(), "cutover-read-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const fifo = join(tmp, "pipe.csv");
const hasFifo = makeFifo(fifo);

/** inputLimits(0.001): files up to 1,048 bytes (0.001 MiB, rounded down). */
const SMALL = inputLimits(0.001);

describe("readInputFile(path, limits, expected)", () => {
  it("reads a regular file whole, also through a symbolic link", () => {
    const file = join(tmp, "a.csv");
    writeFileSync(file, "VM,CPUs\nweb01,2\n");
    symlinkSync(file, join(tmp, "link.csv"));
    expect(readInputFile(file, DEFAULT_INPUT_LIMITS, "a CSV file").toString()).toBe(
      "VM,CPUs\nweb01,2\n",
    );
    expect(readInputFile(join(tmp, "link.csv"), DEFAULT_INPUT_LIMITS, "a CSV file").length).toBe(
      16,
    );
  });

  it("refuses /dev/zero and /dev/urandom at once (they never end), saying what they are", () => {
    for (const device of ["/dev/zero", "/dev/urandom"]) {
      const error = inputErrorOf(() => readInputFile(device, DEFAULT_INPUT_LIMITS, "a CSV file"));
      expect(error.message).toBe(
        `${device}: expected a CSV file, got a character device, not a regular file`,
      );
    }
  });

  it.skipIf(!hasFifo)("refuses a FIFO before opening it (opening one blocks for a writer)", () => {
    const error = inputErrorOf(() => readInputFile(fifo, DEFAULT_INPUT_LIMITS, "a CSV file"));
    expect(error.message).toBe(
      `${fifo}: expected a CSV file, got a FIFO (named pipe), not a regular file`,
    );
  });

  it("refuses a folder given where a file is expected", () => {
    const folder = join(tmp, "folder.json");
    mkdirSync(folder);
    expect(
      inputErrorOf(() => readInputFile(folder, DEFAULT_INPUT_LIMITS, "a scenario file")).message,
    ).toBe(`${folder}: expected a scenario file, got a folder, not a regular file`);
  });

  it("says when nothing is at the path, or the path goes through a file", () => {
    const missing = join(tmp, "missing.csv");
    expect(inputErrorOf(() => readInputFile(missing, SMALL, "a CSV file")).message).toBe(
      `${missing}: expected a CSV file, got nothing at this path`,
    );
    const file = join(tmp, "plain.txt");
    writeFileSync(file, "x");
    expect(
      inputErrorOf(() => readInputFile(join(file, "x.csv"), SMALL, "a CSV file")).message,
    ).toBe(`${join(file, "x.csv")}: expected a CSV file, got a path through a file`);
  });

  it("refuses a file over limits.maxFileBytes from its size, naming the size, the limit and --max-input-mib", () => {
    const file = join(tmp, "big.csv");
    writeFileSync(file, "x".repeat(1049));
    expect(inputErrorOf(() => readInputFile(file, SMALL, "a CSV file")).message).toBe(
      `${file}: expected a file of at most 1,048 bytes (raise the limit with --max-input-mib M, now 0.001), got 1,049 bytes`,
    );
  });

  it("reads a file of exactly limits.maxFileBytes (the limit is inclusive)", () => {
    const file = join(tmp, "edge.csv");
    writeFileSync(file, "x".repeat(1048));
    expect(readInputFile(file, SMALL, "a CSV file").length).toBe(1048);
  });

  it("gives sizes over a MiB in MiB with the exact bytes", () => {
    const file = join(tmp, "mib.csv");
    writeFileSync(file, Buffer.alloc(3 * 1024 * 1024));
    expect(inputErrorOf(() => statInputFile(file, inputLimits(2), "a CSV file")).message).toBe(
      `${file}: expected a file of at most 2 MiB (2,097,152 bytes) (raise the limit with --max-input-mib M, now 2), got 3 MiB (3,145,728 bytes)`,
    );
  });

  it("reads files whose stat gives size 0 but which have content (/proc), within the limit", () => {
    expect(readInputFile("/proc/self/status", DEFAULT_INPUT_LIMITS, "a file").toString()).toMatch(
      /^Name:/,
    );
    expect(
      inputErrorOf(() => readInputFile("/proc/self/status", inputLimits(1e-5), "a file")).message,
    ).toMatch(/^\/proc\/self\/status: expected a file of at most 10 bytes .*, got [\d,]+ bytes$/);
  });
});
