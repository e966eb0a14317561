import { describe, expect, it } from "vitest";
import { loadScenario } from "../../../scenarios/load/loadScenario.ts";
import { runScenario } from "../../../scenarios/run/runScenario.ts";
import { costSegments, tornadoRows } from "../../../web/transforms/costBars.ts";
import { ganttRows } from "../../../web/transforms/ganttRows.ts";
import { heatmapCells, heatmapCellsDuring } from "../../../web/transforms/heatmapCells.ts";
import { latencyBars } from "../../../web/transforms/latencyBars.ts";
import { linkUse } from "../../../web/transforms/linkUse.ts";

const result = runScenario(await loadScenario("reference"));

describe("chart transforms on the reference result", () => {
  it("ganttRows: one row per VM, by wave then start, in hours, stun in ms", () => {
    const rows = ganttRows(result);
    expect(rows).toHaveLength(result.migration.vms.length);
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1]!, rows[i]!];
      expect(a.wave < b.wave || (a.wave === b.wave && a.startHours <= b.startHours)).toBe(true);
    }
    const first = result.migration.vms.find((v) => v.id === rows[0]!.vm)!;
    expect(rows[0]!.endHours).toBeCloseTo(first.endSeconds / 3600, 12);
    expect(rows[0]!.downtimeMs).toBeCloseTo(first.downtimeSeconds * 1000, 9);
  });

  it("linkUse: every kind at every point, in Gbit/s, never above the capacity", () => {
    const use = linkUse(result);
    expect(use.kinds).toEqual(["storage", "vmotion"]);
    expect(use.capacityGbps).toBeCloseTo(9, 12);
    for (const p of use.points) {
      expect(Object.keys(p.gbps).sort()).toEqual(use.kinds);
      expect(use.kinds.reduce((s, k) => s + p.gbps[k]!, 0)).toBeLessThanOrEqual(
        use.capacityGbps * (1 + 1e-9),
      );
    }
  });

  it("latencyBars: p50, p95, p99 before, during and after over the migration's hours, like for like", () => {
    const bars = latencyBars(result);
    expect(bars).toHaveLength(9);
    const same = result.latency.duringMigration.sameHours;
    expect(bars.find((b) => b.percentile === "p95" && b.when === "before")!.ms).toBe(
      same.source.p95Ms,
    );
    expect(bars.find((b) => b.percentile === "p99" && b.when === "during")!.ms).toBe(
      result.latency.during!.p99Ms,
    );
    expect(bars.find((b) => b.percentile === "p95" && b.when === "after")!.ms).toBe(
      same.target.p95Ms,
    );
  });

  it("latencyBars at the peak hour: before and after only (the result has no during there)", () => {
    const bars = latencyBars(result, "peakHour");
    expect(bars).toHaveLength(6);
    expect(bars.some((b) => b.when === "during")).toBe(false);
    expect(bars.find((b) => b.percentile === "p95" && b.when === "after")!.ms).toBe(
      result.latency.after!.p95Ms,
    );
  });

  it("heatmapCells: hosts × hours, load = demand ÷ capacity", () => {
    const cells = heatmapCells(result, "before");
    const hosts = result.platform.before.hosts;
    expect(cells).toHaveLength(hosts.length * hosts[0]!.cpuDemandCores.length);
    expect(cells[5]!.load).toBeCloseTo(hosts[0]!.cpuDemandCores[5]! / hosts[0]!.capacityCores, 12);
  });

  it("costSegments: each bill's line items stack up to its total", () => {
    const segments = costSegments(result);
    for (const [bill, total] of [
      ["Dedicated, before the licence change", 5700],
      ["Dedicated, after the licence change", 7736],
      ["Shared VCF platform", 4130],
    ] as const) {
      const mine = segments.filter((s) => s.bill === bill);
      expect(mine[0]!.from).toBe(0);
      expect(mine.at(-1)!.to).toBeCloseTo(total, 6);
    }
  });

  it("tornadoRows: the saving at each input's ends, against the scenario's baseline", () => {
    const rows = tornadoRows(result);
    expect(rows.length).toBeGreaterThan(3);
    expect(rows[0]!.input).toBe("costs.dedicated.hostPerMonth");
  });
});

describe("heatmapCellsDuring on the reference result", () => {
  it("covers the hosts of both platforms over the hours of the move, named with their site", () => {
    const cells = heatmapCellsDuring(result);
    const hosts = result.contentionDuring.hosts;
    expect(new Set(cells.map((c) => c.host)).size).toBe(hosts.length);
    expect(cells[0]!.host.startsWith("source: ")).toBe(true);
    expect(cells.length).toBe(hosts.reduce((n, h) => n + h.cpuDemandCores.length, 0));
    expect(hosts[0]!.cpuDemandCores.length).toBe(
      Math.ceil(result.migration.makespanSeconds / 3600),
    );
  });

  it("places the points of a long move at their start hour, each covering stepSeconds", () => {
    const coarse = {
      ...result,
      contentionDuring: { ...result.contentionDuring, stepSeconds: 4 * 3600 },
    };
    const cells = heatmapCellsDuring(coarse).filter((c) => c.host === cellsHost(coarse));
    expect(cells.map((c) => c.hour).slice(0, 3)).toEqual([0, 4, 8]);
    expect(cells.every((c) => c.hours === 4)).toBe(true);
  });
});

function cellsHost(r: typeof result): string {
  const h = r.contentionDuring.hosts[0]!;
  return `${h.site}: ${h.host}`;
}
