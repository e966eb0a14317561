import type { z } from "zod";
import { InputError } from "../inventory/InputError.ts";
import { jsonExcerpt } from "./jsonExcerpt.ts";

/**
 * Turns the first zod issue into an {@link InputError} naming the file, the field (as a dotted
 * path, with the VM or host name where the path goes through a list of them) and what was
 * expected. Unknown keys get a "did you mean" suggestion from the keys that are allowed.
 */
export function zodIssueToInputError(
  issue: z.core.$ZodIssue,
  raw: unknown,
  file: string,
  jsonSchema: object,
): InputError {
  if (issue.code === "invalid_union") {
    const inner = deepestBranchIssue(issue);
    if (inner !== undefined) return zodIssueToInputError(inner, raw, file, jsonSchema);
  }
  const field = fieldPath(issue.path, raw);
  const at = valueAt(issue.path, raw);
  if (issue.code !== "custom" && at !== undefined && issue.message.startsWith("expected ")) {
    // A check that states its own range (PHYSICAL_RANGES via numberIn): a whole number out of
    // range, too small or too big all get the one message that names the range and its source.
    return new InputError({
      fieldKind: "field",
      file,
      field,
      expected: issue.message.slice("expected ".length),
      ...got(at),
    });
  }
  switch (issue.code) {
    case "invalid_type":
      return new InputError({
        fieldKind: "field",
        file,
        field,
        expected:
          at === undefined
            ? `a value (${issue.expected}); the field is required`
            : `${article(issue.expected)}`,
        ...got(at),
      });
    case "too_small":
    case "too_big": {
      const bound = issue.code === "too_small" ? issue.minimum : issue.maximum;
      const cmp =
        issue.code === "too_small" ? (issue.inclusive ? "≥" : ">") : issue.inclusive ? "≤" : "<";
      const noun =
        issue.origin === "array"
          ? "a list with length"
          : issue.origin === "string"
            ? "a text of length"
            : "a number";
      return new InputError({
        fieldKind: "field",
        file,
        field,
        expected: `${noun} ${cmp} ${String(bound)}`,
        ...got(at),
      });
    }
    case "unrecognized_keys": {
      const key = issue.keys[0]!;
      const suggestion = closestKey(key, jsonSchema as JsonSchemaNode, issue.path);
      return new InputError({
        fieldKind: "field",
        file,
        field: field === "" ? key : `${field}.${key}`,
        expected: `a known field${suggestion === null ? "" : ` (did you mean "${suggestion}"?)`}`,
        got: "an unknown field",
      });
    }
    case "invalid_value":
      return new InputError({
        fieldKind: "field",
        file,
        field,
        expected: `one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`,
        ...got(at),
      });
    case "invalid_union":
      return new InputError({
        fieldKind: "field",
        file,
        field,
        expected: "a value of the documented form (see scenario.schema.json)",
        ...got(at),
      });
    default: {
      const message = issue.message.replace(/^expected /, "");
      const [expected, gotText] = splitGot(message);
      return new InputError({
        fieldKind: "field",
        file,
        field,
        expected,
        ...(gotText === undefined ? {} : { got: gotText }),
      });
    }
  }
}

/**
 * In a union (an inventory is a path or an inline object), the branch that got furthest into
 * the value is the one the user meant: its first issue is the helpful one.
 */
function deepestBranchIssue(issue: z.core.$ZodIssueInvalidUnion): z.core.$ZodIssue | undefined {
  let best: z.core.$ZodIssue | undefined;
  for (const branch of issue.errors) {
    const first = branch[0];
    if (first !== undefined && (best === undefined || first.path.length > best.path.length))
      best = first;
  }
  if (best === undefined || best.path.length === 0) return undefined;
  return { ...best, path: [...issue.path, ...best.path] } as z.core.$ZodIssue;
}

function splitGot(message: string): [string, string | undefined] {
  const i = message.lastIndexOf(", got ");
  return i < 0 ? [message, undefined] : [message.slice(0, i), message.slice(i + 6)];
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function got(value: unknown): { got?: string } {
  if (value === undefined) return {};
  return { got: jsonExcerpt(value, 60) };
}

function valueAt(path: readonly PropertyKey[], raw: unknown): unknown {
  let node = raw;
  for (const key of path) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** `inventory.vms[3] (web-01).memory`: dotted, with list indices and the item's name. */
export function fieldPath(path: readonly PropertyKey[], raw: unknown): string {
  let text = "";
  let node = raw;
  for (const key of path) {
    const next =
      typeof node === "object" && node !== null
        ? (node as Record<PropertyKey, unknown>)[key]
        : undefined;
    if (typeof key === "number") {
      const name =
        typeof next === "object" && next !== null ? (next as { name?: unknown }).name : undefined;
      text += `[${key}]${typeof name === "string" ? ` (${name})` : ""}`;
    } else {
      text += text === "" ? String(key) : `.${String(key)}`;
    }
    node = next;
  }
  return text;
}

type JsonSchemaNode = {
  $ref?: string;
  $defs?: Record<string, JsonSchemaNode>;
  properties?: Record<string, JsonSchemaNode>;
  additionalProperties?: JsonSchemaNode | boolean;
  items?: JsonSchemaNode;
  anyOf?: JsonSchemaNode[];
  oneOf?: JsonSchemaNode[];
  allOf?: JsonSchemaNode[];
};

/** The JSON Schema nodes that describe the value at `path` (unions give several). */
function schemaNodesAt(schema: JsonSchemaNode, path: readonly PropertyKey[]): JsonSchemaNode[] {
  const branches = (node: JsonSchemaNode): JsonSchemaNode[] => {
    const target = node.$ref?.startsWith("#/$defs/")
      ? schema.$defs?.[node.$ref.slice(8)]
      : undefined;
    const alternatives = [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])];
    return [
      node,
      ...(target === undefined ? [] : branches(target)),
      ...alternatives.flatMap(branches),
    ];
  };
  let nodes = [schema];
  for (const key of path) {
    nodes = nodes.flatMap(branches).flatMap((node): JsonSchemaNode[] => {
      if (typeof key === "number") return node.items === undefined ? [] : [node.items];
      const property = node.properties?.[String(key)];
      if (property !== undefined) return [property];
      return typeof node.additionalProperties === "object" ? [node.additionalProperties] : [];
    });
  }
  return nodes.flatMap(branches);
}

/** The allowed key most similar to `key` (edit distance ≤ 3), or null. */
function closestKey(
  key: string,
  schema: JsonSchemaNode,
  path: readonly PropertyKey[],
): string | null {
  const allowed = schemaNodesAt(schema, path).flatMap((node) => Object.keys(node.properties ?? {}));
  let best: string | null = null;
  let bestDistance = 4;
  for (const candidate of allowed) {
    const d = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}
