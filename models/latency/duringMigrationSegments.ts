/** A VM that switches over from the source site to the target site during the migration. */
export interface MovingVm {
  /** VM name. */
  name: string;
  /** Its group (customer or application); null: none. */
  group: string | null;
  /** When it runs at the target, seconds from the start of the migration: at the source before. */
  switchoverSeconds: number;
  /** Its stun (or outage) just before the switchover, seconds ≥ 0. */
  downtimeSeconds: number;
}

/** How calls between tiers and client traffic cross the inter-site link. */
export interface SplitTrafficOptions {
  /** Length of the migration window, seconds (the segments cover [0, window]). */
  windowSeconds: number;
  /** Time step the segments are cut at (one hour), seconds > 0. */
  stepSeconds: number;
  /** Round trip of the inter-site link, seconds. */
  interSiteRttSeconds: number;
  /** Round trips per request from the web tier to its back-ends (spread evenly over them). */
  callsPerRequest: number;
  /** Layer-2 extension with the gateway left at the source: client traffic trombones. */
  trombone: boolean;
}

/** A stretch of time in which a web VM's requests see the same extra delays. */
export interface DuringSpan {
  /** Start, seconds from the start of the migration. */
  startSeconds: number;
  /** End, seconds (> start). */
  endSeconds: number;
  /** The web VM runs at the target (else at the source). */
  atTarget: boolean;
  /** Extra per request from the inter-site link: split calls × RTT (+ one RTT tromboned), seconds. */
  splitExtraSeconds: number;
  /** Mean wait of a request arriving while the VM or a back-end it calls is stunned, seconds. */
  stunWaitSeconds: number;
}

/** A {@link DuringSpan} cut at the steps: it never crosses a step boundary. */
export interface DuringSegment extends DuringSpan {
  /** Step (hour) it lies in, 0 first. */
  step: number;
}

/**
 * Cuts the migration window into spans in which one web VM's requests pay the same extra
 * delay, from where the VM and the back-ends of its group run:
 * - each back-end (database, cache) on the other site than the web VM adds its share of the
 *   calls per request (callsPerRequest ÷ number of back-ends) × the inter-site RTT
 *   (FACTS.md, VMware HCX: "Application tiers split across sites pay the inter-site RTT on
 *   every call between them");
 * - with a Layer-2 extension the gateway stays at the source, so once the web VM runs at the
 *   target its client traffic crosses the link once more per request ("tromboning", FACTS.md,
 *   VMware HCX) until its whole group has moved (ASSUMPTION: the gateway is moved then);
 * - while the web VM or one of its back-ends is stunned (the `downtimeSeconds` before its
 *   switchover), an arriving request waits for the rest of the stun: on average half of it
 *   (arrivals uniform over the stun), stun waits of several VMs add up.
 * A VM is at the source before its switchover time and at the target from it on. A span ends
 * only where one of these changes (not at step boundaries): their number does not grow with
 * the window.
 *
 * @param web the web VM
 * @param backends its back-end VMs (those of its group; empty for a VM without a group)
 * @param groupMovedSeconds when the last VM of its group switches over, seconds
 * @returns spans covering [0, windowSeconds] in time order (empty for an empty window)
 * @example
 * duringMigrationSpans({ name: "w", group: "g", switchoverSeconds: 1000, downtimeSeconds: 0 },
 *   [{ name: "db", group: "g", switchoverSeconds: 9000, downtimeSeconds: 0 }], 9000,
 *   { windowSeconds: 10800, stepSeconds: 3600, interSiteRttSeconds: 0.004, callsPerRequest: 15, trombone: true })
 * // [0, 1000): 0 s; [1000, 9000): 15 × 4 ms + 4 ms = 64 ms; [9000, 10800): 0 s
 */
export function duringMigrationSpans(
  web: MovingVm,
  backends: readonly MovingVm[],
  groupMovedSeconds: number,
  options: SplitTrafficOptions,
): DuringSpan[] {
  const times = eventTimes(web, backends, groupMovedSeconds, options.windowSeconds);
  const stateAt = delaysAt(web, backends, groupMovedSeconds, options);
  const spans: DuringSpan[] = [];
  for (let i = 0; i + 1 < times.length; i++) {
    const start = times[i] ?? 0;
    const end = times[i + 1] ?? 0;
    if (!(end > start)) continue;
    // every property written out, in the spread's order: one object shape, no spread copy
    const state = stateAt(start, end);
    spans.push({
      startSeconds: start,
      endSeconds: end,
      atTarget: state.atTarget,
      splitExtraSeconds: state.splitExtraSeconds,
      stunWaitSeconds: state.stunWaitSeconds,
    });
  }
  return spans;
}

/**
 * The spans of {@link duringMigrationSpans} cut at every step boundary as well, each labelled
 * with its step: as many segments as the window has steps, at least.
 *
 * @returns segments covering [0, windowSeconds] in time order (empty for an empty window)
 * @example
 * duringMigrationSegments({ name: "w", group: "g", switchoverSeconds: 1000, downtimeSeconds: 0 },
 *   [{ name: "db", group: "g", switchoverSeconds: 2500, downtimeSeconds: 0 }], 2500,
 *   { windowSeconds: 3600, stepSeconds: 3600, interSiteRttSeconds: 0.004, callsPerRequest: 15, trombone: true })
 * // [0, 1000): 0 s; [1000, 2500): 15 × 4 ms + 4 ms = 64 ms; [2500, 3600): 0 s
 */
export function duringMigrationSegments(
  web: MovingVm,
  backends: readonly MovingVm[],
  groupMovedSeconds: number,
  options: SplitTrafficOptions,
): DuringSegment[] {
  const { windowSeconds, stepSeconds } = options;
  const events = eventTimes(web, backends, groupMovedSeconds, windowSeconds);
  const cuts = new Set(events);
  for (let t = stepSeconds; t < windowSeconds; t += stepSeconds) cuts.add(t);
  const times = [...cuts].sort((a, b) => a - b);
  const stateAt = delaysAt(web, backends, groupMovedSeconds, options);
  const lastStep = Math.ceil(windowSeconds / stepSeconds) - 1;
  const segments: DuringSegment[] = [];
  for (let i = 0; i + 1 < times.length; i++) {
    const start = times[i] ?? 0;
    const end = times[i + 1] ?? 0;
    if (!(end > start)) continue;
    const step = Math.min(Math.floor((start + end) / 2 / stepSeconds), lastStep);
    segments.push({ startSeconds: start, endSeconds: end, step, ...stateAt(start, end) });
  }
  return segments;
}

/** The times at which a web VM's delays may change, in [0, window], sorted; none for an empty window. */
function eventTimes(
  web: MovingVm,
  backends: readonly MovingVm[],
  groupMovedSeconds: number,
  windowSeconds: number,
): number[] {
  if (!(windowSeconds > 0)) return [];
  const cuts = new Set<number>([0, windowSeconds, groupMovedSeconds]);
  for (const vm of [web, ...backends]) {
    cuts.add(vm.switchoverSeconds);
    cuts.add(vm.switchoverSeconds - vm.downtimeSeconds);
  }
  return [...cuts]
    .filter((t) => Number.isFinite(t) && t >= 0 && t <= windowSeconds)
    .sort((a, b) => a - b);
}

/** The delays of a stretch [start, end) between two event times, read at its middle. */
function delaysAt(
  web: MovingVm,
  backends: readonly MovingVm[],
  groupMovedSeconds: number,
  options: SplitTrafficOptions,
): (start: number, end: number) => Omit<DuringSpan, "startSeconds" | "endSeconds"> {
  const { interSiteRttSeconds, callsPerRequest, trombone } = options;
  const callsPerBackend = backends.length > 0 ? callsPerRequest / backends.length : 0;
  const involved = [web, ...backends];
  return (start, end) => {
    const mid = (start + end) / 2;
    const atTarget = mid >= web.switchoverSeconds;
    // counted and summed in order in loops (as filter and reduce did, without their arrays)
    let splitCalls = 0;
    for (const b of backends) if (mid >= b.switchoverSeconds !== atTarget) splitCalls++;
    const tromboned = trombone && atTarget && mid < groupMovedSeconds ? 1 : 0;
    let stunWaitSeconds = 0;
    for (const vm of involved) {
      if (mid >= vm.switchoverSeconds - vm.downtimeSeconds && mid < vm.switchoverSeconds) {
        stunWaitSeconds += vm.downtimeSeconds / 2;
      }
    }
    return {
      atTarget,
      splitExtraSeconds: interSiteRttSeconds * (splitCalls * callsPerBackend + tromboned),
      stunWaitSeconds,
    };
  };
}
