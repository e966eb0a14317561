import { fileURLToPath } from "node:url";

/** The subset of a V8 CPU profile (`Profiler.Profile`, also the `.cpuprofile` format) used here. */
export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
  }[];
  /** Node id of each sample, in order. */
  samples?: number[];
  /** Microseconds since the previous sample, one per sample. */
  timeDeltas?: number[];
}

/** Self time of one function over a profile. */
export interface SelfTime {
  /** "name (file:line)", with the file relative to the working directory. */
  location: string;
  /** Milliseconds spent in the function itself, not in what it called. */
  selfMilliseconds: number;
  /** Share of all sampled time, 0–1. */
  share: number;
}

/**
 * The functions with the most self time in a CPU profile, most first: samples are charged to
 * the function on top of the stack and summed by function (V8 may split one function over
 * several nodes of the call tree). GC and idle time appear as "(garbage collector)", "(idle)".
 */
export function selfTimeSummary(profile: CpuProfile, top: number): SelfTime[] {
  const locationById = new Map<number, string>();
  for (const node of profile.nodes) locationById.set(node.id, describe(node.callFrame));
  const microsByLocation = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let totalMicros = 0;
  for (let i = 0; i < samples.length; i++) {
    const location = locationById.get(samples[i]!) ?? "(unknown)";
    const micros = Math.max(0, deltas[i] ?? 0);
    totalMicros += micros;
    microsByLocation.set(location, (microsByLocation.get(location) ?? 0) + micros);
  }
  return [...microsByLocation]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([location, micros]) => ({
      location,
      selfMilliseconds: micros / 1000,
      share: totalMicros > 0 ? micros / totalMicros : 0,
    }));
}

function describe(frame: { functionName: string; url: string; lineNumber: number }): string {
  const name = frame.functionName === "" ? "(anonymous)" : frame.functionName;
  if (frame.url === "") return name;
  let file = frame.url;
  try {
    file = frame.url.startsWith("file:") ? fileURLToPath(frame.url) : frame.url;
  } catch {
    // Keep the URL as it is.
  }
  const relative = file.startsWith(`${process.cwd()}/`)
    ? file.slice(process.cwd().length + 1)
    : file;
  return `${name} (${relative}:${frame.lineNumber + 1})`;
}
