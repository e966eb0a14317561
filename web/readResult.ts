import {
  RESULT_SCHEMA_VERSION,
  type SimulationResult,
} from "../scenarios/result/SimulationResult.ts";

/**
 * Parses a SimulationResult and checks its schema version before anything reads it.
 * @throws Error naming what is wrong (not JSON, not a result, another version)
 */
export function readResult(text: string): SimulationResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`the result is not valid JSON (${(error as Error).message})`);
  }
  if (typeof value !== "object" || value === null || !("schemaVersion" in value)) {
    throw new Error("the file is not a Cutover result (no schemaVersion)");
  }
  if (value.schemaVersion !== RESULT_SCHEMA_VERSION) {
    throw new Error(
      `the result has schema version ${String(value.schemaVersion)}; this report reads version ${RESULT_SCHEMA_VERSION}`,
    );
  }
  return value as SimulationResult;
}
