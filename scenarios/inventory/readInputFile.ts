import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { InputError } from "./InputError.ts";
import type { InputLimits } from "./InputLimits.ts";
import { checkInputStats, statInputFile, tooLarge } from "./statInputFile.ts";

/** Opening never waits (a FIFO swapped in after the stat); a no-op on regular files. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Reads a whole input file — a CSV, an .xlsx, a scenario or shard JSON file — once it is known
 * to be a regular file within `limits.maxFileBytes`: stat first (see `statInputFile`; opening a
 * FIFO would block, reading /dev/zero would never end), then open without blocking and check the
 * opened file's own stat again (the path may have changed in between), then read at most the
 * limit (the file may be growing).
 *
 * @param path - the file, as the user named it (used as is in messages).
 * @param limits - the input limits (`--max-input-mib`).
 * @param expected - what the file should be, for messages, e.g. "a scenario file (.json)".
 * @returns the file's bytes.
 * @throws {InputError} naming the path when there is nothing there, it is not a regular file
 *   (saying what it is), it is larger than the limit (its size, the limit and how to raise it),
 *   or it cannot be read.
 * @example readInputFile("big.csv", inputLimits(0.001), "a CSV file")
 * // throws 'big.csv: expected a file of at most 1,048 bytes (raise the limit with --max-input-mib M, now 0.001), got 5,000 bytes'
 */
export function readInputFile(path: string, limits: InputLimits, expected: string): Buffer {
  statInputFile(path, limits, expected);
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    throw unreadable(path, expected, error);
  }
  try {
    const stats = fstatSync(fd);
    checkInputStats(stats, path, limits, expected);
    return readAtMost(fd, stats.size, path, limits);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw unreadable(path, expected, error);
  } finally {
    closeSync(fd);
  }
}

/**
 * The file's bytes, refusing it once more than `limits.maxFileBytes` have been read. The stat's
 * size is read in one buffer; more chunks only when the file grew or its stat says 0 (/proc).
 */
function readAtMost(fd: number, sizeBytes: number, path: string, limits: InputLimits): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (let length = sizeBytes; ; length = 64 * 1024) {
    const chunk = Buffer.allocUnsafe(Math.max(1, length));
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
    total += n;
    if (total > limits.maxFileBytes) throw tooLarge(path, total, limits);
    chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
  }
}

function unreadable(path: string, expected: string, error: unknown): InputError {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== "string") throw error;
  return new InputError({
    file: path,
    expected,
    got:
      code === "EACCES"
        ? "a file that may not be read (permission denied)"
        : `a file that cannot be read (${code})`,
  });
}
