import { describe, expect, it } from "vitest";
import { readCsv } from "../../../scenarios/inventory/readCsv.ts";
import { WarningLog } from "../../../scenarios/inventory/WarningLog.ts";

describe("WarningLog", () => {
  it("gives one message per assumption, listing at most 10 rows by their line numbers", () => {
    const table = readCsv(
      `VM\n${Array.from({ length: 12 }, (_, i) => `vm${i}`).join("\n")}\n`,
      "vInfo.csv",
    );
    const log = new WarningLog(table);
    for (let row = 0; row < 12; row++) log.add(row, "no disk sizes: counted as 0 bytes");
    log.add(0, "something else");
    expect(log.messages()).toEqual([
      "vInfo.csv: no disk sizes: counted as 0 bytes (12 rows: 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, …)",
      "vInfo.csv: something else (1 row: 2)",
    ]);
  });
});
