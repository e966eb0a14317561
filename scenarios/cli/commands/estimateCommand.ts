import { precopyEstimate } from "../../../models/migration/precopyEstimate.ts";
import { SDPS_DIRTY_FRACTION } from "../../../models/migration/sdpsDirtyFraction.ts";
import { GBIT_PER_SECOND, GIB, MIB, MILLISECOND } from "../../../models/units.ts";
import { type PhysicalRange, PHYSICAL_RANGES as R } from "../../schema/physicalRanges.ts";
import { numberOption } from "../numberOption.ts";
import { parseCommandArgs } from "../parseCommandArgs.ts";
import { UsageError } from "../UsageError.ts";

/** Usage line of `cutover estimate`. */
export const ESTIMATE_USAGE =
  "cutover estimate vmotion --memory-gib G --dirty-mib-per-s D --link-gbps L [--rtt-ms R] [--efficiency F] [--stun-budget-s S] [--resume-ms M] [--max-rounds N] [--no-throttle] [--json]";

/** The round trip vMotion supports, seconds: 150 ms in vSphere 6+ (FACTS.md). */
const MAX_VMOTION_RTT_SECONDS = 150 * MILLISECOND;

/**
 * `cutover estimate vmotion …`: the pre-copy closed form (Liu et al., HPDC 2011; see
 * precopyEstimate) for one VM alone on the link, which the simulated process equals in that
 * case. The rate is line rate × `--efficiency` (default 0.9, as FACTS.md's worked checks);
 * the stun budget defaults to 0.5 s, the resume time to 0, the round cap to 30. A guest that
 * cannot converge is throttled as vSphere's Stun During Page Send does (to the assumed
 * fraction SDPS_DIRTY_FRACTION of the rate) unless `--no-throttle`. `--rtt-ms` does not
 * change the estimate; over 150 ms (the vMotion limit) a warning is printed.
 * Prints `{ totalSeconds, downtimeSeconds, transferredBytes, rounds, converged, throttled }`
 * with `--json`, else a readable summary.
 *
 * @returns 0
 * @throws UsageError for a mode other than vmotion, a missing flag or a value out of its
 *   physical range (PHYSICAL_RANGES: memory ≤ 24 TiB, link ≤ 1.6 Tbit/s, …)
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
      "rtt-ms": "string",
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
  const rttMs = numberOption(values, "rtt-ms", R.rttSeconds, MILLISECOND) ?? 0;
  const efficiency = numberOption(values, "efficiency", R.linkEfficiency) ?? 0.9;
  const stunBudgetSeconds = numberOption(values, "stun-budget-s", R.stunBudgetSeconds) ?? 0.5;
  const resumeMs = numberOption(values, "resume-ms", R.switchoverSeconds, MILLISECOND) ?? 0;
  const maxRounds = numberOption(values, "max-rounds", R.precopyRounds) ?? 30;
  const estimate = precopyEstimate({
    memoryBytes: memoryGib * GIB,
    rateBytesPerSecond: linkGbps * GBIT_PER_SECOND * efficiency,
    dirtyRateBytesPerSecond: dirtyMib * MIB,
    stunBudgetSeconds,
    maxRounds,
    resumeSeconds: resumeMs * MILLISECOND,
    ...(values["no-throttle"] === true ? {} : { throttleDirtyFraction: SDPS_DIRTY_FRACTION }),
  });
  const result = {
    totalSeconds: estimate.totalSeconds,
    downtimeSeconds: estimate.downtimeSeconds,
    transferredBytes: estimate.transferredBytes,
    rounds: estimate.rounds,
    converged: estimate.converged,
    throttled: estimate.throttled,
  };
  if (values.json === true) {
    out.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  }
  const lines = [
    `vMotion of ${memoryGib} GiB dirtying ${dirtyMib} MiB/s over ${linkGbps} Gbit/s × ${efficiency} (alone on the link)`,
    `  total time      ${result.totalSeconds.toFixed(3)} s`,
    `  downtime (stun) ${result.downtimeSeconds.toFixed(3)} s (budget ${stunBudgetSeconds} s)`,
    `  bytes sent      ${(result.transferredBytes / GIB).toFixed(3)} GiB in ${result.rounds} pre-copy round(s) + stop-and-copy`,
    `  converged       ${result.converged ? "yes" : "no: stop-and-copy forced at the round cap"}`,
  ];
  if (estimate.throttled) {
    lines.push(
      `  throttled       guest dirtying slowed by ${(estimate.throttleSlowdownFraction * 100).toFixed(0)}% for ${estimate.throttleSeconds.toFixed(1)} s (Stun During Page Send; the ${SDPS_DIRTY_FRACTION} target is an assumption)`,
    );
  }
  if (rttMs * MILLISECOND > MAX_VMOTION_RTT_SECONDS) {
    lines.push(`  warning         RTT ${rttMs} ms is over the 150 ms vMotion supports (FACTS.md)`);
  }
  out.write(`${lines.join("\n")}\n`);
  return 0;
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
