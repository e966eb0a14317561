/*
 * The synthetic units of work of the worker ceiling (ceilingProcess.ts): no Cutover code, so
 * that what 2 workers gain on them is the machine's doing alone.
 */

/**
 * The kernels. On the bench machine a compute unit takes about 3 ms of one core, as a reference
 * replication does; an allocating unit allocates about 2.8 MB, as a replication does, in about
 * 1.9 ms (so it allocates faster than a replication: a harsh ceiling, not a kind one).
 */
export const CEILING_KERNELS = ["compute", "allocating"] as const;
export type CeilingKernel = (typeof CEILING_KERNELS)[number];

/**
 * Integer mixing on a few locals, no allocation: the ceiling for code that only uses its core.
 * @returns a 32-bit checksum of the unit
 */
export function computeUnit(unit: number): number {
  let x = (unit + 1) | 0;
  let h = 0x811c9dc5;
  for (let i = 0; i < 1_700_000; i++) {
    x = (x ^ (x << 13)) | 0;
    x = (x ^ (x >>> 17)) | 0;
    x = (x ^ (x << 5)) | 0;
    h = Math.imul(h ^ x, 0x01000193);
  }
  return h >>> 0;
}

interface Cell {
  index: number;
  weight: number;
  pair: number[];
  next: Cell | null;
}

/**
 * Short-lived object graphs, the way a replication allocates: about 2.8 MB per unit in small
 * objects, arrays and a Map, all alive until the unit ends (so a scavenge during a unit copies
 * them), then dropped. The ceiling for code that allocates like Cutover's replications.
 * @returns a 32-bit checksum of the unit
 */
export function allocatingUnit(unit: number): number {
  let x = (unit + 1) | 0;
  const cells: Cell[] = [];
  const byKey = new Map<number, Cell>();
  let previous: Cell | null = null;
  for (let i = 0; i < 7_300; i++) {
    x = (x ^ (x << 13)) | 0;
    x = (x ^ (x >>> 17)) | 0;
    x = (x ^ (x << 5)) | 0;
    const cell: Cell = { index: i, weight: (x >>> 8) / 16_777_216, pair: [i, x], next: previous };
    cells.push(cell);
    if ((i & 7) === 0) byKey.set(x, cell);
    previous = cell;
  }
  const weights = cells.map((cell) => cell.weight);
  weights.sort((a, b) => a - b);
  let h = 0x811c9dc5;
  for (let i = 0; i < weights.length; i += 97)
    h = Math.imul(h ^ ((weights[i]! * 1e9) | 0), 0x01000193);
  for (const cell of byKey.values()) h = Math.imul(h ^ cell.pair[1]!, 0x01000193);
  return h >>> 0;
}

export const KERNELS: Record<CeilingKernel, (unit: number) => number> = {
  compute: computeUnit,
  allocating: allocatingUnit,
};
