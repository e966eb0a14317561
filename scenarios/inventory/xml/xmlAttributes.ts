import { decodeXmlText } from "../decodeXmlText.ts";

const ATTRIBUTE = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * The attributes of a start tag, as {@link XmlScanner} passes them, by qualified name
 * (prefix kept: `r:id`), values decoded (XML entities; not `_xHHHH_`). XML 1.0 §3.1.
 * Browser-safe.
 *
 * @param source - the text between the element name and `>`.
 * @returns name → decoded value; a repeated name keeps its last value.
 * @example xmlAttributes(' name="R&amp;D" r:id=\'rId2\'') // Map { "name" => "R&D", "r:id" => "rId2" }
 */
export function xmlAttributes(source: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of source.matchAll(ATTRIBUTE)) found.set(m[1]!, decodeXmlText(m[2] ?? m[3] ?? ""));
  return found;
}
