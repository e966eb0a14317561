import { Environment } from "../Environment.ts";
import type { Flow } from "../link/Flow.ts";
import type { LinkPoint, LinkUsage } from "../link/Link.ts";
import { SharedLink } from "../link/SharedLink.ts";
import { scheduleCapacity } from "../link/scheduleCapacity.ts";
import { maxOf } from "../stats/extremes.ts";

/** 1 GiB in bytes. */
const GIB_BYTES = 2 ** 30;
/** 1 Gbit/s in bytes per second. */
const GBIT_PER_SECOND_BYTES = 1e9 / 8;

/** One transfer of the shared-link example, as it ran. */
export interface SharedLinkExampleFlow {
  /** The VM whose memory is copied. */
  name: string;
  /** "hcx" for the capped replication-assisted transfer, "vmotion" for the others. */
  kind: string;
  /** Size, bytes. */
  bytes: number;
  /** Per-flow cap, bytes per second (Infinity when uncapped). */
  capBytesPerSecond: number;
  /** Simulated start time, seconds. */
  startSeconds: number;
  /** Simulated time of the last byte, seconds. */
  endSeconds: number;
}

/** What {@link simulateSharedLink} returns. */
export interface SharedLinkExampleResult {
  /** The link's name. */
  linkName: string;
  /** The flows in order of start. */
  flows: SharedLinkExampleFlow[];
  /** The link's step series of capacity and used rate (total and by kind). */
  series: readonly LinkPoint[];
  /** Bytes carried, mean rate and utilisation over the run. */
  usage: LinkUsage;
  /** Time of the last byte, seconds. */
  makespanSeconds: number;
}

/**
 * A small, realistic run of the fluid shared link: one 10 Gbit/s inter-site link
 * (1.25e9 B/s) carries the memory of four VMs of 8 GiB each. Three start at t = 0, one of
 * them capped at 1 Gbit/s (an HCX-style per-migration cap); the fourth joins at t = 5 s; at
 * t = 10 s the capacity falls to half (a degraded line). Max-min fairness shares the link.
 *
 * Hand calculation (B = 8 GiB = 8 589 934 592 bytes; the capped flow never gets less than its
 * 1.25e8 B/s cap, so it ends at B / 1.25e8 = 68.719476736 s):
 * - [0, 5): uncapped flows get (1.25e9 − 1.25e8) / 2 = 5.625e8 B/s each;
 * - [5, 10): (1.25e9 − 1.25e8) / 3 = 3.75e8 each; at 10 the first two have sent 4.6875e9 B,
 *   the late one 1.875e9 B;
 * - [10, …): (6.25e8 − 1.25e8) / 3 = 5e8 / 3 each; the first two end at
 *   10 + (B − 4.6875e9) · 3 / 5e8 = 33.414607552 s, the late one has then sent 5.777434592e9 B;
 * - then it gets 5e8 alone: it ends at 33.414607552 + 2.8125e9 / 5e8 = 39.039607552 s.
 *
 * Pure: the same call returns the same result.
 * @example
 * simulateSharedLink().flows.map((f) => f.endSeconds)
 * // [33.414607552, 33.414607552, 68.719476736, 39.039607552]
 */
export function simulateSharedLink(): SharedLinkExampleResult {
  const env = new Environment();
  const wan = new SharedLink(env, {
    name: "inter-site",
    capacityBytesPerSecond: 10 * GBIT_PER_SECOND_BYTES,
  });
  const bytes = 8 * GIB_BYTES;
  const flows: Flow[] = [
    wan.transfer(bytes, { name: "web-01", kind: "vmotion" }),
    wan.transfer(bytes, { name: "web-02", kind: "vmotion" }),
    wan.transfer(bytes, { name: "db-01", kind: "hcx", capBytesPerSecond: GBIT_PER_SECOND_BYTES }),
  ];
  env.process(
    "late migration",
    (function* () {
      yield env.timeout(5);
      flows.push(wan.transfer(bytes, { name: "web-03", kind: "vmotion" }));
    })(),
  );
  scheduleCapacity(env, wan, [
    { atSeconds: 10, capacityBytesPerSecond: 5 * GBIT_PER_SECOND_BYTES },
  ]);
  env.run();
  return {
    linkName: wan.name,
    flows: flows.map((flow) => ({
      name: flow.name,
      kind: flow.kind,
      bytes: flow.bytes,
      capBytesPerSecond: flow.capBytesPerSecond,
      startSeconds: flow.startSeconds,
      endSeconds: flow.endSeconds,
    })),
    series: wan.series,
    usage: wan.usage(),
    makespanSeconds: maxOf(flows.map((flow) => flow.endSeconds)),
  };
}
