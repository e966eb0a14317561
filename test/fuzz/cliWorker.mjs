// A worker thread that runs the built command line's main() in-process, one case at a time, so
// that the fuzz suite can stop a case that hangs (Worker.terminate() interrupts even a busy
// loop) without losing its own thread. Messages in: { id, argv }; out: { id, code, stdout,
// stderr, error, polluted, ms }. `error` is an exception that escaped main() (a stack trace in
// CLI terms); `polluted` lists keys a case added to Object.prototype or Array.prototype.
import { Writable } from "node:stream";
import { parentPort, workerData } from "node:worker_threads";

const { main, helpText } = await import(workerData.mainUrl);

function capture() {
  const chunks = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { stream, text: () => chunks.join("") };
}

function prototypeKeys() {
  return [
    ...Object.getOwnPropertyNames(Object.prototype).map((k) => `Object.prototype.${k}`),
    ...Object.getOwnPropertyNames(Array.prototype).map((k) => `Array.prototype.${k}`),
  ];
}

const cleanKeys = new Set(prototypeKeys());

parentPort.postMessage({ ready: true, helpText: helpText() });

parentPort.on("message", async ({ id, argv }) => {
  const out = capture();
  const err = capture();
  const started = performance.now();
  let code = null;
  let error = null;
  try {
    code = await main(argv, out.stream, err.stream);
  } catch (thrown) {
    error = {
      name: thrown?.name ?? typeof thrown,
      message: String(thrown?.message ?? thrown),
      stack: String(thrown?.stack ?? ""),
    };
  }
  const ms = performance.now() - started;
  const polluted = prototypeKeys().filter((k) => !cleanKeys.has(k));
  for (const key of polluted) {
    const [owner, name] = key.split(".prototype.");
    delete (owner === "Object" ? Object.prototype : Array.prototype)[name];
  }
  parentPort.postMessage({ id, code, stdout: out.text(), stderr: err.text(), error, polluted, ms });
});
