import { rmdirSync, rmSync, type Stats, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { makeDirectory } from "./makeDirectory.ts";
import { OutputError, outputErrorOf } from "./OutputError.ts";

/** What `--out DIR` must be, for messages. */
export const OUTPUT_EXPECTED = "a folder Cutover can write into (--out DIR)";

/** What a path is when it is not a folder, as messages name it. */
const NOT_A_FOLDER: [test: (stats: Stats) => boolean, what: string][] = [
  [(s) => s.isFile(), "an existing file"],
  [(s) => s.isFIFO(), "a FIFO (named pipe)"],
  [(s) => s.isCharacterDevice(), "a character device"],
  [(s) => s.isBlockDevice(), "a block device"],
  [(s) => s.isSocket(), "a socket"],
];

/**
 * Checks, before any simulation runs, that `directory` (`--out DIR`) is a folder Cutover can
 * write into, or one it can make: not an existing file, not a path through a file, not a folder
 * it may not write (permission bits, a read-only file system, /proc). The last is found by
 * trying — making the missing folders and a probe file, then removing them — because `access`
 * says yes to root whatever the bits and the mount. Nothing is left behind either way.
 *
 * @param directory - the folder, as the user named it (used as is in messages).
 * @returns `directory`.
 * @throws {OutputError} naming the path and what was found instead of a writable folder.
 * @example checkOutputDirectory("/etc/passwd")
 * // throws '/etc/passwd: expected a folder Cutover can write into (--out DIR), got an existing file'
 */
export function checkOutputDirectory(directory: string): string {
  const blocker = nearestNonMissing(resolve(directory));
  if (blocker !== null && !blocker.stats.isDirectory()) {
    const what = NOT_A_FOLDER.find(([test]) => test(blocker.stats))?.[1] ?? "not a folder";
    const got =
      blocker.path === resolve(directory)
        ? what
        : `a path through ${what.replace(/^an existing /, "a ")} (${blocker.path})`;
    throw new OutputError(directory, OUTPUT_EXPECTED, got);
  }
  let created: string[] = [];
  try {
    created = makeDirectory(directory);
    const probe = join(directory, `.cutover-probe.${process.pid}.tmp`);
    writeFileSync(probe, "");
    rmSync(probe, { force: true });
  } catch (error) {
    throw outputErrorOf(directory, OUTPUT_EXPECTED, error);
  } finally {
    for (const path of created.reverse()) removeEmptyFolder(path);
  }
  return directory;
}

/** The path itself or its nearest ancestor that exists, with its stat; null when stat fails. */
function nearestNonMissing(path: string): { path: string; stats: Stats } | null {
  for (let p = path; ; p = dirname(p)) {
    try {
      return { path: p, stats: statSync(p) };
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if ((code !== "ENOENT" && code !== "ENOTDIR") || dirname(p) === p) return null;
    }
  }
}

function removeEmptyFolder(path: string): void {
  try {
    rmdirSync(path);
  } catch {
    // Someone else put something there meanwhile: theirs to keep.
  }
}
