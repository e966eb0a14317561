import { strToU8, unzipSync } from "fflate";
import { FLEET, xlsxBytes } from "../scenarios/inventory/makeFixtures.ts";
import { repeatedDeflate, zipOf } from "../scenarios/inventory/zip/zipOf.ts";

const MIB = 1024 * 1024;

/**
 * The fleet's workbook with its first sheet padded by `paddingMib` MiB of spaces (valid XML
 * whitespace) after `<sheetData>`: a zip bomb of ratio about 1,000 in a real export's shape.
 * With `lie`, the zip directory declares the sheet's original size instead of the inflated one.
 * The padding is deflated once and repeated (`repeatedDeflate`), so that building it never
 * holds the inflated sheet.
 */
export function xlsxBomb(paddingMib: number, lie: boolean): Uint8Array {
  const parts = unzipSync(xlsxBytes(FLEET));
  const sheetName = "xl/worksheets/sheet1.xml";
  const sheet = new TextDecoder().decode(parts[sheetName]);
  const at = sheet.indexOf("<sheetData>") + "<sheetData>".length;
  const head = strToU8(sheet.slice(0, at));
  const tail = strToU8(sheet.slice(at));
  const spaces = new Uint8Array(MIB).fill(0x20);
  const stored = repeatedDeflate(head, spaces, paddingMib, tail);
  const inflatedBytes = head.length + paddingMib * MIB + tail.length;
  const others = Object.entries(parts)
    .filter(([name]) => name !== sheetName)
    .map(([name, data]) => ({ name, data }));
  return zipOf([
    ...others,
    {
      name: sheetName,
      stored,
      declaredBytes: lie ? head.length + tail.length : inflatedBytes,
    },
  ]);
}
