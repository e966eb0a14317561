import type { InputLimits } from "../InputLimits.ts";
import type { XmlHandler } from "../xml/XmlHandler.ts";
import { XmlScanner } from "../xml/XmlScanner.ts";
import { inflateEntry } from "../zip/inflateEntry.ts";
import type { ZipEntry } from "../zip/ZipEntry.ts";
import { maxRawCellChars } from "./maxRawCellChars.ts";

/**
 * Streams one XML part of a workbook into `handler`: inflated chunk by chunk
 * (`inflateEntry`, which holds the part to its limits), decoded as UTF-8 incrementally
 * (`TextDecoder` with `stream: true`; a leading byte-order mark dropped), and scanned as it
 * arrives (`XmlScanner`, markup up to {@link maxRawCellChars}). No string of the whole part is
 * built. OPC lets parts be UTF-16; Excel and RVTools write UTF-8, and only UTF-8 is read.
 * Browser-safe.
 *
 * @param bytes - the whole archive.
 * @param entry - the part, from `zipDirectory`.
 * @param file - the file as the user named it, for inflation messages.
 * @param location - the sheet or part name, for inflation messages.
 * @param limits - the input limits.
 * @param handler - receives the markup; raises, through `fail`, the part's located errors.
 * @throws {InputError} from `inflateEntry`, and through `handler.fail` for a part in UTF-16,
 *   bytes that are not UTF-8, or what `XmlScanner` refuses.
 * @example readXmlPart(zip, entry, "book.xlsx", "vInfo", DEFAULT_INPUT_LIMITS, worksheetReader)
 */
export function readXmlPart(
  bytes: Uint8Array,
  entry: ZipEntry,
  file: string,
  location: string,
  limits: InputLimits,
  handler: XmlHandler,
): void {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const scanner = new XmlScanner(handler, maxRawCellChars(limits));
  const decode = (chunk?: Uint8Array): string => {
    try {
      return chunk === undefined ? decoder.decode() : decoder.decode(chunk, { stream: true });
    } catch {
      return handler.fail("an XML part in UTF-8", "bytes that are not UTF-8 (a binary part?)");
    }
  };
  let first = true;
  inflateEntry(bytes, entry, file, location, limits, (chunk) => {
    if (first) {
      first = false;
      if ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff)) {
        handler.fail(
          "an XML part in UTF-8",
          "a part in UTF-16 (save the workbook again from Excel)",
        );
      }
    }
    scanner.write(decode(chunk));
  });
  scanner.write(decode());
  scanner.end();
}
