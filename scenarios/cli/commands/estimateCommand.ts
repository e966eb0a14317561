import {
  DEFAULT_MIGRATION_STACK,
  MIGRATION_STACKS,
  type MigrationStack,
  migrationStack,
  transportOf,
} from "../../../models/migration/MIGRATION_STACKS.ts";
import { switchoverSecondsOf } from "../../../models/migration/PrecopyTransport.ts";
import { precopyEstimate } from "../../../models/migration/precopyEstimate.ts";
import { GB, GBIT_PER_SECOND, GIB, MIB, MILLISECOND } from "../../../models/units.ts";
import { type PhysicalRange, PHYSICAL_RANGES as R } from "../../schema/physicalRanges.ts";
import { numberOption } from "../numberOption.ts";
import { parseCommandArgs } from "../parseCommandArgs.ts";
import { UsageError } from "../UsageError.ts";
import { ESTIMATE_USAGE } from "../usages.ts";

/** Usage line of `cutover estimate`. */
export { ESTIMATE_USAGE };

/** The round trip vMotion supports, seconds: 150 ms in vSphere 6+ (FACTS.md). */
const MAX_VMOTION_RTT_SECONDS = 150 * MILLISECOND;

/**
 * `cutover estimate vmotion …`: the pre-copy closed form (Liu et al., HPDC 2011; see
 * precopyEstimate) for one VM alone on the link, which the simulated process equals in that
 * case, with what the hypervisor adds (PrecopyTransport) taken from the migration stack
 * `--stack` (default DEFAULT_MIGRATION_STACK; MIGRATION_STACKS lists them and the source of
 * every figure): a fixed set-up, handshake round trips before the first byte and switchover
 * round trips inside the stun (× `--rtt-ms`), streams (`--streams`, else the stack's rule for
 * `--nics` vmknics sharing the link) each capped by the sender (`--stream-gbps`) and by its
 * window ÷ RTT (`--window-mib`), compression (`--compression-ratio`, each stream's core
 * compressing `--compress-gbps`), and the first pass's scan of all configured memory, of
 * which it sends only the touched part (`--touched-gib`; round 0 lasts the longer of its
 * transfer and the scan). Later rounds re-send at most the writable working set
 * (`--working-set-gib`, default: the touched memory). Every stack figure can be overridden.
 * The rate is line rate × `--efficiency` (default 0.9, as FACTS.md's worked checks), capped
 * by the streams; the stun budget, the round cap, the resume time and the throttling of a
 * guest that cannot converge (vSphere's Stun During Page Send; none on stacks whose fraction
 * is 0) are the stack's unless `--stun-budget-s`, `--max-rounds`, `--resume-ms` or
 * `--no-throttle` say otherwise. Over 150 ms RTT (the vMotion limit) a warning is printed.
 *
 * With `--json` prints `{ totalSeconds, downtimeSeconds, transferredBytes, rounds,
 * converged, throttled, wireBytes, setupSeconds, scanSeconds, memoryRateBytesPerSecond,
 * compressionCoreSeconds, streams, stack, resumeSeconds, untilRunningSeconds }`, else one
 * line per term with its source. totalSeconds runs from the start of the migration to the
 * end of the switchover's handshake: set-up and handshake, the rounds (round 0 at least the
 * scan) and the switchover round trips — no longer the transfer alone; scanSeconds overlaps
 * round 0 and is not added again; untilRunningSeconds adds the resume. downtimeSeconds is the
 * stop-and-copy + switchover round trips + resume; transferredBytes is memory moved,
 * wireBytes what crossed the wire after compression.
 *
 * @returns 0
 * @throws UsageError for a mode other than vmotion, a missing flag, a value out of its
 *   physical range (PHYSICAL_RANGES: memory ≤ 24 TiB, link ≤ 1.6 Tbit/s, streams 1–64, …),
 *   touched memory or a working set above the memory, or an unknown stack
 */
export async function estimateCommand(
  argv: readonly string[],
  out: NodeJS.WritableStream,
): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    {
      "memory-gib": "string",
      "dirty-mib-per-s": "string",
      "link-gbps": "string",
      stack: "string",
      "touched-gib": "string",
      "working-set-gib": "string",
      "rtt-ms": "string",
      nics: "string",
      streams: "string",
      "stream-gbps": "string",
      "window-mib": "string",
      "setup-s": "string",
      "compression-ratio": "string",
      "compress-gbps": "string",
      efficiency: "string",
      "stun-budget-s": "string",
      "resume-ms": "string",
      "max-rounds": "string",
      "no-throttle": "boolean",
      json: "boolean",
    },
    ESTIMATE_USAGE,
    1,
  );
  if (positionals[0] !== "vmotion") {
    throw new UsageError(
      `expected the mode "vmotion", got ${positionals[0] === undefined ? "nothing" : `"${positionals[0]}"`}\nusage: ${ESTIMATE_USAGE}`,
    );
  }
  const memoryGib = required(values, "memory-gib", R.vmMemoryBytes, GIB);
  const dirtyMib = required(values, "dirty-mib-per-s", R.memoryWriteRate, MIB);
  const linkGbps = required(values, "link-gbps", R.lineRate, GBIT_PER_SECOND);
  const stack = stackOption(values.stack);
  const touchedGib = withinMemory(values, "touched-gib", memoryGib) ?? memoryGib;
  const workingSetGib = withinMemory(values, "working-set-gib", memoryGib) ?? touchedGib;
  const rttMs = numberOption(values, "rtt-ms", R.rttSeconds, MILLISECOND) ?? 0;
  const nics = numberOption(values, "nics", R.migrationStreams) ?? 1;
  const streams = numberOption(values, "streams", R.migrationStreams);
  const streamGbps = numberOption(values, "stream-gbps", R.lineRate, GBIT_PER_SECOND);
  const windowMib = numberOption(values, "window-mib", R.tcpWindowBytes, MIB);
  const setupS = numberOption(values, "setup-s", R.migrationSetupSeconds);
  const compressionRatio = numberOption(values, "compression-ratio", R.compressionRatio) ?? 1;
  const compressGbps = numberOption(values, "compress-gbps", R.compressRate, GBIT_PER_SECOND);
  const efficiency = numberOption(values, "efficiency", R.linkEfficiency) ?? 0.9;
  const stunBudgetSeconds =
    numberOption(values, "stun-budget-s", R.stunBudgetSeconds) ?? stack.stunBudgetSeconds.value;
  const resumeMs =
    numberOption(values, "resume-ms", R.switchoverSeconds, MILLISECOND) ??
    stack.resumeSeconds.value / MILLISECOND;
  const maxRounds = numberOption(values, "max-rounds", R.precopyRounds) ?? stack.maxRounds.value;
  const throttleDirtyFraction =
    values["no-throttle"] === true ? 0 : stack.throttleDirtyFraction.value;

  const lineBytesPerSecond = linkGbps * GBIT_PER_SECOND;
  const rttSeconds = rttMs * MILLISECOND;
  const resumeSeconds = resumeMs * MILLISECOND;
  const transport = transportOf(stack, {
    nicBytesPerSecond: lineBytesPerSecond,
    nics,
    rttSeconds,
    ...(setupS === undefined ? {} : { setupSeconds: setupS }),
    ...(streams === undefined ? {} : { streams }),
    ...(streamGbps === undefined ? {} : { streamBytesPerSecond: streamGbps * GBIT_PER_SECOND }),
    ...(windowMib === undefined ? {} : { windowBytes: windowMib * MIB }),
    compressionRatio,
    ...(compressGbps === undefined
      ? {}
      : { compressBytesPerSecondPerCore: compressGbps * GBIT_PER_SECOND }),
  });
  const goodputBytesPerSecond = lineBytesPerSecond * efficiency;
  const estimate = precopyEstimate({
    memoryBytes: memoryGib * GIB,
    touchedBytes: touchedGib * GIB,
    workingSetBytes: workingSetGib * GIB,
    rateBytesPerSecond: goodputBytesPerSecond,
    dirtyRateBytesPerSecond: dirtyMib * MIB,
    stunBudgetSeconds,
    maxRounds,
    resumeSeconds,
    transport,
    ...(throttleDirtyFraction > 0 ? { throttleDirtyFraction } : {}),
  });
  const result = {
    totalSeconds: estimate.totalSeconds,
    downtimeSeconds: estimate.downtimeSeconds,
    transferredBytes: estimate.transferredBytes,
    rounds: estimate.rounds,
    converged: estimate.converged,
    throttled: estimate.throttled,
    wireBytes: estimate.wireBytes,
    setupSeconds: estimate.setupSeconds,
    scanSeconds: estimate.scanSeconds,
    memoryRateBytesPerSecond: estimate.memoryRateBytesPerSecond,
    compressionCoreSeconds: estimate.compressionCoreSeconds,
    streams: transport.streams,
    stack: stack.name,
    resumeSeconds,
    untilRunningSeconds: estimate.totalSeconds + resumeSeconds,
  };
  if (values.json === true) {
    out.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  }

  const src = (flag: string, figure: { source: string }) =>
    values[flag] === undefined ? `(${shortSource(figure.source)})` : `(--${flag})`;
  const gbps = (bytesPerSecond: number) =>
    Number.isFinite(bytesPerSecond) ? `${fmt(bytesPerSecond / GBIT_PER_SECOND)} Gbit/s` : "no cap";
  const switchoverSeconds = switchoverSecondsOf(transport);
  const stopAndCopySeconds =
    (estimate.roundBytes[estimate.roundBytes.length - 1] ?? 0) / estimate.memoryRateBytesPerSecond;
  const transferSeconds = estimate.totalSeconds - estimate.setupSeconds - switchoverSeconds;
  // What caps the rate on the wire: the line, or the streams' least per-stream cap.
  const byWindow = rttSeconds > 0 ? transport.windowBytes / rttSeconds : Number.POSITIVE_INFINITY;
  const byCompression =
    compressionRatio > 1
      ? transport.compressBytesPerSecondPerCore / compressionRatio
      : Number.POSITIVE_INFINITY;
  const perStream = Math.min(transport.streamBytesPerSecond, byWindow, byCompression);
  const limits: [string, number][] = [
    [`the line (${linkGbps} Gbit/s × ${efficiency})`, goodputBytesPerSecond],
    ["the stream cap", transport.streams * transport.streamBytesPerSecond],
    ["window ÷ RTT", transport.streams * byWindow],
    ["compression (a core per stream)", transport.streams * byCompression],
  ];
  const limiter = limits.reduce((least, limit) => (limit[1] < least[1] ? limit : least));
  const wireRate = Math.min(goodputBytesPerSecond, transport.streams * perStream);
  const streamsSource =
    values.streams !== undefined
      ? "(--streams)"
      : `(${values.nics === undefined ? "1 NIC" : `--nics ${nics}`}; ${shortSource(stack.nicBytesPerStream.source)})`;
  const lines = [
    `Live migration of ${memoryGib} GiB (${touchedGib} GiB touched, working set ${workingSetGib} GiB) dirtying ${dirtyMib} MiB/s over ${linkGbps} Gbit/s × ${efficiency}, alone on the link; ${stack.label} (--stack ${stack.name})`,
    `  set-up          ${fmt(estimate.setupSeconds)} s = ${fmt(transport.setupSeconds)} s fixed ${src("setup-s", stack.setupSeconds)} + ${transport.handshakeRoundTrips} handshake round trips × ${rttMs} ms RTT (${shortSource(stack.handshakeRoundTrips.source)})`,
    Number.isFinite(transport.scanBytesPerSecond)
      ? `  scan            ${fmt(estimate.scanSeconds)} s: the first pass walks all ${memoryGib} GiB at ${fmt(transport.scanBytesPerSecond / GB)} GB/s (${shortSource(stack.scanBytesPerSecond.source)}) and sends the ${touchedGib} GiB touched, skipping ${fmt(memoryGib - touchedGib)} GiB; round 0 lasts the longer of the two`
      : `  scan            none: every touched page is sent (${shortSource(stack.scanBytesPerSecond.source)})`,
    `  per stream      ${gbps(perStream)} = least of the sender's ${gbps(transport.streamBytesPerSecond)} ${src("stream-gbps", stack.streamBytesPerSecond)}, window ${fmt(transport.windowBytes / MIB)} MiB ÷ ${rttMs} ms RTT = ${gbps(byWindow)} ${src("window-mib", stack.windowBytes)}, compression ${compressionRatio > 1 ? `${gbps(transport.compressBytesPerSecondPerCore)} per core ÷ ${compressionRatio} = ${gbps(byCompression)}` : "none"} (${compressionRatio > 1 ? "--compression-ratio" : "default"})`,
    `  rate            ${gbps(wireRate)} on the wire = ${transport.streams} stream(s) ${streamsSource} × ${gbps(perStream)}, at most the line's ${gbps(goodputBytesPerSecond)}: limited by ${limiter[0]}; memory moves at ${gbps(estimate.memoryRateBytesPerSecond)}${compressionRatio > 1 ? ` (× ${compressionRatio} compression)` : ""}`,
    `  memory          ${fmt(estimate.transferredBytes / GIB)} GiB moved, ${fmt(estimate.wireBytes / GIB)} GiB on the wire, in ${fmt(transferSeconds)} s with the scan: ${estimate.rounds} pre-copy round(s) + stop-and-copy${compressionRatio > 1 ? `; ${fmt(estimate.compressionCoreSeconds)} core-seconds compressing` : ""}`,
    `  total time      ${fmt(estimate.totalSeconds)} s (set-up + rounds + switchover round trips); running at the destination after ${fmt(result.untilRunningSeconds)} s`,
    `  downtime (stun) ${fmt(estimate.downtimeSeconds)} s = ${fmt(stopAndCopySeconds)} s stop-and-copy + ${transport.switchoverRoundTrips} switchover round trips × ${rttMs} ms (${shortSource(stack.switchoverRoundTrips.source)}) + ${fmt(resumeSeconds)} s resume ${src("resume-ms", stack.resumeSeconds)} (budget ${stunBudgetSeconds} s ${src("stun-budget-s", stack.stunBudgetSeconds)})`,
    `  converged       ${estimate.converged ? "yes" : `no: stop-and-copy forced at the round cap of ${maxRounds} ${src("max-rounds", stack.maxRounds)}`}`,
  ];
  if (estimate.throttled) {
    lines.push(
      `  throttled       guest dirtying slowed by ${(estimate.throttleSlowdownFraction * 100).toFixed(0)}% for ${estimate.throttleSeconds.toFixed(1)} s (to ${throttleDirtyFraction} of the rate: ${shortSource(stack.throttleDirtyFraction.source)})`,
    );
  }
  if (compressGbps !== undefined && compressionRatio <= 1) {
    lines.push("  note            --compress-gbps has no effect without --compression-ratio > 1");
  }
  if (rttSeconds > MAX_VMOTION_RTT_SECONDS) {
    lines.push(`  warning         RTT ${rttMs} ms is over the 150 ms vMotion supports (FACTS.md)`);
  }
  out.write(`${lines.join("\n")}\n`);
  return 0;
}

/** A figure for people: at most 3 decimals below 1,000 (no trailing zeros), else whole. */
function fmt(value: number): string {
  // two significant figures below 10 ms, so that a 0.5 ms stop-and-copy does not read "0 s"
  if (value !== 0 && Math.abs(value) < 0.01) return String(Number(value.toPrecision(2)));
  return Math.abs(value) < 1_000 ? String(Number(value.toFixed(3))) : value.toFixed(0);
}

/**
 * A stack figure's source in a few words: "assumption", a KB number ("KB 323379"), an author
 * and year ("Hagoort 2021", "Aidan Finn 2012"), or what comes before the first colon or
 * parenthesis ("FACTS.md", "QEMU docs"); "; assumption" is added when a cited figure is partly
 * judged.
 */
export function shortSource(source: string): string {
  if (/^assumption/i.test(source)) return "assumption";
  const kb = /KB \d+/.exec(source)?.[0];
  const authorYear = /^([^:(,]+?)\s*[(,][^:]*?(\d{4})\)/.exec(source);
  const head = source.split(/[:(]/)[0]!.trim();
  const cited =
    kb ??
    (authorYear
      ? `${authorYear[1]} ${authorYear[2]}`
      : head.length <= 40
        ? head
        : source.includes("FACTS.md")
          ? "FACTS.md"
          : `${head.slice(0, 39)}…`);
  return /assumption/i.test(source) ? `${cited}; assumption` : cited;
}

/** The stack named by `--stack`, or the default. */
function stackOption(name: string | boolean | undefined): MigrationStack {
  if (typeof name !== "string") return migrationStack(DEFAULT_MIGRATION_STACK);
  if (!Object.hasOwn(MIGRATION_STACKS, name)) {
    throw new UsageError(
      `--stack: unknown migration stack ${JSON.stringify(name)}: expected one of ${Object.keys(MIGRATION_STACKS).join(", ")}`,
    );
  }
  return migrationStack(name);
}

/** A memory size that is part of the VM's memory (`--touched-gib`, `--working-set-gib`). */
function withinMemory(
  values: Record<string, string | boolean | undefined>,
  flag: string,
  memoryGib: number,
): number | undefined {
  const value = numberOption(values, flag, R.vmMemoryBytes, GIB);
  if (value !== undefined && value > memoryGib) {
    throw new UsageError(
      `--${flag}: ${value} GiB is more than the VM's memory (--memory-gib ${memoryGib}); it is part of that memory`,
    );
  }
  return value;
}

/** A numeric option the estimate cannot do without. */
function required(
  values: Record<string, string | boolean | undefined>,
  flag: string,
  range: PhysicalRange,
  unit: number,
): number {
  const value = numberOption(values, flag, range, unit);
  if (value === undefined) throw new UsageError(`--${flag}: required\nusage: ${ESTIMATE_USAGE}`);
  return value;
}
