import type { SimulationResult } from "../../scenarios/result/SimulationResult.ts";

/** One stacked segment of the monthly bills chart: a line item of a bill. */
export interface CostSegment {
  bill: string;
  item: string;
  /** Where the segment starts and ends on the money axis. */
  from: number;
  to: number;
}

const BILLS = [
  ["dedicatedBefore", "Dedicated, before the licence change"],
  ["dedicatedAfter", "Dedicated, after the licence change"],
  ["shared", "Shared VCF platform"],
] as const;

/** The three monthly bills as stacked line items, in the scenario's currency per month. */
export function costSegments(result: SimulationResult): CostSegment[] {
  return BILLS.flatMap(([key, bill]) => {
    let at = 0;
    return result.cost.monthly[key].lineItems.map((li) => {
      const segment = { bill, item: li.item, from: at, to: at + li.amountPerMonth };
      at += li.amountPerMonth;
      return segment;
    });
  });
}

/** One bar of the tornado: the saving at the low and the high end of an input. */
export interface TornadoRow {
  /** The input's scenario path, e.g. "costs.shared.perGbRamPerMonth". */
  input: string;
  /** The input in words, e.g. "shared price per GB RAM per month". */
  label: string;
  /** The input's value in the scenario, and its low and high end, in `unit`. */
  value: number;
  low: number;
  high: number;
  /** The input's unit as the assumptions give it ("EUR/month", "fraction", "" for a count). */
  unit: string;
  /** The saving with the input at its low end, and at its high end. */
  atLow: number;
  atHigh: number;
}

/** The saving's sensitivity to each cost input (against the scenario's baseline), widest first. */
export function tornadoRows(result: SimulationResult): TornadoRow[] {
  const key =
    result.cost.savingsBaseline === "beforeLicenceChange"
      ? "vsBeforeLicenceChange"
      : "vsAfterLicenceChange";
  return (result.cost.sensitivity?.monthlySaving[key] ?? []).map((bar) => ({
    input: bar.id,
    label: costInputLabel(bar.id),
    value: bar.value,
    low: bar.low,
    high: bar.high,
    unit: result.assumptions.find((a) => a.id === bar.id)?.unit ?? "",
    atLow: bar.outputAtLow,
    atHigh: bar.outputAtHigh,
  }));
}

/** Words of a cost input's path that read better otherwise. */
const WORDS: Record<string, string> = {
  gb: "GB",
  vcpu: "vCPU",
  ram: "RAM",
  vm: "VM",
  cpu: "CPU",
  usd: "USD",
  eur: "EUR",
  gbp: "GBP",
  chf: "CHF",
  rates: "rate",
  licencebefore: "old licence",
  licenceafter: "new licence",
  oneoff: "one-off",
  min: "minimum",
  max: "maximum",
};

/**
 * A cost input's scenario path in words, for a chart label: "costs." dropped, camelCase split,
 * "per …" prices named as prices, "…Fraction" as the share it is.
 *
 * @example
 * costInputLabel("costs.shared.perGbRamPerMonth"); // "shared price per GB RAM per month"
 * costInputLabel("costs.dedicated.hostPerMonth"); // "dedicated host price per month"
 * costInputLabel("costs.dedicated.licenceAfter.minCoresPerSocket"); // "new licence: minimum cores per socket"
 */
export function costInputLabel(id: string): string {
  const parts = id.replace(/^costs\./, "").split(".");
  const field = parts.pop() ?? id;
  const word = (w: string) => WORDS[w.toLowerCase()] ?? w.toLowerCase();
  const scope = parts.map((p) =>
    (WORDS[p.toLowerCase()] ?? p).replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase(),
  );
  const fieldWords = field
    .replace(/OneOff/g, "Oneoff")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(" ")
    .filter((w) => w !== "")
    .map(word);
  // a fraction is a share, said once ("licence share of host price", "discount rate")
  if (fieldWords.at(-1) === "fraction") {
    fieldWords.pop();
    if (!fieldWords.some((w) => w === "share" || w === "rate")) fieldWords.push("share");
  }
  // a price "per …" says that it is a price
  const per = fieldWords.indexOf("per");
  const counted = fieldWords.some((w) => ["price", "points", "minimum", "maximum"].includes(w));
  if (per >= 0 && !counted) fieldWords.splice(per, 0, "price");
  const scopeText = scope.join(" ");
  const isLicence = /licence$/.test(scopeText);
  const text = fieldWords.join(" ");
  if (scopeText === "") return text;
  return isLicence ? `${scopeText}: ${text}` : `${scopeText} ${text}`;
}
