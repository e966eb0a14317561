import fc from "fast-check";

/** A JSON value as the mutations see it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Raw JSON text standing in for a value: numbers JSON.stringify cannot write (1e999, -0). */
const RAW = "@@RAW:";

/** Values that replace another: wrong types, out-of-range numbers, wrong units, deep nesting. */
export const strangeValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(
    null,
    true,
    false,
    0,
    -1,
    -0.5,
    1,
    0.5,
    1.5,
    2,
    1e308,
    -1e308,
    5e-324,
    `${RAW}9007199254740993`,
    1e21,
    `${RAW}1e999`,
    `${RAW}-1e999`,
    `${RAW}-0`,
    `${RAW}1E400`,
    "",
    " ",
    "NaN",
    "Infinity",
    "-1",
    "1e308",
    "8 GiB",
    "-8 GiB",
    "0 GiB",
    "1e308 GiB",
    "NaN GiB",
    "Infinity ms",
    "8 GB/s",
    "8 gib",
    "8GiB",
    " 8 GiB ",
    "8 GiB GiB",
    "8,5 GiB",
    "１０ GiB",
    "0x10 GiB",
    "72 h",
    "-72 h",
    "1e308 h",
    "150 ms",
    "10 Gbit/s",
    "-10 Gbit/s",
    "0 Gbit/s",
    "1 bit/s",
    "27 %",
    "150 %",
    "-5 %",
    "2.2 GHz",
    "0 GHz",
    "EUR",
    "XXX",
    "reference",
    "inventory",
    "vmotion",
    "__proto__",
    "\u0000",
    "\ud800",
    "é🚀",
    [],
    {},
    [null],
    [1, "a", null],
    { value: -1, source: "fuzz" },
    { value: 1e308, assumption: "fuzz", low: 2, high: 1 },
    { value: "NaN", source: "fuzz" },
    { value: 1, source: "fuzz", assumption: "both" },
    { value: 1, source: "fuzz", distribution: "pert", low: 5, high: 0 },
    { value: 1, source: "fuzz", distribution: "weird", low: 0, high: 2 },
  ),
  fc.double(),
  fc.integer(),
  fc.string({ maxLength: 12 }),
  fc.string({ maxLength: 4 }).chain((unit) => fc.double().map((n) => `${n} ${unit}`)),
  fc
    .integer({ min: 1, max: 20_000 })
    .map((depth) => `${RAW}${"[".repeat(depth)}${"]".repeat(depth)}`),
  fc
    .integer({ min: 1, max: 5_000 })
    .map((depth) => `${RAW}${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`),
);

/** One change to a JSON document, at the node a walk of `path` reaches (see {@link applyMutations}). */
export type Mutation =
  | { kind: "delete"; path: number[] }
  | { kind: "replace"; path: number[]; value: Json }
  | { kind: "duplicate"; path: number[]; times: number }
  | { kind: "renameKey"; path: number[]; name: string }
  | { kind: "addKey"; path: number[]; name: string; value: Json };

const path = fc.array(fc.nat(), { maxLength: 6 });

const keyName = fc.oneof(
  fc.constantFrom(
    "__proto__",
    "constructor",
    "prototype",
    "toString",
    "hasOwnProperty",
    "extends",
    "$schema",
    "name",
    "value",
    "source",
    "bandwith",
    "",
    " name",
    "Name",
  ),
  fc.string({ maxLength: 8 }),
);

/** Mutations of a JSON document, a few at a time. */
export const mutations: fc.Arbitrary<Mutation[]> = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant("delete" as const), path }),
    {
      weight: 3,
      arbitrary: fc.record({ kind: fc.constant("replace" as const), path, value: strangeValue }),
    },
    fc.record({
      kind: fc.constant("duplicate" as const),
      path,
      times: fc.integer({ min: 1, max: 300 }),
    }),
    fc.record({ kind: fc.constant("renameKey" as const), path, name: keyName }),
    fc.record({ kind: fc.constant("addKey" as const), path, name: keyName, value: strangeValue }),
  ),
  { minLength: 1, maxLength: 4 },
);

type Container = Json[] | { [key: string]: Json };

function isContainer(v: Json | undefined): v is Container {
  return typeof v === "object" && v !== null;
}

function childKeys(v: Container): (string | number)[] {
  return Array.isArray(v) ? v.map((_, i) => i) : Object.keys(v);
}

/** Sets an own property, even one named `__proto__` (as JSON.parse does). */
function setOwn(o: { [key: string]: Json }, key: string, value: Json): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * The document with the mutations applied in order, each at the node reached by walking its
 * path from the root (each step picks a child by index modulo the number of children, stopping
 * at a leaf), so that top-level fields are hit as often as deep ones. The document is copied.
 */
export function applyMutations(doc: Json, list: readonly Mutation[]): Json {
  const root: Json = structuredClone(doc);
  for (const m of list) {
    let parent: Container | null = null;
    let key: string | number | null = null;
    let node: Json = root;
    for (const step of m.path) {
      if (!isContainer(node)) break;
      const keys = childKeys(node);
      if (keys.length === 0) break;
      parent = node;
      key = keys[step % keys.length]!;
      node = (node as Record<string | number, Json>)[key]!;
    }
    if (m.kind === "addKey") {
      const target = isContainer(node) ? node : parent;
      if (target !== null && !Array.isArray(target)) setOwn(target, m.name, m.value);
      else if (Array.isArray(target)) target.push(m.value);
      continue;
    }
    if (parent === null || key === null) continue;
    if (Array.isArray(parent)) {
      const i = key as number;
      if (m.kind === "delete") parent.splice(i, 1);
      else if (m.kind === "replace") parent[i] = m.value;
      else if (m.kind === "duplicate")
        parent.splice(i, 0, ...Array.from({ length: m.times }, () => structuredClone(node)));
      else parent[i] = node;
    } else {
      const k = key as string;
      if (m.kind === "delete") delete parent[k];
      else if (m.kind === "replace") setOwn(parent, k, m.value);
      else if (m.kind === "duplicate") setOwn(parent, `${k}2`, structuredClone(node));
      else {
        delete parent[k];
        setOwn(parent, m.name, node);
      }
    }
  }
  return root;
}

/** JSON text of a mutated document, with the raw stand-ins written as they are. */
export function jsonText(doc: Json): string {
  return JSON.stringify(doc, null, 1).replace(/"@@RAW:((?:[^"\\]|\\.)*)"/g, (_, raw: string) =>
    JSON.parse(`"${raw}"`),
  );
}

/** Changes to the text itself: truncation, a BOM, comments, trailing commas, UTF-16, duplicate keys. */
export type TextMutation =
  | { kind: "none" }
  | { kind: "truncate"; at: number }
  | { kind: "bom" }
  | { kind: "utf16" }
  | { kind: "comment" }
  | { kind: "trailingComma" }
  | { kind: "duplicateKey" }
  | { kind: "flipByte"; at: number; byte: number };

export const textMutation: fc.Arbitrary<TextMutation> = fc.oneof(
  { weight: 6, arbitrary: fc.constant({ kind: "none" as const }) },
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  fc.constantFrom<TextMutation>(
    { kind: "bom" },
    { kind: "utf16" },
    { kind: "comment" },
    { kind: "trailingComma" },
    { kind: "duplicateKey" },
  ),
  fc.record({
    kind: fc.constant("flipByte" as const),
    at: fc.nat(),
    byte: fc.integer({ min: 0, max: 255 }),
  }),
);

/** The bytes of the text after a text mutation. */
export function mutateText(text: string, m: TextMutation): Uint8Array {
  const utf8 = (s: string) => new TextEncoder().encode(s);
  switch (m.kind) {
    case "none":
      return utf8(text);
    case "truncate":
      return utf8(text).slice(0, m.at % (utf8(text).length + 1));
    case "bom":
      return utf8(`\ufeff${text}`);
    case "utf16":
      return new Uint8Array(Buffer.from(`\ufeff${text}`, "utf16le"));
    case "comment":
      return utf8(`// a comment\n${text}`);
    case "trailingComma":
      return utf8(text.replace(/\n}\s*$/, ",\n}\n"));
    case "duplicateKey":
      return utf8(text.replace(/^\{/, '{"name": "first", "schemaVersion": 2,'));
    case "flipByte": {
      const bytes = utf8(text);
      if (bytes.length > 0) bytes[m.at % bytes.length] = m.byte;
      return bytes;
    }
  }
}
