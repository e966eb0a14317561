import { pathToFileURL } from "node:url";
import { maxOf } from "../../stats/extremes.ts";
import { type SharedLinkExampleResult, simulateSharedLink } from "../sharedLink.ts";
import { parseNumberOptions, UsageError } from "./args.ts";

const USAGE = "usage: npm run -s shared-link -- [--json]";

/** Bytes per second → Gbit/s, for display. */
function gbps(bytesPerSecond: number): string {
  return bytesPerSecond === Number.POSITIVE_INFINITY
    ? "-"
    : ((bytesPerSecond * 8) / 1e9).toFixed(3);
}

/** Lays rows out in columns: text ("l") aligned left, numbers ("r") right. */
function table(header: string[], align: string, rows: string[][]): string {
  const widths = header.map((h, c) => Math.max(h.length, maxOf(rows.map((row) => row[c]!.length))));
  const pad = (cell: string, c: number) =>
    align[c] === "l" ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!);
  const line = (cells: string[]) => cells.map(pad).join("  ").trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

/**
 * Formats the shared-link example as two readable tables: the flows (size in GiB, cap in
 * Gbit/s, start, end and duration in seconds, mean rate in Gbit/s) and the link's step series
 * (capacity, used rate and its split by kind, in Gbit/s).
 */
export function sharedLinkReport(result: SharedLinkExampleResult): string {
  const flows = table(
    ["flow", "kind", "size GiB", "cap Gbit/s", "start s", "end s", "duration s", "mean Gbit/s"],
    "llrrrrrr",
    result.flows.map((f) => [
      f.name,
      f.kind,
      (f.bytes / 2 ** 30).toFixed(2),
      gbps(f.capBytesPerSecond),
      f.startSeconds.toFixed(3),
      f.endSeconds.toFixed(9),
      (f.endSeconds - f.startSeconds).toFixed(3),
      gbps(f.bytes / (f.endSeconds - f.startSeconds)),
    ]),
  );
  const series = table(
    ["time s", "capacity Gbit/s", "used Gbit/s", "by kind Gbit/s"],
    "rrrl",
    result.series.map((p) => [
      p.timeSeconds.toFixed(3),
      gbps(p.capacityBytesPerSecond),
      gbps(p.usedBytesPerSecond),
      Object.entries(p.usedByKind)
        .map(([kind, rate]) => `${kind} ${gbps(rate)}`)
        .join(", ") || "-",
    ]),
  );
  const u = result.usage;
  return [
    `Link "${result.linkName}": ${(u.carriedBytes / 2 ** 30).toFixed(2)} GiB carried in ${result.makespanSeconds.toFixed(3)} s, ` +
      `mean ${gbps(u.meanUsedBytesPerSecond)} Gbit/s, utilisation ${(100 * u.utilization).toFixed(1)}%`,
    "",
    flows,
    "",
    series,
  ].join("\n");
}

/**
 * `npm run -s shared-link -- [--json]`
 *
 * The command line of the shared-link example: prints {@link sharedLinkReport}, or with
 * `--json` the result as JSON (an uncapped flow's cap, Infinity, prints as null).
 * @param argv the arguments after the script name
 * @param write where the output goes (stdout), one call per block of text
 * @param warn where a usage error goes (stderr)
 * @returns the exit code: 0, or 2 for a usage error (an unknown argument)
 */
export function sharedLinkCli(
  argv: readonly string[],
  write: (text: string) => void,
  warn: (text: string) => void = write,
): number {
  let json: boolean;
  try {
    json = parseNumberOptions(argv, []).json;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    warn(`error: ${error.message}\n${USAGE}`);
    return 2;
  }
  const result = simulateSharedLink();
  write(json ? JSON.stringify(result, null, 2) : sharedLinkReport(result));
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = sharedLinkCli(
    process.argv.slice(2),
    (text) => console.log(text),
    (text) => console.error(text),
  );
}
