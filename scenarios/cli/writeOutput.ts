import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Writes files into `directory` all or nothing: each goes to a temporary name first and is
 * renamed into place only when every file was written, so a failure leaves nothing
 * half-written.
 */
export function writeOutput(directory: string, files: Record<string, string>): string[] {
  mkdirSync(directory, { recursive: true });
  const staged: [string, string][] = [];
  try {
    for (const [name, content] of Object.entries(files)) {
      const temporary = join(directory, `.${name}.${process.pid}.tmp`);
      writeFileSync(temporary, content);
      staged.push([temporary, join(directory, name)]);
    }
  } catch (error) {
    for (const [temporary] of staged) rmSync(temporary, { force: true });
    throw error;
  }
  for (const [temporary, final] of staged) renameSync(temporary, final);
  return staged.map(([, final]) => final);
}
