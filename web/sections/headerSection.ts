import type { ReportMeta } from "../../scenarios/report/reportHtml.ts";
import type { SimulationResult } from "../../scenarios/result/SimulationResult.ts";
import { facts, type Parent } from "./section.ts";

/** "6 December 2026" from "2026-12-06" (the date as written, whatever the reader's zone). */
export function readableDate(isoDay: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDay);
  if (match === null) return isoDay;
  const [, y, m, d] = match;
  const month = MONTHS[Number(m) - 1] ?? m;
  return `${Number(d)} ${month} ${y}`;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * The report's title (the scenario and the date it was written), what the scenario is, and
 * where it came from: scenario file, seed, version, currency, horizon.
 */
export function headerSection(parent: Parent, result: SimulationResult, meta?: ReportMeta): void {
  const header = parent.append("header").attr("class", "masthead");
  header.append("p").attr("class", "kicker").text("Cutover report");
  const h1 = header.append("h1");
  h1.append("span").attr("class", "title").text(result.scenario.title);
  if (meta !== undefined)
    h1.append("span")
      .attr("class", "dateline")
      .text(` — ${readableDate(meta.generated)}`);
  if (result.scenario.description !== "")
    header.append("p").attr("class", "lede").text(result.scenario.description);
  facts(header as unknown as Parent, [
    ["Scenario", `${result.scenario.name} (${result.scenario.file})`],
    ["Seed", String(result.scenario.seed)],
    ...(meta === undefined
      ? []
      : ([
          [
            "Written",
            `${readableDate(meta.generated)} by cutover ${meta.version === "" ? "(development build)" : meta.version}`,
          ],
        ] as const)),
    ["Currency", result.scenario.currency],
    [
      "Horizon",
      `${result.scenario.horizonYears} ${result.scenario.horizonYears === 1 ? "year" : "years"}`,
    ],
  ]);
}
