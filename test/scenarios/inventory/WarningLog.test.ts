import { describe, expect, it } from "vitest";
import { readCsv } from "../../../scenarios/inventory/readCsv.ts";
import { WarningLog } from "../../../scenarios/inventory/WarningLog.ts";
import { warningCounts, warningCountsLine } from "../../../scenarios/inventory/warningCounts.ts";

describe("WarningLog", () => {
  it("gives one warning per row and kind, naming the file, tab, line and column", () => {
    const table = readCsv(
      `VM\n${Array.from({ length: 3 }, (_, i) => `vm${i}`).join("\n")}\n`,
      "vInfo.csv",
    );
    const log = new WarningLog(table, "vInfo");
    for (let row = 0; row < 3; row++)
      log.add(row, "disk-size-blank", "no disk sizes", "Provisioned MiB");
    log.add(null, "clock-from-speed", "read as MHz", "Speed");
    expect(log.warnings()[0]).toEqual({
      code: "disk-size-blank",
      file: "vInfo.csv",
      tab: "vInfo",
      row: 2,
      column: "Provisioned MiB",
      message: 'vInfo.csv: row 2, column "Provisioned MiB": no disk sizes',
    });
    expect(log.warnings()[3]!.message).toBe('vInfo.csv: row 1, column "Speed": read as MHz');
    expect(warningCountsLine(warningCounts(log.warnings()))).toBe(
      "warnings: 4 (3 of disk-size-blank, 1 of clock-from-speed)",
    );
  });

  it("escapes control characters in names from the file", () => {
    const table = readCsv("VM\nx\n", "a\nb.csv");
    const log = new WarningLog(table, null);
    log.add(0, "row-no-name", "skipped", "V\u0007M");
    expect(log.warnings()[0]!.message).toBe('a\\nb.csv: row 2, column "V\\u0007M": skipped');
  });
});
