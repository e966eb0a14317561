import { lstatSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A fresh temp folder for one case (under os.tmpdir()); remove it with {@link removeCaseDir}. */
export function makeCaseDir(): string {
  return mkdtempSync(join(tmpdir(), "cutover-fuzz-"));
}

/** Removes a case's temp folder and everything in it. */
export function removeCaseDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Every entry under `dir` (recursively) with its kind and size, one string each, sorted: what a
 * case wrote shows as a difference between two snapshots. Never opens a file (FIFOs are safe).
 */
export function snapshot(dir: string): string[] {
  const entries: string[] = [];
  const walk = (path: string, shown: string): void => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      const stat = lstatSync(full);
      const kind = stat.isDirectory() ? "dir" : stat.isFile() ? "file" : "other";
      entries.push(`${join(shown, name)} (${kind}${kind === "file" ? `, ${stat.size} B` : ""})`);
      if (kind === "dir") walk(full, join(shown, name));
    }
  };
  walk(dir, "");
  return entries.sort();
}
