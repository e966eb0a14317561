import { readFileSync } from "node:fs";
import { cpus, platform, release } from "node:os";

/** The machine and runtimes a benchmark ran on. */
export interface MachineInfo {
  cpuModel: string;
  logicalCores: number;
  os: string;
  node: string;
  v8: string;
}

/** Describes this machine: CPU model from /proc/cpuinfo (or the OS when that is missing). */
export function machineInfo(): MachineInfo {
  return {
    cpuModel: cpuModel(),
    logicalCores: cpus().length,
    os: `${platform()} ${release()}`,
    node: process.version,
    v8: process.versions.v8,
  };
}

function cpuModel(): string {
  try {
    const match = /^model name\s*:\s*(.+)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"));
    if (match?.[1] !== undefined) return match[1].trim();
  } catch {
    // Not Linux: fall through to what the OS reports.
  }
  return cpus()[0]?.model ?? "unknown";
}
