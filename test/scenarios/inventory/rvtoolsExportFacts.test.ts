import { describe, expect, it } from "vitest";
import { exportFactsText } from "../../../scenarios/inventory/exportFactsText.ts";
import {
  type ExportFacts,
  exportDate,
  rvtoolsExportFacts,
} from "../../../scenarios/inventory/rvtoolsExportFacts.ts";
import type { Table } from "../../../scenarios/inventory/Table.ts";
import { rvtoolsHeaders } from "./rvtoolsVersionFixtures.ts";

const META_HEADER = rvtoolsHeaders("4.7.1").vMetaData!;
const SOURCE_HEADER = rvtoolsHeaders("4.7.1").vSource!;

function table(header: string[], data: Record<string, string>[], sheet?: string): Table {
  return {
    file: "RVTools_export_all.xlsx",
    ...(sheet === undefined ? {} : { sheet }),
    header,
    headerRowNumber: 1,
    rows: data.map((row) => header.map((h) => row[h] ?? "")),
    rowNumbers: data.map((_, i) => i + 2),
    decimalSeparator: ".",
  };
}

function meta(version: string, date: string, server: string): Record<string, string> {
  return {
    "RVTools major version": version.split(".")[0]!,
    "RVTools version": version,
    "xlsx creation datetime": date,
    Server: server,
  };
}

describe("exportDate", () => {
  it("reads a workbook's date serial in Excel's 1900 system (published anchors)", () => {
    // Excel: DATE(2025,1,1) = 45658; DATE(2000,1,1) = 36526; noon is .5 of a day
    expect(exportDate("45658", true)).toBe("2025-01-01 00:00:00");
    expect(exportDate("36526.5", true)).toBe("2000-01-01 12:00:00");
    // 14:00 = 14/24 of a day, a fraction with no exact binary form: rounded to the second
    expect(exportDate(String(46142 + 14 / 24), true)).toBe("2026-04-30 14:00:00");
  });

  it("keeps text, CSV cells and numbers that are no plausible date as written", () => {
    expect(exportDate("4/30/2026 2:00:00 PM", false)).toBe("4/30/2026 2:00:00 PM");
    expect(exportDate("46142.5", false)).toBe("46142.5");
    expect(exportDate("30.04.2026 14:00", true)).toBe("30.04.2026 14:00");
    expect(exportDate("12", true)).toBe("12");
    expect(exportDate("-46142", true)).toBe("-46142");
  });
});

describe("rvtoolsExportFacts (vMetaData and vSource)", () => {
  it("reads RVTools 4.x's columnar vMetaData, one row per vCenter, and vSource's product", () => {
    const { facts, warnings } = rvtoolsExportFacts(
      table(
        META_HEADER,
        [meta("4.7.1.4", "46142.5", "vc-a.example"), meta("4.7.1.4", "46142.75", "vc-b.example")],
        "vMetaData",
      ),
      table(
        SOURCE_HEADER,
        [
          {
            Name: "vc-b.example",
            Fullname: "VMware vCenter Server 8.0.2 build-22617221",
            Version: "8.0.2",
            Build: "0022617221",
            "VI SDK Server": "vc-b.example",
          },
          { Name: "vc-c.example", Version: "7.0.3", Build: "21477706" },
        ],
        "vSource",
      ),
    );
    expect(warnings).toEqual([]);
    expect(facts).toEqual({
      rvtoolsVersions: ["4.7.1.4"],
      exportedAt: ["2026-04-30 12:00:00", "2026-04-30 18:00:00"],
      servers: [
        { name: "vc-a.example", product: null, version: null, build: null },
        {
          name: "vc-b.example",
          product: "VMware vCenter Server 8.0.2 build-22617221",
          version: "8.0.2",
          build: "0022617221",
        },
        { name: "vc-c.example", product: null, version: "7.0.3", build: "21477706" },
      ],
    } satisfies ExportFacts);
  });

  it("reads vMetaData written as property/value rows", () => {
    const { facts } = rvtoolsExportFacts(
      table(
        ["Property", "Value"],
        [
          { Property: "RVTools major version", Value: "3" },
          { Property: "RVTools version", Value: "3.11.6" },
          { Property: "xlsx creation date", Value: "3/15/2016 7:47:54 AM" },
        ],
      ),
      undefined,
    );
    expect(facts).toEqual({
      rvtoolsVersions: ["3.11.6"],
      exportedAt: ["3/15/2016 7:47:54 AM"],
      servers: [],
    });
  });

  it("says nothing, and warns of nothing, for an export without the tabs", () => {
    expect(rvtoolsExportFacts(undefined, undefined)).toEqual({
      facts: { rvtoolsVersions: [], exportedAt: [], servers: [] },
      warnings: [],
    });
  });

  it("warns, naming the cell, when a newer RVTools or another tool wrote the export", () => {
    const { warnings } = rvtoolsExportFacts(
      table(
        META_HEADER,
        [
          meta("4.8.1.4", "", "vc-a"),
          meta("4.8.1.4", "", "vc-b"),
          meta("HyperVExporter", "", "hv"),
          meta("3.11.6", "", "old"),
          meta("4.4.3.1", "", "vc-c"),
        ],
        "vMetaData",
      ),
      undefined,
    );
    expect(warnings.map((w) => [w.code, w.tab, w.row, w.column])).toEqual([
      ["rvtools-version-unchecked", "vMetaData", 2, "RVTools version"],
      ["rvtools-version-unchecked", "vMetaData", 4, "RVTools version"],
    ]);
    expect(warnings[0]!.message).toContain("RVTools 4.8.1.4 is newer than the versions checked");
    expect(warnings[1]!.message).toContain('"HyperVExporter" is not an RVTools version');
  });
});

describe("exportFactsText", () => {
  const server = { name: "vc01", product: null, version: null, build: null };

  it("says which RVTools wrote the export, when and from where, in one line", () => {
    expect(
      exportFactsText({
        rvtoolsVersions: ["4.7.1.4"],
        exportedAt: ["2026-04-30 14:00:00"],
        servers: [{ ...server, product: "VMware vCenter Server 8.0.2 build-22617221" }],
      }),
    ).toBe(
      "RVTools 4.7.1.4; written 2026-04-30 14:00:00; from vc01 (VMware vCenter Server 8.0.2 build-22617221)",
    );
  });

  it("spans merged exports: versions, the first and last date, vCenters past three counted", () => {
    expect(
      exportFactsText({
        rvtoolsVersions: ["4.6.1.1", "4.7.1.4"],
        exportedAt: ["2026-05-02 09:00:00", "2026-04-30 14:00:00"],
        servers: ["a", "b", "c", "d", "e"].map((name) => ({
          ...server,
          name,
          version: "7.0.3",
          build: "21477706",
        })),
      }),
    ).toBe(
      "RVTools 4.6.1.1, 4.7.1.4 (exports merged); written 2026-04-30 14:00:00 to 2026-05-02 09:00:00 (2 dates); from 5 vCenters: a (7.0.3 build 21477706), b (7.0.3 build 21477706), c (7.0.3 build 21477706) and 2 more",
    );
  });

  it("says when the export does not tell, and keeps hostile text on one line", () => {
    expect(exportFactsText({ rvtoolsVersions: [], exportedAt: [], servers: [] })).toBe(
      "which RVTools wrote it is not in the export (no vMetaData tab, or no version in it)",
    );
    const text = exportFactsText({
      rvtoolsVersions: ["4.7\n<script>"],
      exportedAt: [],
      servers: [{ ...server, name: "x".repeat(500) }],
    });
    expect(text).not.toContain("\n");
    expect(text.length).toBeLessThan(250);
  });
});
