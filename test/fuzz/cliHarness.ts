import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { CASE_TIME_LIMIT_MS } from "./fuzzConfig.ts";

const root = resolve(import.meta.dirname, "../..");

/** What one command line did. */
export interface Outcome {
  /** The exit code, or null when the case did not end (timeout) or an exception escaped. */
  code: number | null;
  stdout: string;
  stderr: string;
  /** An exception that escaped main(): a stack trace for the user. */
  error: { name: string; message: string; stack: string } | null;
  /** Keys the case added to Object.prototype or Array.prototype. */
  polluted: string[];
  /** Wall time of the case, ms. */
  ms: number;
  /** The case ran past the time limit and was stopped. */
  timedOut: boolean;
  /** The worker thread died under the case (out of memory, process.exit, a crash). */
  crashed: string | null;
}

interface Pending {
  resolve: (outcome: Outcome) => void;
  timer: NodeJS.Timeout;
  started: number;
}

/**
 * Runs `main(argv, out, err)` of the built CLI (dist/, which vitest's global setup builds) in a
 * worker thread, one case at a time: a case that runs past {@link CASE_TIME_LIMIT_MS} is stopped
 * by terminating the thread (a new one serves the next case), so a hang fails its case instead
 * of wedging the suite, and a case that exhausts the worker's heap fails alone.
 */
export class InProcessCli {
  private worker: Worker | null = null;
  private ready: Promise<string> | null = null;
  private nextId = 0;
  private pending = new Map<number, Pending>();
  /** The help text main() prints, known once the first worker started. */
  help = "";

  private start(): Promise<string> {
    const worker = new Worker(new URL("./cliWorker.mjs", import.meta.url), {
      workerData: { mainUrl: pathToFileURL(resolve(root, "dist/scenarios/cli/main.js")).href },
      resourceLimits: { maxOldGenerationSizeMb: 2048 },
      stdout: true,
      stderr: true,
    });
    this.worker = worker;
    const ready = new Promise<string>((resolveReady, reject) => {
      worker.once("error", reject);
      worker.on("message", (message: { ready?: boolean; helpText?: string; id?: number }) => {
        if (message.ready === true) {
          resolveReady(message.helpText ?? "");
          return;
        }
        const pending = this.pending.get(message.id!);
        if (pending === undefined) return;
        this.pending.delete(message.id!);
        clearTimeout(pending.timer);
        pending.resolve({
          ...(message as Omit<Outcome, "timedOut" | "crashed">),
          timedOut: false,
          crashed: null,
        });
      });
    });
    worker.on("error", (error) => this.fail(`worker error: ${error.stack ?? error.message}`));
    worker.on("exit", (exitCode) => {
      if (this.worker === worker) {
        this.worker = null;
        this.ready = null;
        this.fail(`worker exited with code ${exitCode}`);
      }
    });
    return ready;
  }

  private fail(reason: string): void {
    for (const [id, pending] of this.pending) {
      clearTimeout(pending.timer);
      this.pending.delete(id);
      pending.resolve(blank(performance.now() - pending.started, false, reason));
    }
  }

  /** Runs one command line; never rejects. */
  async run(argv: readonly string[], timeLimitMs = CASE_TIME_LIMIT_MS): Promise<Outcome> {
    if (this.ready === null) this.ready = this.start();
    this.help = await this.ready;
    const worker = this.worker!;
    const id = this.nextId++;
    const started = performance.now();
    return new Promise<Outcome>((resolveOutcome) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        this.worker = null;
        this.ready = null;
        void worker.terminate();
        resolveOutcome(blank(performance.now() - started, true, null));
      }, timeLimitMs);
      this.pending.set(id, { resolve: resolveOutcome, timer, started });
      worker.postMessage({ id, argv: [...argv] });
    });
  }

  /** Stops the worker thread. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.ready = null;
    if (worker !== null) await worker.terminate();
  }
}

function blank(ms: number, timedOut: boolean, crashed: string | null): Outcome {
  return { code: null, stdout: "", stderr: "", error: null, polluted: [], ms, timedOut, crashed };
}

/**
 * Runs the real built CLI (`node bin/cutover.js …`) as a child process, killed (SIGKILL) when it
 * runs past `timeLimitMs`. For the hang class of bugs, and to see what a user's terminal sees.
 */
export function runChild(
  argv: readonly string[],
  timeLimitMs = CASE_TIME_LIMIT_MS,
): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolveOutcome) => {
    const child = spawn(process.execPath, [resolve(root, "bin/cutover.js"), ...argv], {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let timedOut = false;
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeLimitMs);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolveOutcome({
        code: timedOut ? null : code,
        stdout: Buffer.concat(stdout).toString("utf8"),
        stderr: Buffer.concat(stderr).toString("utf8"),
        error: null,
        polluted: [],
        ms: performance.now() - started,
        timedOut,
        crashed: signal !== null && !timedOut ? `killed by ${signal}` : null,
      });
    });
  });
}
