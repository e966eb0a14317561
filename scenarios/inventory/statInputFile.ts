import { type Stats, statSync } from "node:fs";
import { InputError } from "./InputError.ts";
import type { InputLimits } from "./InputLimits.ts";

/** MiB, for the limit in messages. */
const MIB = 1024 * 1024;

/**
 * What a path is when it is not a regular file, as messages name it. Opening a FIFO blocks until
 * a writer comes, a device such as /dev/urandom never ends: both are refused from their stat.
 */
const NOT_A_FILE: [test: (stats: Stats) => boolean, what: string][] = [
  [(s) => s.isDirectory(), "a folder"],
  [(s) => s.isFIFO(), "a FIFO (named pipe)"],
  [(s) => s.isCharacterDevice(), "a character device"],
  [(s) => s.isBlockDevice(), "a block device"],
  [(s) => s.isSocket(), "a socket"],
];

/** Why a path could not be stat'ed, by error code; anything else is shown with its code. */
const STAT_FAILURES: Record<string, string> = {
  ENOENT: "nothing at this path",
  ENOTDIR: "a path through a file",
  EACCES: "a path that may not be read (permission denied)",
  ELOOP: "a loop of symbolic links",
  ENAMETOOLONG: "a path too long",
};

/**
 * Checks, from its stat alone and without opening it, that `path` is a regular file (symbolic
 * links followed) no larger than `limits.maxFileBytes`: so that a device, a FIFO, a socket or a
 * folder named where a file is expected is refused at once instead of hanging or crashing, and a
 * file too large is refused before a byte of it is read.
 *
 * @param path - the file, as the user named it (used as is in messages).
 * @param limits - the input limits (`--max-input-mib`).
 * @param expected - what the file should be, for messages, e.g. "a scenario file (.json)".
 * @returns the file's stat.
 * @throws {InputError} naming the path: nothing there, not a regular file (saying what it is),
 *   or larger than the limit (its size, the limit and how to raise it).
 * @example statInputFile("/dev/urandom", DEFAULT_INPUT_LIMITS, "a CSV file")
 * // throws '/dev/urandom: expected a CSV file, got a character device, not a regular file'
 */
export function statInputFile(path: string, limits: InputLimits, expected: string): Stats {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (error) {
    const code = String((error as { code?: unknown }).code);
    throw new InputError({
      file: path,
      expected,
      got: STAT_FAILURES[code] ?? `a path that cannot be read (${code})`,
    });
  }
  checkInputStats(stats, path, limits, expected);
  return stats;
}

/**
 * The checks of {@link statInputFile} on a stat already taken (e.g. `fstat` of the opened file).
 * @throws {InputError} as {@link statInputFile} does.
 */
export function checkInputStats(
  stats: Stats,
  path: string,
  limits: InputLimits,
  expected: string,
): void {
  if (!stats.isFile()) {
    const what = NOT_A_FILE.find(([test]) => test(stats))?.[1] ?? "something that is not a file";
    throw new InputError({ file: path, expected, got: `${what}, not a regular file` });
  }
  if (stats.size > limits.maxFileBytes) throw tooLarge(path, stats.size, limits);
}

/** The error for a file of `sizeBytes` over `limits.maxFileBytes`. */
export function tooLarge(path: string, sizeBytes: number, limits: InputLimits): InputError {
  return new InputError({
    file: path,
    expected: `a file of at most ${sizeText(limits.maxFileBytes)} (raise the limit with --max-input-mib M, now ${round(limits.maxFileBytes / MIB)})`,
    got: `${sizeText(sizeBytes)}`,
  });
}

/** "1,048 bytes", "300 MiB (314,572,800 bytes)". */
function sizeText(bytes: number): string {
  const exact = `${Math.floor(bytes).toLocaleString("en-US")} bytes`;
  return bytes < MIB ? exact : `${round(bytes / MIB)} MiB (${exact})`;
}

function round(x: number): string {
  return String(Number(x.toPrecision(6)));
}
