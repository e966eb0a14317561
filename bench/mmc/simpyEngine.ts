import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { MmcEngine, MmcRun } from "./MmcEngine.ts";
import type { MmcModel } from "./MmcModel.ts";

/**
 * The interpreter that runs SimPy: Debian's python3-simpy3 installs into the system Python's
 * dist-packages, so a pyenv or venv `python3` on PATH would not see it. BENCH_PYTHON overrides.
 */
const PYTHON = process.env.BENCH_PYTHON ?? "/usr/bin/python3";
/** The Debian package providing SimPy 3. */
const SIMPY_PACKAGE = "python3-simpy3";
/** The model script; this file runs from dist/bench/mmc/, the script stays in bench/. */
const SCRIPT = fileURLToPath(new URL("../../../bench/simpy_mmc.py", import.meta.url));

/** SimPy found (with its version), or why it is not available. */
export type SimpyAvailability =
  | { available: true; engine: MmcEngine; simpyVersion: string; pythonVersion: string }
  | { available: false; reason: string };

/**
 * Finds SimPy for the benchmark, installing the Debian package `python3-simpy3` with apt-get
 * when it is missing and the benchmark runs as root (as on CI). Reports what it does on
 * stdout through `log`. Never throws: when SimPy cannot be had, says why.
 */
export function findSimpy(log: (line: string) => void): SimpyAvailability {
  if (!existsSync(SCRIPT)) return { available: false, reason: `model script ${SCRIPT} not found` };
  let probe = probeSimpy();
  if (!probe.ok) {
    const isRoot = process.getuid?.() === 0;
    if (!isRoot) {
      return {
        available: false,
        reason: `${probe.error}; not root, so not installing ${SIMPY_PACKAGE} (run: sudo apt-get install -y ${SIMPY_PACKAGE})`,
      };
    }
    log(`SimPy missing (${probe.error}): installing ${SIMPY_PACKAGE} with apt-get …`);
    const installError = aptInstall(SIMPY_PACKAGE);
    if (installError !== null) {
      return {
        available: false,
        reason: `apt-get install ${SIMPY_PACKAGE} failed: ${installError}`,
      };
    }
    probe = probeSimpy();
    if (!probe.ok)
      return { available: false, reason: `installed ${SIMPY_PACKAGE}, but ${probe.error}` };
    log(`installed ${SIMPY_PACKAGE}: SimPy ${probe.simpyVersion}`);
  }
  return {
    available: true,
    engine: simpyEngine(probe.simpyVersion),
    simpyVersion: probe.simpyVersion,
    pythonVersion: probe.pythonVersion,
  };
}

type Probe =
  | { ok: true; simpyVersion: string; pythonVersion: string }
  | { ok: false; error: string };

function probeSimpy(): Probe {
  const code = "import platform, simpy; print(simpy.__version__, platform.python_version())";
  const result = spawnSync(PYTHON, ["-c", code], { encoding: "utf8" });
  if (result.error !== undefined)
    return { ok: false, error: `cannot run ${PYTHON}: ${result.error.message}` };
  if (result.status !== 0) {
    const lastLine = result.stderr.trim().split("\n").pop() ?? "";
    return { ok: false, error: `${PYTHON} cannot import simpy (${lastLine})` };
  }
  const [simpyVersion = "?", pythonVersion = "?"] = result.stdout.trim().split(" ");
  return { ok: true, simpyVersion, pythonVersion };
}

/** Installs a Debian package, refreshing the package lists once if the first try fails. */
function aptInstall(name: string): string | null {
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const install = () =>
    spawnSync("apt-get", ["install", "-y", "-q", name], { encoding: "utf8", env });
  let result = install();
  if (result.error === undefined && result.status !== 0) {
    spawnSync("apt-get", ["update", "-q"], { encoding: "utf8", env });
    result = install();
  }
  if (result.error !== undefined) return result.error.message;
  if (result.status !== 0) return result.stderr.trim().split("\n").slice(-3).join(" | ");
  return null;
}

function simpyEngine(simpyVersion: string): MmcEngine {
  return {
    name: `SimPy ${simpyVersion}`,
    needsWarmUp: false,
    run(model: MmcModel, customers: number, seed: number): MmcRun {
      const args = [
        SCRIPT,
        `--servers=${model.servers}`,
        `--arrival-rate=${model.arrivalRatePerSecond}`,
        `--service-rate=${model.serviceRatePerSecond}`,
        `--customers=${customers}`,
        `--seed=${seed}`,
      ];
      const result = spawnSync(PYTHON, args, { encoding: "utf8" });
      if (result.error !== undefined) throw result.error;
      if (result.status !== 0) {
        throw new Error(`simpy_mmc.py exited with ${result.status}: ${result.stderr.trim()}`);
      }
      const lastLine = result.stdout.trim().split("\n").pop() ?? "";
      const parsed = JSON.parse(lastLine) as MmcRun;
      return {
        customers: parsed.customers,
        meanWaitSeconds: parsed.meanWaitSeconds,
        wallSeconds: parsed.wallSeconds,
      };
    },
  };
}
