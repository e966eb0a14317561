import { mkdirSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";

/**
 * Creates `directory` and its missing parents one at a time, like `mkdir -p`. Not
 * `mkdirSync(…, { recursive: true })`: on Node 20 it loops forever where mkdir answers ENOENT
 * under a parent that exists (any path under /proc), which turned `--out /proc/x` into a hang.
 *
 * @param directory - the folder to make (relative to the working directory, or absolute).
 * @returns the absolute paths of the folders created, outermost first (none when it existed).
 * @throws the fs error of the first mkdir that fails (ENOENT, EACCES, ENOTDIR, EROFS, …), or
 *   EEXIST when something that is not a folder is in the way; folders already created stay.
 * @example makeDirectory("report/2025") // ["/home/me/report", "/home/me/report/2025"] when neither existed
 */
export function makeDirectory(directory: string): string[] {
  const missing: string[] = [];
  for (let path = resolve(directory); !isDirectory(path); path = dirname(path)) {
    missing.unshift(path);
    if (dirname(path) === path) break;
  }
  for (const path of missing) mkdirSync(path);
  return missing;
}

/** Whether `path` is a folder; false when nothing (or something else) is there, or on error. */
function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
