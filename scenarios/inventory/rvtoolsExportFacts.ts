import { headerKey } from "./headerKey.ts";
import type { ImportWarning } from "./ImportWarning.ts";
import { oneLineText } from "./oneLineText.ts";
import {
  VMETADATA_COLUMNS,
  VMETADATA_PROPERTY_COLUMNS,
  VSOURCE_COLUMNS,
} from "./rvtoolsColumns.ts";
import type { Table } from "./Table.ts";
import { TableColumns } from "./TableColumns.ts";

/** A vCenter (or ESXi host) an export was read from. */
export interface ExportServer {
  /** Its name as the export writes it (vMetaData `Server`, vSource `VI SDK Server` or `Name`). */
  name: string;
  /** vSource `Fullname`, e.g. "VMware vCenter Server 8.0.2 build-22617221"; null when not listed. */
  product: string | null;
  /** vSource `Version`, e.g. "8.0.2"; null when not listed. */
  version: string | null;
  /** vSource `Build` as written (a number in RVTools 4.4, text with leading zeros in 4.7); null when not listed. */
  build: string | null;
}

/**
 * What an RVTools export says of itself, from its vMetaData and vSource tabs: which RVTools
 * wrote it, when, and from which vCenters. An export merged from several (RvToolsMerge, by hand)
 * lists each; a CSV export often has neither tab, and then every list is empty.
 */
export interface ExportFacts {
  /** vMetaData `RVTools version` values as written (e.g. "4.7.1.4"), distinct, in the order met. */
  rvtoolsVersions: string[];
  /**
   * When the export was written (vMetaData `xlsx creation datetime`), distinct, in the order met:
   * "YYYY-MM-DD HH:MM:SS" when the workbook stores a date (Excel's 1900 date system), otherwise
   * the text as written. The clock of the machine that ran RVTools: the file says no time zone.
   */
  exportedAt: string[];
  /** The vCenters (or ESXi hosts) read, in the order met: vMetaData's, then any only in vSource. */
  servers: ExportServer[];
}

/** The RVTools versions whose headers the importer is checked against (FACTS.md, the header files). */
export const CHECKED_RVTOOLS_VERSIONS = "3.x, 4.4.3, 4.6.1, 4.7.1";

/** Serial numbers Excel's 1900 date system gives 1990-01-01 … 2100-01-01: a plausible export date. */
const SERIAL_FROM = 32_874;
const SERIAL_TO = 73_051;
/** Serial of 1970-01-01 in Excel's 1900 date system (which counts a 29 Feb 1900 that never was). */
const SERIAL_UNIX_EPOCH = 25_569;

/**
 * Reads what an export says of itself from its vMetaData tab (columnar, as RVTools 4.x writes it;
 * or property/value rows) and its vSource tab, and warns when the writer is not a version of
 * RVTools whose headers the importer was checked against (3.x to 4.7): newer versions may rename
 * a column, and other tools write vMetaData with their own name.
 *
 * @param metaData - the vMetaData table, if the export has one.
 * @param source - the vSource table, if the export has one.
 * @returns the facts (empty lists for a missing tab) and warnings.
 * @example
 * rvtoolsExportFacts(vMetaData, vSource).facts.rvtoolsVersions // ["4.7.1.4"]
 */
export function rvtoolsExportFacts(
  metaData: Table | undefined,
  source: Table | undefined,
): { facts: ExportFacts; warnings: ImportWarning[] } {
  const versions = new Set<string>();
  const dates = new Set<string>();
  const servers = new Map<string, ExportServer>();
  const warnings: ImportWarning[] = [];
  const addServer = (name: string): ExportServer => {
    let server = servers.get(name);
    if (server === undefined) {
      server = { name, product: null, version: null, build: null };
      servers.set(name, server);
    }
    return server;
  };

  if (metaData !== undefined) {
    const byProperty = isPropertyValue(metaData);
    if (byProperty) readPropertyRows(metaData, versions, dates);
    else {
      const columns = new TableColumns(metaData, VMETADATA_COLUMNS);
      for (let row = 0; row < metaData.rows.length; row++) {
        const version = columns.text(row, "version");
        const date = columns.text(row, "createdAt");
        const server = columns.text(row, "server");
        if (version !== "") {
          if (!versions.has(version)) warnUnchecked(version, columns, row, warnings);
          versions.add(version);
        }
        if (date !== "") dates.add(exportDate(date, metaData.sheet !== undefined));
        if (server !== "") addServer(server);
      }
    }
  }

  if (source !== undefined) {
    const columns = new TableColumns(source, VSOURCE_COLUMNS);
    for (let row = 0; row < source.rows.length; row++) {
      const name = columns.text(row, "server") || columns.text(row, "name");
      if (name === "") continue;
      const server = addServer(name);
      server.product ??= columns.optionalText(row, "fullName");
      server.version ??= columns.optionalText(row, "version");
      server.build ??= columns.optionalText(row, "build");
    }
  }

  return {
    facts: {
      rvtoolsVersions: [...versions],
      exportedAt: [...dates],
      servers: [...servers.values()],
    },
    warnings,
  };
}

/** True when vMetaData is written as property/value rows rather than RVTools 4.x's columns. */
function isPropertyValue(table: Table): boolean {
  const keys = new Set(table.header.map(headerKey));
  return keys.has("property") && keys.has("value") && !keys.has(headerKey("RVTools version"));
}

/** Reads a property/value vMetaData: a property naming a version, and one naming a date. */
function readPropertyRows(table: Table, versions: Set<string>, dates: Set<string>): void {
  const columns = new TableColumns(table, VMETADATA_PROPERTY_COLUMNS);
  for (let row = 0; row < table.rows.length; row++) {
    const property = columns.text(row, "property").toLowerCase();
    const value = columns.text(row, "value");
    if (value === "") continue;
    if (property.includes("version") && !property.includes("major")) versions.add(value);
    else if (property.includes("date") || property.includes("time")) {
      dates.add(exportDate(value, table.sheet !== undefined));
    }
  }
}

/**
 * A date cell as text: a workbook's date cell reads as its serial number (readXlsx ignores
 * formats), turned into "YYYY-MM-DD HH:MM:SS"; anything else is kept as written (a CSV export's
 * locale date, e.g. "3/15/2016 7:47:54 AM", is ambiguous between day and month).
 */
export function exportDate(cell: string, fromWorkbook: boolean): string {
  const serial = Number(cell);
  if (!fromWorkbook || !/^\d+(\.\d+)?$/.test(cell) || serial < SERIAL_FROM || serial > SERIAL_TO) {
    return cell;
  }
  // to the nearest second: a serial stores the time of day as a fraction of a day
  const iso = new Date(Math.round((serial - SERIAL_UNIX_EPOCH) * 86_400) * 1000).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}

/** Warns when vMetaData's version is not one of RVTools 3.x to 4.7 (or not RVTools's at all). */
function warnUnchecked(
  version: string,
  columns: TableColumns<keyof typeof VMETADATA_COLUMNS>,
  row: number,
  warnings: ImportWarning[],
): void {
  const match = /^(\d+)\.(\d+)/.exec(version);
  const major = match === null ? Number.NaN : Number(match[1]);
  const minor = match === null ? Number.NaN : Number(match[2]);
  const checked = major === 3 || (major === 4 && minor <= 7);
  if (checked) return;
  const table = columns.table;
  const written = oneLineText(version, 60);
  const what = Number.isNaN(major)
    ? `"${written}" is not an RVTools version (another tool wrote this export?)`
    : `RVTools ${written} is newer than the versions checked`;
  warnings.push({
    code: "rvtools-version-unchecked",
    file: table.file,
    tab: "vMetaData",
    row: columns.rowNumber(row),
    column: columns.headerOf("version"),
    message: `${table.file}: row ${columns.rowNumber(row)}, column "${columns.headerOf("version")}": ${what} (${CHECKED_RVTOOLS_VERSIONS}): columns are read by name, so a renamed one reads as missing — check the import summary`,
  });
}

/** An empty ExportFacts, for inputs with no vMetaData or vSource (the CSV template). */
export function noExportFacts(): ExportFacts {
  return { rvtoolsVersions: [], exportedAt: [], servers: [] };
}

/**
 * The hour of the week the export was written, when the export says so unambiguously: one or
 * more dates in the "YYYY-MM-DD HH:MM:SS" form (a workbook's date cell, or such text) that all
 * fall in the same hour of the week. Locale text (a CSV export's "4/30/2026 2:00:00 PM") is not
 * read: day and month cannot be told apart in general.
 * @returns hours since Monday 00:00 (0–167) and the date it comes from, or null
 * @example
 * exportSnapshotHour({ …, exportedAt: ["2026-04-30 14:00:00"] }) // { hourOfWeek: 86, writtenAt: "2026-04-30 14:00:00" } (a Thursday)
 */
export function exportSnapshotHour(
  facts: ExportFacts | null,
): { hourOfWeek: number; writtenAt: string } | null {
  if (facts === null || facts.exportedAt.length === 0) return null;
  let found: number | null = null;
  for (const written of facts.exportedAt) {
    const match = /^(\d{4})-(\d\d)-(\d\d)[ T](\d\d):\d\d(?::\d\d)?$/.exec(written);
    if (match === null) return null;
    const [year, month, day, hour] = match.slice(1).map(Number) as [number, number, number, number];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || hour > 23) return null;
    // getUTCDay: 0 is Sunday; the week here starts on Monday
    const hourOfWeek = ((date.getUTCDay() + 6) % 7) * 24 + hour;
    if (found !== null && found !== hourOfWeek) return null;
    found = hourOfWeek;
  }
  return found === null ? null : { hourOfWeek: found, writtenAt: facts.exportedAt[0]! };
}
