const ENTITY = /&(#[xX][0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g;
const OOXML_ESCAPE = /_x([0-9a-fA-F]{4})_/g;
const NAMED: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

/**
 * Decodes the text content of an XML element of a SpreadsheetML part: the five predefined
 * entities and numeric character references (`&amp;`, `&#233;`, `&#x1F600;`), then, when
 * `ooxmlEscapes` is true, the `_xHHHH_` escapes Office uses in cell text for characters XML
 * cannot carry (e.g. `_x000D_` for a carriage return; `_x005F_` escapes a literal underscore,
 * so `_x005F_x000D_` reads as the text "_x000D_"). ECMA-376 Part 1, §22.4.2.4 (ST_Xstring).
 * An unknown entity is left as written. Browser-safe.
 *
 * @param text - raw element text or attribute value.
 * @param ooxmlEscapes - also decode `_xHHHH_` escapes (cell text; not sheet names).
 * @returns the decoded text.
 * @example
 * decodeXmlText("R&amp;D &lt;prod&gt; caf&#xE9;") // "R&D <prod> café"
 * decodeXmlText("a_x000D_b", true) // "a\rb"
 */
export function decodeXmlText(text: string, ooxmlEscapes = false): string {
  let out = text.includes("&") ? text.replace(ENTITY, decodeEntity) : text;
  if (ooxmlEscapes && out.includes("_x")) {
    out = out.replace(OOXML_ESCAPE, (_, hex: string) =>
      String.fromCharCode(Number.parseInt(hex, 16)),
    );
  }
  return out;
}

function decodeEntity(whole: string, body: string): string {
  if (body[0] !== "#") return NAMED[body] ?? whole;
  const code =
    body[1] === "x" || body[1] === "X" ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
  return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
}
