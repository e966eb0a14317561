/** One CSV cell: text, or a number written raw so that a spreadsheet can sum it. */
export type CsvCell = string | number;

/**
 * Rows as CSV text (RFC 4180: fields with a comma, quote or line break are quoted, quotes
 * doubled). Numbers are written raw in JavaScript's shortest round-trip form (`Number(cell)`
 * gives the value back; no thousands separator, no unit: put the unit in the header, e.g.
 * "amount (EUR/month)"); a non-finite number is written as an empty cell. A text field that
 * starts with =, +, - or @ is prefixed with an apostrophe so that a spreadsheet does not run it
 * as a formula (CSV injection); numbers, negative ones included, are never prefixed.
 *
 * @example
 * toCsv(["item", "amount (EUR/month)"], [["vCPU", 1080]]); // "item,amount (EUR/month)\r\nvCPU,1080\r\n"
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const field = (cell: CsvCell): string => {
    if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
    const safe = /^[=+\-@]/.test(cell) ? `'${cell}` : cell;
    return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
  };
  return `${[header, ...rows].map((row) => row.map(field).join(",")).join("\r\n")}\r\n`;
}
