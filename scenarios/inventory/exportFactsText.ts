import { oneLineText } from "./oneLineText.ts";
import type { ExportFacts, ExportServer } from "./rvtoolsExportFacts.ts";

/** vCenters named one by one before "and N more". */
const SERVERS_NAMED = 3;
/** The longest piece of the export's own text kept whole (a hostile cell cannot flood a line). */
const MAX_PIECE = 80;

/**
 * One line saying what an RVTools export says of itself, for `cutover import`, the run summary
 * and the report: which RVTools wrote it, when (the clock of the machine that ran RVTools) and
 * from which vCenters, e.g. "RVTools 4.7.1.4; written 2026-04-30 14:00:00; from vcenter01
 * (VMware vCenter Server 8.0.2 build-22617221)". Says so when the export does not tell.
 * Every piece from the file is cut and has its control characters escaped (`oneLineText`).
 */
export function exportFactsText(facts: ExportFacts): string {
  const parts: string[] = [];
  const versions = facts.rvtoolsVersions.map((v) => oneLineText(v, MAX_PIECE));
  if (versions.length === 0) {
    parts.push(
      "which RVTools wrote it is not in the export (no vMetaData tab, or no version in it)",
    );
  } else if (versions.length === 1) {
    parts.push(`RVTools ${versions[0]}`);
  } else {
    parts.push(`RVTools ${versions.join(", ")} (exports merged)`);
  }
  const dates = facts.exportedAt.map((d) => oneLineText(d, MAX_PIECE));
  if (dates.length === 1) parts.push(`written ${dates[0]}`);
  else if (dates.length > 1) {
    const sorted = dates.every(isIsoDateTime) ? [...dates].sort() : dates;
    parts.push(`written ${sorted[0]} to ${sorted[sorted.length - 1]} (${dates.length} dates)`);
  }
  if (facts.servers.length > 0) {
    const named = facts.servers.slice(0, SERVERS_NAMED).map(serverText).join(", ");
    const more = facts.servers.length - SERVERS_NAMED;
    parts.push(
      facts.servers.length === 1
        ? `from ${named}`
        : `from ${facts.servers.length} vCenters: ${named}${more > 0 ? ` and ${more} more` : ""}`,
    );
  }
  return parts.join("; ");
}

function serverText(server: ExportServer): string {
  const name = oneLineText(server.name, MAX_PIECE);
  const product =
    server.product ??
    (server.version === null
      ? null
      : `${server.version}${server.build === null ? "" : ` build ${server.build}`}`);
  return product === null ? name : `${name} (${oneLineText(product, MAX_PIECE)})`;
}

function isIsoDateTime(text: string): boolean {
  return /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(text);
}
