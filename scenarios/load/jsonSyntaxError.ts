/** Where a JSON text breaks the grammar or the nesting bound, and how; see {@link jsonSyntaxError}. */
export interface JsonSyntaxError {
  /** 0-based offset in the text (UTF-16 code units) of the first character in error. */
  offset: number;
  /** What was found there and what was expected, for a message ("where a value was expected"). */
  problem: string;
  /** True when the text ended where more was expected (nothing to quote at the offset). */
  atEnd: boolean;
}

const WHITESPACE = new Set([" ", "\t", "\n", "\r"]);
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const LITERAL = /true|false|null/y;

/** What the scanner expects next. */
type State = "value" | "firstValue" | "key" | "firstKey" | "colon" | "afterValue";

/**
 * The first place where `text` is not JSON (RFC 8259), or where its arrays and objects nest
 * deeper than `maxDepth`; null when it is valid JSON within the bound. The scanner keeps its own
 * stack of open brackets, so a text nested 10^6 deep costs no call stack: it is meant to run
 * before `JSON.parse`, which reports errors without a position in some cases ("Unexpected token
 * 'v', "vm\n" is not valid JSON") and in words of its own, and before anything that walks the
 * parsed value recursively.
 *
 * @param maxDepth the most arrays and objects open at once (the top-level value counts as 1)
 * @example
 * jsonSyntaxError('{"a": 1,}', 64) // { offset: 8, problem: "where a property name in double quotes was expected", atEnd: false }
 */
export function jsonSyntaxError(text: string, maxDepth: number): JsonSyntaxError | null {
  const open: string[] = []; // "]" or "}" per open bracket
  let state: State = "value";
  let i = 0;
  const fail = (problem: string): JsonSyntaxError => ({
    offset: i,
    problem,
    atEnd: i >= text.length,
  });
  for (;;) {
    while (i < text.length && WHITESPACE.has(text[i]!)) i++;
    const c = text[i];
    if (state === "afterValue" && open.length === 0) {
      return c === undefined ? null : fail("after the end of the JSON value");
    }
    if (c === undefined) return fail(where(state, open));
    if (state === "value" || state === "firstValue") {
      if (c === "]" && state === "firstValue") {
        open.pop();
        i++;
        state = "afterValue";
      } else if (c === "[" || c === "{") {
        if (open.length >= maxDepth) return fail(`nesting deeper than ${maxDepth} levels`);
        open.push(c === "[" ? "]" : "}");
        i++;
        state = c === "[" ? "firstValue" : "firstKey";
      } else if (c === '"') {
        const error = skipString();
        if (error !== null) return error;
        state = "afterValue";
      } else if (!skip(c === "-" || (c >= "0" && c <= "9") ? NUMBER : LITERAL)) {
        return fail(where(state, open));
      } else state = "afterValue";
    } else if (state === "key" || state === "firstKey") {
      if (c === "}" && state === "firstKey") {
        open.pop();
        i++;
        state = "afterValue";
      } else if (c === '"') {
        const error = skipString();
        if (error !== null) return error;
        state = "colon";
      } else return fail(where(state, open));
    } else if (state === "colon") {
      if (c !== ":") return fail(where(state, open));
      i++;
      state = "value";
    } else {
      const close = open[open.length - 1]!;
      if (c === ",") state = close === "]" ? "value" : "key";
      else if (c === close) open.pop();
      else return fail(where(state, open));
      i++;
    }
  }

  function skip(pattern: RegExp): boolean {
    pattern.lastIndex = i;
    if (!pattern.test(text)) return false;
    // a number or literal runs into letters or digits ("nullx", "01"): not one token
    const end = pattern.lastIndex;
    if (/[0-9A-Za-z_.+-]/.test(text[end] ?? "")) return false;
    i = end;
    return true;
  }

  function skipString(): JsonSyntaxError | null {
    i++;
    for (;;) {
      const code = text.charCodeAt(i);
      if (i >= text.length) return fail("inside a string (no closing quote)");
      if (code === 0x22) {
        i++;
        return null;
      }
      if (code < 0x20) return fail("inside a string (a control character must be escaped)");
      if (code === 0x5c) {
        const e = text[i + 1];
        if (e === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return fail("inside a string (an unknown escape)");
      } else i++;
    }
  }
}

/** What the scanner expected in `state`, for a message. */
function where(state: State, open: readonly string[]): string {
  const close = open[open.length - 1];
  switch (state) {
    case "value":
      return `where a value was expected${close === undefined ? "" : close === "]" ? " in a list" : " in an object"}`;
    case "firstValue":
      return 'where a value or "]" was expected';
    case "key":
      return "where a property name in double quotes was expected";
    case "firstKey":
      return 'where a property name in double quotes or "}" was expected';
    case "colon":
      return 'where ":" was expected';
    default:
      return `where "," or "${close}" was expected`;
  }
}
