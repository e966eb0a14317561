import { Deflate, deflateSync } from "fflate";

/** One entry of {@link zipOf}: its content and, to build hostile zips, what to declare instead. */
export interface HandEntry {
  /** Path in the archive. */
  name: string;
  /** Content, inflated. */
  data?: Uint8Array;
  /** The stored bytes as written, instead of deflating or storing `data`. */
  stored?: Uint8Array;
  /** Compression method written (default 8 when `stored` or `data` is deflated, 0 with `store`). */
  method?: number;
  /** Store `data` as is (method 0). */
  store?: boolean;
  /** General purpose flags written in both headers (bit 0: encrypted). */
  flags?: number;
  /** Inflated size declared in both headers, instead of `data.length`. */
  declaredBytes?: number;
  /** Inflated size declared in the local header only. */
  localDeclaredBytes?: number;
}

const encoder = new TextEncoder();

/**
 * A zip archive written byte by byte from PKWARE APPNOTE.TXT §4.3.7 (local file header),
 * §4.3.12 (central directory) and §4.3.16 (end record), so that tests can declare what they
 * like: sizes, flags, methods. CRC-32 fields are written as 0 (Cutover's reader does not check
 * them). Entries are written in order; names may repeat.
 *
 * @example zipOf([{ name: "a.xml", data: strToU8("<a/>") }]) // a one-entry zip
 */
export function zipOf(entries: readonly HandEntry[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const data = entry.data ?? new Uint8Array();
    const stored = entry.stored ?? (entry.store === true ? data : deflateSync(data));
    const method = entry.method ?? (entry.store === true ? 0 : 8);
    const name = encoder.encode(entry.name);
    const declared = entry.declaredBytes ?? data.length;
    const local = new Uint8Array(30 + name.length + stored.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, entry.flags ?? 0, true);
    lv.setUint16(8, method, true);
    lv.setUint32(18, stored.length, true);
    lv.setUint32(22, entry.localDeclaredBytes ?? declared, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    local.set(stored, 30 + name.length);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, entry.flags ?? 0, true);
    cv.setUint16(10, method, true);
    cv.setUint32(20, stored.length, true);
    cv.setUint32(24, declared, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const directoryBytes = centrals.reduce((sum, c) => sum + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, directoryBytes, true);
  ev.setUint32(16, offset, true);
  return concat([...locals, ...centrals, end]);
}

/**
 * A raw deflate stream (RFC 1951) of `prefix`, then `chunk` repeated `times` times, then
 * `suffix`, built without holding the inflated content: each piece is deflated once by its own
 * streaming `Deflate` and ended by a sync flush (byte-aligned, back-references only within
 * itself), so the compressed chunk can be repeated as is; a final empty fixed-Huffman block
 * (bytes 03 00) ends the stream. Used to build zip bombs: 1 MiB of one repeated item deflates
 * to about 1 KiB.
 *
 * @example repeatedDeflate(strToU8("<sst>"), strToU8("<si><t>a</t></si>"), 3, strToU8("</sst>"))
 */
export function repeatedDeflate(
  prefix: Uint8Array,
  chunk: Uint8Array,
  times: number,
  suffix: Uint8Array,
): Uint8Array {
  const piece = (bytes: Uint8Array): Uint8Array => {
    const out: Uint8Array[] = [];
    const deflater = new Deflate({ level: 9 }, (data) => void out.push(data));
    deflater.push(bytes);
    deflater.flush(true);
    return concat(out);
  };
  const [head, body, tail] = [piece(prefix), piece(chunk), piece(suffix)];
  const stream = new Uint8Array(head.length + body.length * times + tail.length + 2);
  stream.set(head, 0);
  for (let i = 0; i < times; i++) stream.set(body, head.length + i * body.length);
  stream.set(tail, head.length + body.length * times);
  stream.set([0x03, 0x00], stream.length - 2);
  return stream;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
