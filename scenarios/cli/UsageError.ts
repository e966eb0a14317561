/** A mistake on the command line (unknown command or flag, bad value): exit code 2, no stack. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
