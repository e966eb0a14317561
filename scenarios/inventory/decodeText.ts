import { InputError } from "./InputError.ts";

/**
 * Decodes a text file's bytes: UTF-8 (with or without a byte-order mark), or UTF-16 when a
 * UTF-16 byte-order mark says so (Excel's "Unicode text"). Anything else is refused rather
 * than guessed: a NUL byte means a binary file (an .xlsx renamed .csv, a picture…), and bytes
 * that are not UTF-8 mean a legacy encoding (e.g. Windows-1252) that would garble names.
 * Works in Node and in browsers (TextDecoder).
 *
 * @param bytes - the file's content.
 * @param fileName - the file, for messages.
 * @returns the text, without its byte-order mark.
 * @throws {InputError} for a binary file or bytes that are not UTF-8 (naming the line).
 * @example
 * decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x56, 0x4d]), "vInfo.csv") // "VM"
 */
export function decodeText(bytes: Uint8Array, fileName: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  if (bytes.indexOf(0) !== -1) {
    throw new InputError({
      file: fileName,
      expected: "a text (CSV) file",
      got: "a binary file (it contains NUL bytes)",
    });
  }
  try {
    // TextDecoder drops a UTF-8 byte-order mark by default.
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const lenient = new TextDecoder("utf-8").decode(bytes);
    const at = lenient.indexOf("\ufffd");
    const line = lenient.slice(0, at).split("\n").length;
    throw new InputError({
      file: fileName,
      row: line,
      expected: 'UTF-8 text (save the file as "CSV UTF-8")',
      got: "bytes that are not UTF-8",
    });
  }
}
