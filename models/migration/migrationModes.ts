import { bulkMode } from "./bulkMode.ts";
import { coldMode } from "./coldMode.ts";
import type { MigrationMode } from "./MigrationMode.ts";
import { ravMode } from "./ravMode.ts";
import { vmotionMode } from "./vmotionMode.ts";

/** The migration modes by name. */
export const MIGRATION_MODES: Readonly<Record<string, MigrationMode>> = {
  vmotion: vmotionMode,
  rav: ravMode,
  bulk: bulkMode,
  cold: coldMode,
};

/**
 * The migration mode of a name.
 * @throws RangeError naming the known modes when the name is unknown
 * @example migrationMode("rav").replicatesAhead // true
 */
export function migrationMode(name: string): MigrationMode {
  const mode = MIGRATION_MODES[name];
  if (mode === undefined) {
    throw new RangeError(
      `unknown migration mode "${name}": expected one of ${Object.keys(MIGRATION_MODES).join(", ")}`,
    );
  }
  return mode;
}
