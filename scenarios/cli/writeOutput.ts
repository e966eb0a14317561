import { readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { OUTPUT_EXPECTED } from "./checkOutputDirectory.ts";
import { makeDirectory } from "./makeDirectory.ts";
import { outputErrorOf } from "./OutputError.ts";

/** A temporary of ours: `.<name>.<pid>.tmp`, or the probe of `checkOutputDirectory`. */
const TEMPORARY = /^\.(.+)\.(\d+)\.tmp$/;

/**
 * Writes files into `directory` (made when missing) as one set: each is written under a
 * temporary name first; only when all are written are the previous files of the same names
 * removed and the new ones renamed into place, the first file last. So a failure or an
 * interruption never leaves a half-written file, nor an old file beside a new one: at worst some
 * of the new set without the first file (e.g. `result.json`, whose presence says the set is
 * complete), or none. Temporaries are removed on failure, and those a killed run left behind
 * (their process gone) on the next write.
 *
 * @param directory - the folder, as the user named it (used as is in messages).
 * @param files - file name → content, the first being the one renamed last.
 * @returns the paths written, in the order of `files`.
 * @throws {OutputError} for any fs error (naming `directory` and what was found: an existing
 *   file, a path through a file, a folder that may not be written, a full disk, …); the previous
 *   files are then untouched unless the error came while renaming.
 * @example writeOutput("report", { "result.json": json, "index.html": html })
 * // ["report/result.json", "report/index.html"]
 */
export function writeOutput(directory: string, files: Record<string, string>): string[] {
  const names = Object.keys(files);
  const staged = names.map((name) => ({
    temporary: join(directory, `.${name}.${process.pid}.tmp`),
    final: join(directory, name),
    content: files[name]!,
  }));
  try {
    makeDirectory(directory);
    removeAbandonedTemporaries(directory, names);
    for (const { temporary, content } of staged) writeFileSync(temporary, content);
    // The old set goes before any new file arrives, so the two never mix.
    for (const { final } of staged) rmSync(final, { force: true });
    for (const { temporary, final } of [...staged].reverse()) renameSync(temporary, final);
  } catch (error) {
    for (const { temporary } of staged) removeQuietly(temporary);
    throw outputErrorOf(directory, OUTPUT_EXPECTED, error);
  }
  return staged.map(({ final }) => final);
}

/** Removes temporaries of these names (and probes) whose process is gone: a killed run's. */
function removeAbandonedTemporaries(directory: string, names: readonly string[]): void {
  const ours = new Set([...names, "cutover-probe"]);
  for (const entry of readdirSync(directory)) {
    const match = TEMPORARY.exec(entry);
    if (match === null || !ours.has(match[1]!) || isRunning(Number(match[2]))) continue;
    removeQuietly(join(directory, entry));
  }
}

/** Whether a process of this id exists (EPERM: it does, under another user). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: unknown }).code === "EPERM";
  }
}

function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // Best effort: the error that brought us here is the one to report.
  }
}
