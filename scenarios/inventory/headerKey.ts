/**
 * The key a column header is matched by: Unicode-compatibility normalised (a no-break space
 * becomes a space), lower-cased, with all whitespace removed, so that "In Use MiB",
 * "in use  MiB" and "InUseMiB" name the same column.
 *
 * @param header - a header cell or a known column name.
 * @returns the matching key.
 * @example
 * headerKey(" # Memory (MB) ") // "#memory(mb)"
 */
export function headerKey(header: string): string {
  return header.normalize("NFKC").toLowerCase().replace(/\s+/g, "");
}
