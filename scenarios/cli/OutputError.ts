/**
 * A place Cutover was asked to write to and cannot (`--out DIR` an existing file, a path through
 * a file, a folder that may not be written): exit code 2 and one line naming the path and what
 * was expected, never a stack trace.
 *
 * Message format: `<path>: expected <what>, got <what was found>`.
 *
 * @example
 * new OutputError("/etc/passwd", "a folder to write the report into (--out DIR)", "an existing file").message
 * // '/etc/passwd: expected a folder to write the report into (--out DIR), got an existing file'
 */
export class OutputError extends Error {
  override readonly name = "OutputError";
  /** The path, as the user named it or as it was written to. */
  readonly path: string;

  constructor(path: string, expected: string, got: string) {
    super(`${path}: expected ${expected}, got ${got}`);
    this.path = path;
  }
}

/** What a failed write found, by fs error code; anything else is shown with its code. */
const WRITE_FAILURES: Record<string, string> = {
  EACCES: "a folder that may not be written (permission denied)",
  EPERM: "a folder that may not be written (operation not permitted)",
  EROFS: "a read-only file system",
  ENOSPC: "a full disk (no space left on the device)",
  EDQUOT: "a full disk quota",
  ENOTDIR: "a path through a file",
  EEXIST: "a path through a file",
  EISDIR: "a folder where a file was to be written",
  ERR_FS_EISDIR: "a folder where a file was to be written",
  ENOENT: "a place where no folder can be made (ENOENT)",
  ENAMETOOLONG: "a path too long",
  ELOOP: "a loop of symbolic links",
};

/**
 * The {@link OutputError} for an fs error met writing into `path`: its code said in words
 * (see the table above).
 * @param expected - what `path` should have been, e.g. "a folder to write the report into".
 * @throws the error itself when it is not an fs error (no string `code`): a bug, not a path.
 */
export function outputErrorOf(path: string, expected: string, error: unknown): OutputError {
  if (error instanceof OutputError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== "string") throw error;
  return new OutputError(path, expected, WRITE_FAILURES[code] ?? `an error writing it (${code})`);
}
