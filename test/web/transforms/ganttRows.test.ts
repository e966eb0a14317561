import { describe, expect, it } from "vitest";
import { loadScenario } from "../../../scenarios/load/loadScenario.ts";
import { runScenario } from "../../../scenarios/run/runScenario.ts";
import { maxOf, minOf } from "../../../sim/stats/extremes.ts";
import {
  hourTick,
  hourTicks,
  MIGRATION_CHART_WIDTH,
  migrationTime,
  wavesWindow,
} from "../../../web/charts/migrationTime.ts";
import { ganttRows, ganttWaves } from "../../../web/transforms/ganttRows.ts";
import { linkUse } from "../../../web/transforms/linkUse.ts";
import {
  formatElapsed,
  migrationVmRows,
  phaseLabel,
} from "../../../web/transforms/migrationVmRows.ts";

const result = runScenario(await loadScenario("reference"));

describe("ganttWaves(rows)", () => {
  it("groups the rows by wave, in wave order, with the first start, last end and VM count", () => {
    const rows = ganttRows(result);
    const waves = ganttWaves(rows);
    expect(waves.map((w) => w.wave)).toEqual(
      [...new Set(rows.map((r) => r.wave))].sort((a, b) => a - b),
    );
    expect(waves.reduce((n, w) => n + w.rows.length, 0)).toBe(result.migration.vms.length);
    for (const w of waves) {
      expect(w.rows.every((r) => r.wave === w.wave)).toBe(true);
      expect(w.startHours).toBe(minOf(w.rows.map((r) => r.startHours)));
      expect(w.endHours).toBe(maxOf(w.rows.map((r) => r.endHours)));
    }
  });

  it("counts throttled and rebooted VMs of a wave", () => {
    const row = { startHours: 1, endHours: 2, downtimeMs: 100 };
    const waves = ganttWaves([
      { vm: "a", wave: 2, throttled: true, rebooted: false, ...row },
      { vm: "b", wave: 2, throttled: false, rebooted: true, ...row },
      { vm: "c", wave: 0, throttled: false, rebooted: false, ...row, endHours: 5 },
    ]);
    expect(waves.map((w) => [w.wave, w.rows.length, w.throttled, w.rebooted, w.endHours])).toEqual([
      [0, 1, 0, 0, 5],
      [2, 2, 1, 1, 2],
    ]);
  });
});

describe("migrationVmRows(result)", () => {
  it("sorts by wave, then start; numbers in seconds and bytes; duration = end − start", () => {
    const rows = migrationVmRows(result);
    expect(rows).toHaveLength(result.migration.vms.length);
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1]!, rows[i]!];
      expect(a.wave < b.wave || (a.wave === b.wave && a.startSeconds <= b.startSeconds)).toBe(true);
    }
    for (const r of rows) expect(r.durationSeconds).toBeCloseTo(r.endSeconds - r.startSeconds, 9);
  });
});

describe("formatElapsed(seconds)", () => {
  it.each([
    [0, "0:00:00"],
    [59.6, "0:01:00"],
    [130, "0:02:10"],
    [48_960, "13:36:00"],
    [48_960 + 130, "13:38:10"],
    [100 * 3600 + 5, "100:00:05"],
    [-65, "−0:01:05"],
  ])("shows %d s as %s", (seconds, text) => {
    expect(formatElapsed(seconds)).toBe(text);
  });

  it("tells a two-minute move's start from its end", () => {
    expect(formatElapsed(13.6 * 3600)).not.toBe(formatElapsed(13.6 * 3600 + 120));
  });
});

describe("phaseLabel(name)", () => {
  it("names the plan's phases as a reader says them, and any other in words", () => {
    expect(result.migration.phases.map((p) => phaseLabel(p.name))).toEqual([
      "Link set-up",
      "Preflight",
      "Context creation",
      "Data preparation",
      "Waves",
      "Validation",
    ]);
    expect(phaseLabel("cut-back_drill")).toBe("Cut back drill");
  });
});

describe("linkUse(result).switchoverHours", () => {
  it("holds each VM's switchover, in hours, in time order", () => {
    const hours = linkUse(result).switchoverHours;
    expect(hours).toHaveLength(result.migration.vms.length);
    expect(hours).toEqual([...hours].sort((a, b) => a - b));
    expect(hours).toContain(result.migration.vms[0]!.endSeconds / 3600);
  });
});

describe("migrationTime(result, labels)", () => {
  it("runs from 0 to the makespan limit when the plan ends sooner", () => {
    const time = migrationTime(result, ["a"]);
    expect(time.x.domain()).toEqual([0, 72]);
    expect(time.limitHours).toBe(72);
    expect(time.left + time.plotWidth + time.right).toBe(MIGRATION_CHART_WIDTH);
  });

  it("runs to the makespan when the plan ends after its limit", () => {
    const late = {
      ...result,
      migration: { ...result.migration, makespanSeconds: 100 * 3600 },
    };
    expect(migrationTime(late, []).x.domain()).toEqual([0, 100]);
  });

  it("widens the left margin for a long label, up to 40 % of the width", () => {
    const short = migrationTime(result, ["db"]);
    const long = migrationTime(result, ["x".repeat(40)]);
    const huge = migrationTime(result, ["x".repeat(400)]);
    expect(long.left).toBeGreaterThan(short.left);
    expect(huge.labelWidth).toBeCloseTo(MIGRATION_CHART_WIDTH * 0.4, 9);
  });

  it("zooms on the waves: a window inside the plan that holds every VM's move", () => {
    const [start, end] = wavesWindow(result);
    expect(start).toBeGreaterThan(0);
    for (const v of result.migration.vms) {
      expect(v.startSeconds / 3600).toBeGreaterThanOrEqual(start);
      expect(v.endSeconds / 3600).toBeLessThanOrEqual(end);
    }
    expect(migrationTime(result, [], [start, end]).x.domain()).toEqual([start, end]);
  });

  it("ticks every 6 h over 72 h, in h:mm within an hour", () => {
    expect(hourTicks(0, 72)).toEqual([0, 6, 12, 18, 24, 30, 36, 42, 48, 54, 60, 66, 72]);
    expect(hourTicks(13.5, 14.2).every((t) => t >= 13.5 && t <= 14.2)).toBe(true);
    expect(hourTick(12)).toBe("12 h");
    expect(hourTick(13.5)).toBe("13:30");
  });
});
