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
    expect([
      result.hosts[0]!.threadsPerCore,
      result.warnings.filter((w) => w.code === "hyperthreading-blank").map((w) => w.message),
    ]).toEqual([1, ['vHost.csv: row 2, column "HT Active": blank: counted as 1 thread per core']]);
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

  it("reads the clock from Speed (real 4.x exports) as MHz, with one warning for the table", () => {
    const result = hosts(
      "Host,CPU Model,Speed,# CPU,Cores per CPU,# Memory\nesx01,INTEL(R) XEON(R) GOLD 6526Y,2800,2,16,262144\nesx02,INTEL(R) XEON(R) GOLD 6526Y,2800,2,16,262144\n",
    );
    expect([
      result.hosts.map((h) => [h.clockHz, h.generation]),
      result.warnings.filter((w) => w.code !== "hyperthreading-blank").map((w) => [w.code, w.row]),
    ]).toEqual([
      [
        [2.8e9, "Emerald Rapids"],
        [2.8e9, "Emerald Rapids"],
      ],
      [
        ["clock-from-speed", 1],
        ["cpu-model-no-clock", 2],
        ["cpu-model-no-clock", 3],
      ],
    ]);
  });

  it("skips a row with no host name (a totals row) and warns of an unknown CPU model", () => {
    const result = hosts(
      "Host,CPU Model,Speed (MHz),# CPU,Cores per CPU,# Memory (MB)\nesx01,Intel(R) Xeon(R) E-2334 CPU @ 3.40GHz,3400,1,4,65536\nesx02,Intel(R) Core(TM) i9-9900K CPU @ 3.60GHz,3600,1,8,65536\n,,,2,12,131072\n",
    );
    expect([
      result.hosts.map((h) => h.generation),
      result.warnings.filter((w) => w.code !== "hyperthreading-blank").map((w) => [w.code, w.row]),
    ]).toEqual([
      ["Rocket Lake", "unknown"],
      [
        ["cpu-model-unknown", 3],
        ["row-no-name", 4],
      ],
    ]);
  });

  it("reads CPU usage % and Memory usage % as fractions, null when blank (with a warning)", () => {
    const result = hosts(
      "Host,Speed (MHz),# CPU,Cores per CPU,# Memory (MB),CPU usage %,Memory usage %\nesx01,2100,2,16,262144,43,71\nesx02,2100,2,16,262144,,\n",
    );
    expect([
      result.hosts.map((h) => [h.cpuUsageFraction, h.memoryUsageFraction]),
      result.warnings.filter((w) => w.code === "measurement-blank").length,
    ]).toEqual([
      [
        [0.43, 0.71],
        [null, null],
      ],
      2,
    ]);
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
