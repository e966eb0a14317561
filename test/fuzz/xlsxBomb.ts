import { crc32, deflateRawSync } from "node:zlib";
import { strToU8, unzipSync, zipSync } from "fflate";
import { FLEET, xlsxBytes } from "../scenarios/inventory/makeFixtures.ts";

const MIB = 1024 * 1024;

/**
 * The fleet's workbook with its first sheet padded by `paddingMib` MiB of spaces (valid XML
 * whitespace) after `<sheetData>`: a zip bomb of ratio about 1,000. With `lie`, the zip
 * directory declares the sheet's original size instead of the inflated one. Deflated a MiB at a
 * time by zlib, so that building it never holds the inflated sheet.
 */
export function xlsxBomb(paddingMib: number, lie: boolean): Uint8Array {
  const parts = unzipSync(xlsxBytes(FLEET));
  const sheetName = "xl/worksheets/sheet1.xml";
  const sheet = new TextDecoder().decode(parts[sheetName]);
  const at = sheet.indexOf("<sheetData>") + "<sheetData>".length;
  const head = strToU8(sheet.slice(0, at));
  const tail = strToU8(sheet.slice(at));
  const spaces = new Uint8Array(MIB).fill(0x20);
  // one raw deflate stream: the head, the padding, the tail (zlib's sync API takes it whole, so
  // the padding is deflated from a repeated view of one MiB)
  const chunks = [head, ...Array.from({ length: paddingMib }, () => spaces), tail];
  let crc = 0;
  for (const c of chunks) crc = crc32(c, crc);
  const inflatedSize = chunks.reduce((s, c) => s + c.length, 0);
  const deflated = deflateRawSync(Buffer.concat(chunks), { level: 9 });
  delete parts[sheetName];
  const rest = unzipSync(zipSync(parts));
  return zipWith(rest, {
    name: sheetName,
    deflated,
    crc,
    size: lie ? head.length + tail.length : inflatedSize,
  });
}

/** A zip of `stored` parts (deflated by fflate) plus one part already deflated. */
function zipWith(
  others: Record<string, Uint8Array>,
  raw: { name: string; deflated: Uint8Array; crc: number; size: number },
): Uint8Array {
  const entries: { name: Uint8Array; data: Uint8Array; crc: number; size: number }[] =
    Object.entries(others).map(([name, data]) => ({
      name: strToU8(name),
      data: deflateRawSync(data),
      crc: crc32(data),
      size: data.length,
    }));
  entries.push({ name: strToU8(raw.name), data: raw.deflated, crc: raw.crc, size: raw.size });
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(8, 8);
    header.writeUInt32LE(e.crc >>> 0, 14);
    header.writeUInt32LE(e.data.length, 18);
    header.writeUInt32LE(e.size >>> 0, 22);
    header.writeUInt16LE(e.name.length, 26);
    local.push(header, Buffer.from(e.name), Buffer.from(e.data));
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(e.crc >>> 0, 16);
    dir.writeUInt32LE(e.data.length, 20);
    dir.writeUInt32LE(e.size >>> 0, 24);
    dir.writeUInt16LE(e.name.length, 28);
    dir.writeUInt32LE(offset, 42);
    central.push(dir, Buffer.from(e.name));
    offset += 30 + e.name.length + e.data.length;
  }
  const centralBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...local, centralBytes, end]));
}
