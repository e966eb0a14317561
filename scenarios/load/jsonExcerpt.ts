/**
 * The start of a value's JSON text, at most `maxChars` code units long (then "…" ends it), for
 * quoting a value from a user's file in a message. Unlike `JSON.stringify(value).slice(…)` it
 * stops writing once it has enough and it keeps its own stack, so a value with millions of
 * items or nested 10^5 levels deep costs no more than a short one and cannot overflow the call
 * stack. Non-finite numbers are written as JSON writes them (null); `undefined` as undefined.
 *
 * @example
 * jsonExcerpt({ a: [1, "x"] }, 60) // '{"a":[1,"x"]}'
 * jsonExcerpt(Array(1e6).fill(0), 8) // '[0,0,0,0…'
 */
export function jsonExcerpt(value: unknown, maxChars: number): string {
  let out = "";
  // Items still to write, last first: a value, or a literal piece of text (a comma, a bracket).
  const stack: ({ text: string } | { value: unknown })[] = [{ value }];
  while (stack.length > 0 && out.length <= maxChars) {
    const next = stack.pop()!;
    if ("text" in next) {
      out += next.text;
      continue;
    }
    const v = next.value;
    if (Array.isArray(v)) {
      out += "[";
      stack.push({ text: "]" });
      // pushed last first, and only as many as could still be shown
      const shown = Math.min(v.length, maxChars - out.length + 1);
      if (shown < v.length) stack.push({ text: "…" });
      for (let i = shown - 1; i >= 0; i--) {
        stack.push({ value: v[i] });
        if (i > 0) stack.push({ text: "," });
      }
    } else if (typeof v === "object" && v !== null) {
      out += "{";
      stack.push({ text: "}" });
      const keys = Object.keys(v);
      const shown = Math.min(keys.length, maxChars - out.length + 1);
      if (shown < keys.length) stack.push({ text: "…" });
      for (let i = shown - 1; i >= 0; i--) {
        stack.push({ value: (v as Record<string, unknown>)[keys[i]!] });
        stack.push({ text: `${JSON.stringify(keys[i]!.slice(0, maxChars + 1))}:` });
        if (i > 0) stack.push({ text: "," });
      }
    } else if (typeof v === "string") {
      out += JSON.stringify(v.slice(0, maxChars + 1));
    } else {
      out += String(JSON.stringify(v));
    }
  }
  return out.length > maxChars || stack.length > 0 ? `${out.slice(0, maxChars)}…` : out;
}
