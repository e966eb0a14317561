import { strToU8 } from "fflate";
import { type HandEntry, repeatedDeflate, zipOf } from "./zipOf.ts";

/** The parts of a one-sheet workbook around a shared strings part, as {@link zipOf} entries. */
export function workbookEntries(sheetXml: string): HandEntry[] {
  return [
    {
      name: "xl/workbook.xml",
      data: strToU8(
        `<workbook xmlns:r="r"><sheets><sheet name="vInfo" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: strToU8(
        `<Relationships><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      ),
    },
    { name: "xl/worksheets/sheet1.xml", data: strToU8(sheetXml) },
  ];
}

const ITEM = `<si><t>${"a".repeat(4000)}</t></si>`;
/** Items in the 1 MiB chunk the bomb repeats. */
const ITEMS_PER_CHUNK = Math.floor((1024 * 1024) / ITEM.length);

/**
 * The zip bomb, built in memory without inflating it: an .xlsx of about 2 MB whose
 * shared strings part (`<si>` items of 4,000 characters) inflates to about `inflatedBytes` (1.6 GB
 * by default), its directory declaring `declaredBytes` (the truth by default: a lying directory
 * declares less).
 *
 * @returns the file and the part's true inflated size.
 */
export function xlsxBomb(options: { inflatedBytes?: number; declaredBytes?: number } = {}): {
  bytes: Uint8Array;
  inflatedBytes: number;
} {
  const chunk = ITEM.repeat(ITEMS_PER_CHUNK);
  const times = Math.round((options.inflatedBytes ?? 1.6e9) / chunk.length);
  const head = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`;
  const inflatedBytes = head.length + chunk.length * times + "</sst>".length;
  const stored = repeatedDeflate(strToU8(head), strToU8(chunk), times, strToU8("</sst>"));
  const bytes = zipOf([
    ...workbookEntries(
      `<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>`,
    ),
    {
      name: "xl/sharedStrings.xml",
      stored,
      declaredBytes: options.declaredBytes ?? inflatedBytes,
    },
  ]);
  return { bytes, inflatedBytes };
}
