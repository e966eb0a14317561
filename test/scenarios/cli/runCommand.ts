import { Writable } from "node:stream";

/** A command of the command line: arguments and an output stream in, an exit code out. */
export type CommandFunction = (
  argv: readonly string[],
  out: NodeJS.WritableStream,
) => Promise<number>;

/** A stream that appends what is written to it to a string, read with `text()`. */
export function captureStream(): { stream: Writable; text: () => string } {
  let text = "";
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  });
  return { stream, text: () => text };
}

/** Runs one command in-process and returns its exit code and what it printed. */
export async function runCommand(
  command: CommandFunction,
  ...argv: string[]
): Promise<{ code: number; stdout: string }> {
  const out = captureStream();
  const code = await command(argv, out.stream);
  return { code, stdout: out.text() };
}
