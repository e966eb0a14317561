import { InputError } from "../InputError.ts";
import type { ZipEntry } from "./ZipEntry.ts";

/**
 * Record layouts of PKWARE's APPNOTE.TXT 6.3.10 (the .ZIP File Format Specification): signature
 * and fixed size in bytes, and the offsets of the fields read here.
 */
const EOCD = { signature: 0x06054b50, bytes: 22 } as const; // §4.3.16
const ZIP64_LOCATOR = { signature: 0x07064b50, bytes: 20 } as const; // §4.3.15
const CENTRAL = { signature: 0x02014b50, bytes: 46 } as const; // §4.3.12
const LOCAL = { signature: 0x04034b50, bytes: 30 } as const; // §4.3.7
/** Largest end-of-central-directory comment (§4.3.16: a 2-byte length). */
const MAX_COMMENT_BYTES = 0xffff;
/** General purpose bit flags (§4.4.4). */
const FLAG = { encrypted: 1 << 0, dataDescriptor: 1 << 3, strongEncryption: 1 << 6 } as const;
/** A 2- or 4-byte field holding all ones means "see the ZIP64 record" (§4.4.1.4, §4.5.3). */
const ZIP64_16 = 0xffff;
const ZIP64_32 = 0xffffffff;
/** Compression methods (§4.4.5): the two an .xlsx writer uses, and AE-x encryption (APPNOTE §4.4.5, WinZip AES). */
const METHOD = { stored: 0, deflated: 8, aes: 99 } as const;
const EXPECTED = "an .xlsx workbook (zip)";
const NAMES = new TextDecoder("utf-8");

/**
 * Reads and checks the central directory of a zip archive before anything is inflated (PKWARE
 * APPNOTE.TXT 6.3.10: end of central directory record §4.3.16, central file headers §4.3.12,
 * local file headers §4.3.7, general purpose flags §4.4.4, methods §4.4.5, ZIP64 §4.3.14–4.3.15
 * and §4.5.3). Refuses, as a damaged zip: a missing end record (a truncated file), a directory
 * or entry running past the file, more entries than the directory has bytes for, a local header
 * that disagrees with its directory entry (name, method, flags, sizes), entries whose bytes
 * overlap, a stored entry whose two sizes differ, and part names that repeat (compared
 * case-insensitively, as OPC compares part names: ECMA-376 Part 2 §6.2.2.3). Refuses as
 * unsupported: split archives, ZIP64, encrypted entries, methods other than stored and
 * deflated. The declared sizes of a part are checked against the limits only when the part is
 * read (`inflateEntry`, before inflating it), so that a part Cutover never reads cannot refuse
 * a workbook. Browser-safe.
 *
 * @param bytes - the whole archive.
 * @param file - the file as the user named it, for messages.
 * @returns the entries in directory order (directories, names ending in "/", left out).
 * @throws {InputError} naming the file, and the part when one is at fault.
 * @example
 * zipDirectory(zipSync({ "a.xml": strToU8("<a/>") }), "a.zip").map((e) => e.name) // ["a.xml"]
 */
export function zipDirectory(bytes: Uint8Array, file: string): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const damaged = (reason: string): never => {
    throw new InputError({
      file,
      expected: EXPECTED,
      got: `a truncated or damaged zip (${reason})`,
    });
  };
  const unsupported = (what: string, part?: string): never => {
    throw new InputError({
      file,
      ...(part === undefined ? {} : { sheet: part }),
      expected: `${EXPECTED} with stored or deflated, unencrypted parts`,
      got: what,
    });
  };
  const end = endRecord(view) ?? damaged("no end of central directory record");
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const [disk, cdDisk, diskEntries, entryCount] = [0, 2, 4, 6].map((o) => u16(end + 4 + o)) as [
    number,
    number,
    number,
    number,
  ];
  const cdBytes = u32(end + 12);
  const cdOffset = u32(end + 16);
  if (
    entryCount === ZIP64_16 ||
    cdBytes === ZIP64_32 ||
    cdOffset === ZIP64_32 ||
    (end >= ZIP64_LOCATOR.bytes && u32(end - ZIP64_LOCATOR.bytes) === ZIP64_LOCATOR.signature)
  ) {
    unsupported("a ZIP64 archive");
  }
  if (disk !== 0 || cdDisk !== 0 || diskEntries !== entryCount) unsupported("a split archive");
  if (cdOffset + cdBytes > end) damaged("the central directory runs past its end record");
  if (entryCount * CENTRAL.bytes > cdBytes) {
    damaged(`${entryCount} entries declared in a ${cdBytes}-byte central directory`);
  }
  const entries: (ZipEntry & { headerOffset: number; end: number })[] = [];
  const seen = new Set<string>();
  let at = cdOffset;
  for (let i = 0; i < entryCount; i++) {
    if (at + CENTRAL.bytes > cdOffset + cdBytes || u32(at) !== CENTRAL.signature) {
      damaged(`central directory entry ${i + 1} of ${entryCount} is not a file header`);
    }
    const flags = u16(at + 8);
    const method = u16(at + 10);
    const compressedBytes = u32(at + 20);
    const uncompressedBytes = u32(at + 24);
    const nameBytes = u16(at + 28);
    const next = at + CENTRAL.bytes + nameBytes + u16(at + 30) + u16(at + 32);
    if (next > cdOffset + cdBytes)
      damaged(`central directory entry ${i + 1} runs past the directory`);
    const name = NAMES.decode(bytes.subarray(at + CENTRAL.bytes, at + CENTRAL.bytes + nameBytes));
    const headerOffset = u32(at + 42);
    at = next;
    if (
      compressedBytes === ZIP64_32 ||
      uncompressedBytes === ZIP64_32 ||
      headerOffset === ZIP64_32
    ) {
      unsupported("a ZIP64 entry", name);
    }
    if ((flags & (FLAG.encrypted | FLAG.strongEncryption)) !== 0 || method === METHOD.aes) {
      unsupported(
        "an encrypted part (a password-protected workbook: save it without a password)",
        name,
      );
    }
    if (method !== METHOD.stored && method !== METHOD.deflated) {
      unsupported(`compression method ${method}`, name);
    }
    if (method === METHOD.stored && compressedBytes !== uncompressedBytes) {
      damaged(
        `stored entry ${name} declares ${compressedBytes} bytes stored and ${uncompressedBytes} inflated`,
      );
    }
    const key = name.toLowerCase();
    if (seen.has(key)) damaged(`the part name ${name} appears twice`);
    seen.add(key);
    const dataOffset = localDataOffset(
      view,
      headerOffset,
      { name, flags, method, compressedBytes, uncompressedBytes },
      damaged,
    );
    const entryEnd = dataOffset + compressedBytes;
    if (entryEnd > cdOffset) damaged(`the data of ${name} runs into the central directory`);
    entries.push({
      name,
      method: method as 0 | 8,
      compressedBytes,
      uncompressedBytes,
      dataOffset,
      headerOffset,
      end: entryEnd,
    });
  }
  checkOverlaps(entries, damaged);
  return entries
    .filter((e) => !e.name.endsWith("/"))
    .map(({ name, method, compressedBytes, uncompressedBytes, dataOffset }) => ({
      name,
      method,
      compressedBytes,
      uncompressedBytes,
      dataOffset,
    }));
}

/** Offset of the end of central directory record, searching back over a comment; null if none. */
function endRecord(view: DataView): number | null {
  const last = view.byteLength - EOCD.bytes;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT_BYTES; at--) {
    if (
      view.getUint32(at, true) === EOCD.signature &&
      at + EOCD.bytes + view.getUint16(at + 20, true) <= view.byteLength
    ) {
      return at;
    }
  }
  return null;
}

interface Declared {
  name: string;
  flags: number;
  method: number;
  compressedBytes: number;
  uncompressedBytes: number;
}

/**
 * Checks the local header at `offset` against the directory's entry (§4.3.7; with a data
 * descriptor, bit 3, the local CRC and sizes may be zero: §4.4.4) and returns where its data
 * starts.
 */
function localDataOffset(
  view: DataView,
  offset: number,
  declared: Declared,
  damaged: (reason: string) => never,
): number {
  const { name } = declared;
  if (offset + LOCAL.bytes > view.byteLength || view.getUint32(offset, true) !== LOCAL.signature) {
    damaged(`no local header for ${name} where the directory points`);
  }
  const u16 = (at: number) => view.getUint16(offset + at, true);
  const u32 = (at: number) => view.getUint32(offset + at, true);
  const nameBytes = u16(26);
  const dataOffset = offset + LOCAL.bytes + nameBytes + u16(28);
  if (dataOffset > view.byteLength) damaged(`the local header of ${name} runs past the file`);
  const localName = NAMES.decode(
    new Uint8Array(view.buffer, view.byteOffset + offset + LOCAL.bytes, nameBytes),
  );
  const sizes = [u32(18), u32(22)];
  const sizesAgree =
    (sizes[0] === declared.compressedBytes && sizes[1] === declared.uncompressedBytes) ||
    ((declared.flags & FLAG.dataDescriptor) !== 0 && sizes[0] === 0 && sizes[1] === 0);
  const disagreement =
    localName !== name
      ? `names it ${JSON.stringify(localName)}`
      : u16(8) !== declared.method
        ? `says method ${u16(8)}, the directory ${declared.method}`
        : (u16(6) & FLAG.encrypted) !== (declared.flags & FLAG.encrypted)
          ? "disagrees on encryption"
          : !sizesAgree
            ? `declares ${sizes[0]} bytes stored and ${sizes[1]} inflated, the directory ${declared.compressedBytes} and ${declared.uncompressedBytes}`
            : null;
  if (disagreement !== null) damaged(`the local header of ${name} ${disagreement}`);
  return dataOffset;
}

/** Refuses entries whose local header and data overlap another's: one byte, one entry. */
function checkOverlaps(
  entries: readonly { name: string; headerOffset: number; end: number }[],
  damaged: (reason: string) => never,
): void {
  const byOffset = [...entries].sort((a, b) => a.headerOffset - b.headerOffset);
  for (let i = 1; i < byOffset.length; i++) {
    const before = byOffset[i - 1]!;
    const after = byOffset[i]!;
    if (after.headerOffset < before.end)
      damaged(`entries ${before.name} and ${after.name} overlap`);
  }
}
