import type { ReplicationMetrics } from "./replicationMetrics.ts";
import { METRICS } from "./summarizeReplications.ts";

/** The figures of a replication that are numbers (or null), in the order the summary lists them. */
const FIGURES = METRICS;

/**
 * Replications' metrics as a worker thread sends them: a few typed arrays (transferred, not
 * cloned) instead of an object per replication. Exact: a figure is kept as the float64 it is
 * (−0, NaN and ±Infinity included), null apart from any number.
 */
export interface PackedMetrics {
  /** Replication numbers, one per replication. */
  replications: Float64Array;
  /** Figure f of replication i at `i × FIGURES.length + f`. */
  figures: Float64Array;
  /** Per replication, bit f set when figure f is null. */
  nulls: Uint8Array;
  /** The distinct lists of target ids (in their order in `pass`); usually one. */
  targetLists: string[][];
  /** Per replication, its index in `targetLists`. */
  targetList: Uint32Array;
  /** The targets' outcomes, replication after replication: 1 pass, 0 miss, −1 not assessed. */
  pass: Int8Array;
}

/** Packs replications' metrics (see {@link PackedMetrics}); `unpackMetrics` gives them back equal. */
export function packMetrics(metrics: readonly ReplicationMetrics[]): PackedMetrics {
  const n = metrics.length;
  const replications = new Float64Array(n);
  const figures = new Float64Array(n * FIGURES.length);
  const nulls = new Uint8Array(n);
  const targetLists: string[][] = [];
  const listKeys = new Map<string, number>();
  const targetList = new Uint32Array(n);
  const outcomes: number[] = [];
  metrics.forEach((m, i) => {
    replications[i] = m.replication;
    FIGURES.forEach((name, f) => {
      const value = m[name];
      if (value === null) nulls[i]! |= 1 << f;
      else figures[i * FIGURES.length + f] = value;
    });
    const ids = Object.keys(m.pass);
    // target ids are dotted names without a newline: joined by one, they name the list
    const key = ids.join("\n");
    let list = listKeys.get(key);
    if (list === undefined) {
      list = targetLists.length;
      targetLists.push(ids);
      listKeys.set(key, list);
    }
    targetList[i] = list;
    for (const id of ids) {
      const pass = m.pass[id];
      outcomes.push(pass === null || pass === undefined ? -1 : pass ? 1 : 0);
    }
  });
  return { replications, figures, nulls, targetLists, targetList, pass: Int8Array.from(outcomes) };
}

/** The buffers of packed metrics, to transfer rather than copy. */
export function packedBuffers(packed: PackedMetrics): ArrayBuffer[] {
  return [
    packed.replications.buffer,
    packed.figures.buffer,
    packed.nulls.buffer,
    packed.targetList.buffer,
    packed.pass.buffer,
  ] as ArrayBuffer[];
}

/** The replications' metrics of {@link packMetrics}, key for key and number for number. */
export function unpackMetrics(packed: PackedMetrics): ReplicationMetrics[] {
  const { replications, figures, nulls, targetLists, targetList, pass } = packed;
  const figure = (i: number, f: number): number | null =>
    (nulls[i]! & (1 << f)) === 0 ? figures[i * FIGURES.length + f]! : null;
  let at = 0;
  return Array.from(replications, (replication, i) => {
    // as replicationMetrics builds it (own properties, whatever the id)
    const outcomes: Record<string, boolean | null> = Object.fromEntries(
      targetLists[targetList[i]!]!.map((id) => {
        const o = pass[at++];
        return [id, o === -1 ? null : o === 1];
      }),
    );
    return {
      replication,
      makespanSeconds: figure(i, 0),
      maxDowntimeSeconds: figure(i, 1),
      savingsFraction: figure(i, 2),
      latencyP95AfterMs: figure(i, 3),
      latencyP95DuringMs: figure(i, 4),
      // never null (the horizon's months when censored)
      hostNeededMonths: figure(i, 5) as number,
      pass: outcomes,
    };
  });
}
