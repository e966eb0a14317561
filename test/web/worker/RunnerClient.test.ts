import { describe, expect, it } from "vitest";
import type { Scenario } from "../../../scenarios/Scenario.ts";
import { RunnerClient, type RunnerPort } from "../../../web/worker/RunnerClient.ts";
import type { RunnerRequest, RunnerResponse } from "../../../web/worker/RunnerMessages.ts";

/** A stand-in worker: keeps the requests, answers when told. */
function fakePort() {
  const requests: RunnerRequest[] = [];
  const listeners = new Map<string, (event: never) => void>();
  const port = {
    postMessage: (request: RunnerRequest) => requests.push(request),
    addEventListener: (type: string, listener: (event: never) => void) => {
      listeners.set(type, listener);
    },
  } as RunnerPort;
  const answer = (response: RunnerResponse) =>
    listeners.get("message")?.({ data: response } as never);
  const crash = (message: string) =>
    listeners.get("error")?.({ message, preventDefault: () => {} } as never);
  return { port, requests, answer, crash };
}

describe("RunnerClient", () => {
  it("pairs each answer with its request by id, whatever the order of the answers", async () => {
    const { port, requests, answer } = fakePort();
    const client = new RunnerClient(port);
    const first = client.run({} as Scenario);
    const second = client.builtin("reference");
    expect(requests.map((r) => [r.id, r.kind])).toEqual([
      [1, "run"],
      [2, "builtin"],
    ]);
    answer({ id: 2, ok: false, message: "second" });
    answer({ id: 99, ok: false, message: "stray, ignored" });
    answer({ id: 1, ok: false, message: "first" });
    expect(await first).toEqual({ id: 1, ok: false, message: "first" });
    expect(await second).toEqual({ id: 2, ok: false, message: "second" });
  });

  it("answers every waiting request when the worker itself fails", async () => {
    const { port, crash } = fakePort();
    const client = new RunnerClient(port);
    const pending = [client.run({} as Scenario), client.builtin("reference")];
    crash("out of memory");
    expect(await Promise.all(pending)).toEqual([
      { id: 1, ok: false, message: "The runner stopped: out of memory" },
      { id: 2, ok: false, message: "The runner stopped: out of memory" },
    ]);
  });

  it("posts opened files as they are", () => {
    const { port, requests } = fakePort();
    const files = [{ name: "a.csv", bytes: new Uint8Array([1, 2]) }];
    void new RunnerClient(port).open(files);
    expect(requests).toEqual([{ id: 1, kind: "open", files }]);
  });
});
