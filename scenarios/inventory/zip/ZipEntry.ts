/**
 * One file of a zip archive as its central directory declares it (PKWARE APPNOTE 6.3.10,
 * §4.3.12 "Central directory structure"), checked against its local header (§4.3.7) by
 * `zipDirectory`. Offsets and sizes are in bytes from the start of the archive.
 */
export interface ZipEntry {
  /** The entry's path inside the archive, e.g. "xl/worksheets/sheet1.xml". */
  name: string;
  /** Compression method (§4.4.5): 0 stored, 8 deflated; `zipDirectory` refuses others. */
  method: 0 | 8;
  /** Size of the stored (compressed) data, bytes, as declared. */
  compressedBytes: number;
  /** Size once inflated, bytes, as declared (a lie is caught while inflating). */
  uncompressedBytes: number;
  /** Offset of the compressed data: after the local header, its name and extra field. */
  dataOffset: number;
}
