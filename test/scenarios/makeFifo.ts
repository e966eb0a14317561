import { execFileSync } from "node:child_process";

/**
 * Makes a FIFO (named pipe) at `path` with mkfifo(1); false when mkfifo is not installed (the
 * tests that need one are then skipped). Opening a FIFO for reading blocks until a writer comes:
 * the reason Cutover stats before it opens.
 */
export function makeFifo(path: string): boolean {
  try {
    execFileSync("mkfifo", [path], { stdio: "ignore" });
    return true;
  } catch (error) {
    if ((error as { code?: unknown }).code === "ENOENT") return false;
    throw error;
  }
}
