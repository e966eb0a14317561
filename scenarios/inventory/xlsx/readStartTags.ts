import { InputError } from "../InputError.ts";
import type { InputLimits } from "../InputLimits.ts";
import { xmlAttributes } from "../xml/xmlAttributes.ts";
import type { ZipEntry } from "../zip/ZipEntry.ts";
import { readXmlPart } from "./readXmlPart.ts";

/**
 * Most elements collected from one part: far above any real workbook (RVTools writes about 30
 * sheets; Excel's own limit on sheets is available memory), low enough that a part repeating
 * one tag cannot fill memory with them.
 */
const MAX_TAGS = 65_536;

/**
 * The attributes of every `<name>` start tag in a small XML part of a workbook (`<sheet>` in
 * `workbook.xml`, `<Relationship>` in a `.rels` part), in document order, namespace prefixes of
 * element names ignored; the part streamed through `readXmlPart`. Browser-safe.
 *
 * @param bytes - the whole archive.
 * @param entry - the part.
 * @param file - the file as the user named it, for messages.
 * @param limits - the input limits.
 * @param name - the element's local name.
 * @returns one map of decoded attribute values per element.
 * @throws {InputError} naming the file and part: more than 65,536 such elements, or what
 *   `readXmlPart` refuses.
 * @example readStartTags(zip, workbookEntry, "book.xlsx", DEFAULT_INPUT_LIMITS, "sheet")[0]?.get("name") // "vInfo"
 */
export function readStartTags(
  bytes: Uint8Array,
  entry: ZipEntry,
  file: string,
  limits: InputLimits,
  name: string,
): Map<string, string>[] {
  const found: Map<string, string>[] = [];
  const fail = (expected: string, got: string): never => {
    throw new InputError({ file, sheet: entry.name, expected, got });
  };
  readXmlPart(bytes, entry, file, entry.name, limits, {
    open(tag, attributes) {
      if (tag !== name) return;
      if (found.length === MAX_TAGS) fail(`at most ${MAX_TAGS} <${name}> elements`, "more");
      found.push(xmlAttributes(attributes));
    },
    close() {},
    text() {},
    fail,
  });
  return found;
}
