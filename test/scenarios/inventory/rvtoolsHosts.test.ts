import { describe, expect, it } from "vitest";
import { readCsv } from "../../../scenarios/inventory/readCsv.ts";
import { rvtoolsHosts } from "../../../scenarios/inventory/rvtoolsHosts.ts";
import { inputErrorOf } from "../inputErrorOf.ts";

const hosts = (text: string) => rvtoolsHosts(readCsv(text, "vHost.csv"));

describe("rvtoolsHosts(table)", () => {
  it("takes cores per socket from # Cores ÷ # CPU when Cores per CPU is absent", () => {
    expect(
      hosts("Host,Speed (MHz),# CPU,# Cores,# Memory (MB)\nesx01,2100,2,32,262144\n").hosts[0]!
        .coresPerSocket,
    ).toBe(16);
  });

  it("takes the clock from the CPU model when Speed (MHz) is absent or empty", () => {
    const { hosts: read } = hosts(
      "Host,CPU Model,Speed (MHz),# CPU,Cores per CPU,# Memory (MB)\nesx01,Intel(R) Xeon(R) Gold 6130 CPU @ 2.10GHz,,2,16,262144\n",
    );
    expect(read[0]!.clockHz).toBe(2_100_000_000);
  });

  it("counts an empty HT Active as one thread per core, with a warning", () => {
    const result = hosts(
      "Host,Speed (MHz),HT Active,# CPU,Cores per CPU,# Memory (MB)\nesx01,2100,,2,16,262144\n",
    );
    expect([result.hosts[0]!.threadsPerCore, result.warnings]).toEqual([
      1,
      ['vHost.csv: no "HT Active": counted as 1 thread per core (1 row: 2)'],
    ]);
  });

  it("refuses # Cores that is not a multiple of # CPU", () => {
    expect(
      inputErrorOf(() =>
        hosts("Host,Speed (MHz),# CPU,# Cores,# Memory (MB)\nesx01,2100,2,15,262144\n"),
      ).message,
    ).toBe(
      'vHost.csv: row 2, column "# Cores": expected a whole multiple of "# CPU" (2), got "15"',
    );
  });

  it("refuses a table with neither Cores per CPU nor # Cores", () => {
    expect(
      inputErrorOf(() => hosts("Host,Speed (MHz),# CPU,# Memory (MB)\nesx01,2100,2,262144\n"))
        .message,
    ).toBe(
      'vHost.csv: row 1, column "Cores per CPU": expected a column named "Cores per CPU", "vHostCoresPerCPU" or "# Cores", got none in the header',
    );
  });

  it("refuses a host with no clock at all", () => {
    expect(
      inputErrorOf(() =>
        hosts("Host,CPU Model,# CPU,Cores per CPU,# Memory (MB)\nesx01,Some CPU,2,16,262144\n"),
      ).field,
    ).toBe("Speed (MHz)");
  });

  it("refuses a repeated host name", () => {
    expect(
      inputErrorOf(() =>
        hosts(
          "Host,Speed (MHz),# CPU,Cores per CPU,# Memory (MB)\nesx01,2100,2,16,1\nesx01,2100,2,16,1\n",
        ),
      ).message,
    ).toBe(
      'vHost.csv: row 3, column "Host": expected a unique host name (also on row 2), got "esx01"',
    );
  });
});
