import { InputError } from "../inventory/InputError.ts";
import { scenarioJsonSchema } from "../schema/scenarioJsonSchema.ts";
import { type ScenarioFile, scenarioSchema } from "../schema/scenarioSchema.ts";
import { jsonExcerpt } from "./jsonExcerpt.ts";
import { mergeScenario } from "./mergeScenario.ts";
import { parseJsonText } from "./parseJsonText.ts";
import { zodIssueToInputError } from "./zodIssueToInputError.ts";

/** Reads the text of a scenario named by `ref` (a built-in name or a path relative to `from`). */
export type ScenarioReader = (ref: string, from: string) => { text: string; file: string };

/**
 * Parses and validates scenario text: JSON syntax and nesting (see `parseJsonText`: errors give
 * line and column, nesting is bounded), `extends` chains (with cycle detection), then the schema
 * (errors name the field).
 *
 * @returns the validated file contents and the merged raw JSON (for locating later errors)
 * @throws InputError naming the file, and the line or field, of the first problem
 */
export function parseScenario(
  text: string,
  file: string,
  read: ScenarioReader,
): { parsed: ScenarioFile; raw: Record<string, unknown> } {
  const raw = mergedRaw(text, file, read);
  const result = scenarioSchema.safeParse(raw);
  if (!result.success)
    throw zodIssueToInputError(result.error.issues[0]!, raw, file, scenarioJsonSchema());
  return { parsed: result.data, raw };
}

/**
 * The scenario with its `extends` chain applied: the chain is followed in a loop (a long chain
 * of files costs no call stack), then each override is merged onto its base, deepest base first.
 */
function mergedRaw(text: string, file: string, read: ScenarioReader): Record<string, unknown> {
  const chain: string[] = [];
  const overrides: Record<string, unknown>[] = [];
  let current = { text, file };
  for (;;) {
    if (chain.includes(current.file)) {
      throw new InputError({
        fieldKind: "field",
        file: current.file,
        field: "extends",
        expected: "no cycle of extends",
        got: [...chain, current.file].join(" → "),
      });
    }
    chain.push(current.file);
    const raw = parseJson(current.text, current.file);
    if (raw.extends === undefined) {
      overrides.push(raw);
      break;
    }
    const { extends: ref, ...override } = raw;
    overrides.push(override);
    current = baseOf(ref, current.file, read);
  }
  let merged: unknown = overrides.pop()!;
  while (overrides.length > 0) merged = mergeScenario(merged, overrides.pop()!);
  return merged as Record<string, unknown>;
}

/** Reads the scenario that `file` extends. */
function baseOf(ref: unknown, file: string, read: ScenarioReader): { text: string; file: string } {
  if (typeof ref !== "string" || ref === "") {
    throw new InputError({
      fieldKind: "field",
      file,
      field: "extends",
      expected: "a built-in scenario name or a path",
      got: jsonExcerpt(ref, 60),
    });
  }
  try {
    return read(ref, file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError({
      fieldKind: "field",
      file,
      field: "extends",
      expected: "a readable scenario",
      value: ref,
    });
  }
}

/**
 * JSON.parse with errors that name the file, line and column, nesting bounded (see
 * `parseJsonText`), and an object required at the top level.
 * @throws InputError naming the file and the line, or saying what the top level holds
 */
export function parseJson(text: string, file: string): Record<string, unknown> {
  const value = parseJsonText(text, file, "a JSON scenario");
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new InputError({
      fieldKind: "field",
      file,
      expected: "a JSON object at the top level",
      got: Array.isArray(value) ? "a list" : typeof value,
    });
  }
  return value as Record<string, unknown>;
}
