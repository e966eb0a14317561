/**
 * Rows as CSV text (RFC 4180: fields with a comma, quote or line break are quoted, quotes
 * doubled). A field that starts with =, +, - or @ is prefixed with an apostrophe so that a
 * spreadsheet does not run it as a formula (CSV injection).
 */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const field = (text: string): string => {
    const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
    return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
  };
  return `${[header, ...rows].map((row) => row.map(field).join(",")).join("\r\n")}\r\n`;
}
