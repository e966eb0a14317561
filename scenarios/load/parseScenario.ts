import { InputError } from "../inventory/InputError.ts";
import { scenarioJsonSchema } from "../schema/scenarioJsonSchema.ts";
import { type ScenarioFile, scenarioSchema } from "../schema/scenarioSchema.ts";
import { jsonErrorLocation } from "./jsonErrorLocation.ts";
import { mergeScenario } from "./mergeScenario.ts";
import { zodIssueToInputError } from "./zodIssueToInputError.ts";

/** Reads the text of a scenario named by `ref` (a built-in name or a path relative to `from`). */
export type ScenarioReader = (ref: string, from: string) => { text: string; file: string };

/**
 * Parses and validates scenario text: JSON syntax (errors give line and column), `extends`
 * chains (with cycle detection), then the schema (errors name the field).
 *
 * @returns the validated file contents and the merged raw JSON (for locating later errors)
 * @throws InputError naming the file, and the line or field, of the first problem
 */
export function parseScenario(
  text: string,
  file: string,
  read: ScenarioReader,
): { parsed: ScenarioFile; raw: Record<string, unknown> } {
  const raw = mergedRaw(text, file, read, []);
  const result = scenarioSchema.safeParse(raw);
  if (!result.success)
    throw zodIssueToInputError(result.error.issues[0]!, raw, file, scenarioJsonSchema());
  return { parsed: result.data, raw };
}

function mergedRaw(
  text: string,
  file: string,
  read: ScenarioReader,
  chain: string[],
): Record<string, unknown> {
  if (chain.includes(file)) {
    throw new InputError({
      fieldKind: "field",
      file,
      field: "extends",
      expected: "no cycle of extends",
      got: [...chain, file].join(" → "),
    });
  }
  const raw = parseJson(text, file);
  if (raw.extends === undefined) return raw;
  if (typeof raw.extends !== "string" || raw.extends === "") {
    throw new InputError({
      fieldKind: "field",
      file,
      field: "extends",
      expected: "a built-in scenario name or a path",
      got: JSON.stringify(raw.extends),
    });
  }
  let base: { text: string; file: string };
  try {
    base = read(raw.extends, file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError({
      fieldKind: "field",
      file,
      field: "extends",
      expected: "a readable scenario",
      value: raw.extends,
    });
  }
  const { extends: _, ...override } = raw;
  return mergeScenario(mergedRaw(base.text, base.file, read, [...chain, file]), override) as Record<
    string,
    unknown
  >;
}

/** JSON.parse with errors that name the file, line and column. */
export function parseJson(text: string, file: string): Record<string, unknown> {
  if (text.trim() === "")
    throw new InputError({
      fieldKind: "field",
      file,
      expected: "a JSON scenario",
      got: "an empty file",
    });
  if (text.includes("\u0000"))
    throw new InputError({
      fieldKind: "field",
      file,
      expected: "a JSON text file",
      got: "binary data",
    });
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const message = (error as Error).message;
    const at = jsonErrorLocation(text, message);
    throw new InputError({
      fieldKind: "field",
      file,
      ...(at === null ? {} : { row: at.line }),
      expected: `valid JSON${at === null ? "" : ` (line ${at.line}, column ${at.column})`}`,
      got: message.replace(/^.*?: /, "").slice(0, 120),
    });
  }
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
