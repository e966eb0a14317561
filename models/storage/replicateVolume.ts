import type { Environment } from "../../sim/Environment.ts";
import type { FluidNetwork } from "../../sim/link/FluidNetwork.ts";
import type { Link } from "../../sim/link/Link.ts";
import type { ProcessGenerator } from "../../sim/Process.ts";
import { changedBlockBytes } from "./changedBlockBytes.ts";

/** Inputs of {@link replicateVolume} and {@link deltaSync}, in base units. */
export interface VolumeInput {
  /** Name for the flows (the VM's name). */
  name: string;
  /** Used disk space to copy, bytes. */
  diskBytes: number;
  /** Rate at which the VM changes disk blocks, bytes per second. */
  changeRateBytesPerSecond: number;
  /** Links the copy crosses (the inter-site link). */
  links: readonly Link[];
  /** Per-migration cap, bytes per second (Infinity: none). */
  capBytesPerSecond: number;
}

/** What a replication or delta sync sent. */
export interface VolumeTransfer {
  /** Bytes sent. */
  bytes: number;
  /** When the copy started, seconds. */
  startSeconds: number;
  /** When its last byte arrived, seconds. */
  endSeconds: number;
}

/**
 * Pre-seeds a VM's volumes at the target: one flow of kind "storage" carrying the used disk
 * space over the inter-site link, sharing it with vMotions by max-min fairness (FACTS.md,
 * storage transfer: the volumes are pre-seeded, then changed blocks are re-synced).
 * @example const seeded = yield* replicateVolume(env, network, { name: "web01", diskBytes: 80e9, … });
 */
export function* replicateVolume(
  env: Environment,
  network: FluidNetwork,
  input: VolumeInput,
): ProcessGenerator<VolumeTransfer> {
  const startSeconds = env.now;
  yield network.transfer({
    bytes: input.diskBytes,
    links: input.links,
    capBytesPerSecond: input.capBytesPerSecond,
    kind: "storage",
    name: `${input.name} seed`,
  });
  return { bytes: input.diskBytes, startSeconds, endSeconds: env.now };
}

/**
 * A changed-block delta sync: sends the blocks changed since `sinceSeconds` (see
 * {@link changedBlockBytes}) as one "storage" flow.
 * @example const delta = yield* deltaSync(env, network, volume, seeded.endSeconds);
 */
export function* deltaSync(
  env: Environment,
  network: FluidNetwork,
  input: VolumeInput,
  sinceSeconds: number,
): ProcessGenerator<VolumeTransfer> {
  const startSeconds = env.now;
  const bytes = changedBlockBytes(
    input.diskBytes,
    input.changeRateBytesPerSecond,
    startSeconds - sinceSeconds,
  );
  yield network.transfer({
    bytes,
    links: input.links,
    capBytesPerSecond: input.capBytesPerSecond,
    kind: "storage",
    name: `${input.name} delta`,
  });
  return { bytes, startSeconds, endSeconds: env.now };
}
