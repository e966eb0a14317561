import { describe, expect, it } from "vitest";
import { formatWithUnit as formatValue } from "../../../scenarios/format.ts";
import type { SimulationResult } from "../../../scenarios/result/SimulationResult.ts";
import { assumptionRows } from "../../../web/transforms/assumptionRows.ts";
import { targetRows } from "../../../web/transforms/targetRows.ts";
import { toCsv } from "../../../web/transforms/toCsv.ts";

function result(parts: Partial<SimulationResult>): SimulationResult {
  return { targets: [], assumptions: [], ...parts } as SimulationResult;
}

describe("formatValue(value, unit)", () => {
  it.each([
    [8 * 2 ** 30, "B", "8 GiB"],
    [1.25e9, "B/s", "10 Gbit/s"],
    [0.06, "s", "60 ms"],
    [259_200, "s", "72 h"],
    [0.275, "fraction", "27.5 %"],
    [1, "boolean", "yes"],
    [4130, "EUR/month", "4,130 EUR/month"],
    [2.2e9, "Hz", "2.2 GHz"],
    [12, "count", "12"],
  ])("shows %d %s as %s", (value, unit, text) => {
    expect(formatValue(value, unit)).toBe(text);
  });

  it("shows non-finite values as ∞ or a dash", () => {
    expect(formatValue(Number.POSITIVE_INFINITY, "s")).toBe("∞");
    expect(formatValue(Number.NaN, "s")).toBe("—");
  });
});

describe("targetRows(result)", () => {
  it("lists failures first, then the others in the result's order, with formatted values", () => {
    const rows = targetRows(
      result({
        targets: [
          { id: "a", label: "Makespan", value: 200_000, limit: 259_200, unit: "s", pass: true },
          { id: "b", label: "Longest stun", value: 1.4, limit: 1, unit: "s", pass: false },
          { id: "c", label: "N+1", value: 1, limit: 1, unit: "boolean", pass: true },
        ],
      }),
    );
    expect(rows.map((r) => r.id)).toEqual(["b", "a", "c"]);
    // the limit says maximum or minimum (issue 15): "≤" then a no-break space
    expect(rows[0]).toEqual({
      id: "b",
      label: "Longest stun",
      value: "1.4 s",
      limit: "≤\u00a01 s",
      direction: "≤",
      pass: false,
      state: "fail",
      notAssessed: null,
      miss: null,
      atRisk: false,
    });
    expect(rows[2]?.value).toBe("yes");
  });

  it("puts targets not assessed after failures and before passes, with why and no value", () => {
    const rows = targetRows(
      result({
        targets: [
          { id: "a", label: "Makespan", value: 200_000, limit: 259_200, unit: "s", pass: true },
          {
            id: "l",
            label: "Site p95",
            value: null,
            limit: 300,
            unit: "ms",
            pass: null,
            notAssessed: "no VM hosts a site",
          },
          { id: "b", label: "Longest stun", value: 1.4, limit: 1, unit: "s", pass: false },
        ],
      }),
    );
    expect(rows.map((r) => r.state)).toEqual(["fail", "not assessed", "pass"]);
    expect(rows[1]).toMatchObject({ value: "—", pass: null, notAssessed: "no VM hosts a site" });
  });
});

describe("assumptionRows(result)", () => {
  it("puts assumed values first and shows the range only when there is one", () => {
    const rows = assumptionRows(
      result({
        assumptions: [
          {
            id: "link.efficiencyFraction",
            value: 0.9,
            low: 0.7,
            high: 0.95,
            unit: "fraction",
            source: "FACTS.md",
            assumption: null,
          },
          {
            id: "costs.shared.networkPerMonth",
            value: 50,
            low: 50,
            high: 50,
            unit: "EUR/month",
            source: null,
            assumption: "calibration",
          },
        ],
      }),
    );
    expect(rows).toEqual([
      {
        id: "costs.shared.networkPerMonth",
        value: "50.00 EUR/month",
        range: "",
        kind: "assumption",
        provenance: "calibration",
      },
      {
        id: "link.efficiencyFraction",
        value: "90.0 %",
        range: "70.0 % – 95.0 %",
        kind: "source",
        provenance: "FACTS.md",
      },
    ]);
  });
});

describe("toCsv(header, rows)", () => {
  it("quotes fields with commas, quotes and line breaks (RFC 4180)", () => {
    expect(
      toCsv(
        ["a", "b"],
        [
          ["x,y", 'say "hi"'],
          ["line\nbreak", "plain"],
        ],
      ),
    ).toBe('a,b\r\n"x,y","say ""hi"""\r\n"line\nbreak",plain\r\n');
  });

  it("defuses spreadsheet formulas (CSV injection)", () => {
    expect(toCsv(["v"], [["=HYPERLINK(1)"], ["+1"], ["@x"]])).toBe(
      "v\r\n'=HYPERLINK(1)\r\n'+1\r\n'@x\r\n",
    );
  });
});
