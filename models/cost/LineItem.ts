/**
 * One line of a monthly bill, with everything needed to check it by hand:
 * `amountPerMonth = quantity × unitPricePerMonth`.
 *
 * @example
 * { item: "vCPU", quantity: 120, unit: "vCPU", unitPricePerMonth: 9,
 *   unitPriceFrom: "shared.perVcpuPerMonth", amountPerMonth: 1080 }
 */
export interface LineItem {
  /** What is billed, e.g. "hosts (licence share removed)". */
  item: string;
  /** How many units. */
  quantity: number;
  /** The unit counted: "host", "vCPU", "GB", "core", "month"… */
  unit: string;
  /** Price of one unit per month. */
  unitPricePerMonth: number;
  /** The input(s) the unit price comes from, as a path in the cost inputs (and how). */
  unitPriceFrom: string;
  /** quantity × unitPricePerMonth. */
  amountPerMonth: number;
}

/** A monthly bill: its line items and their total. */
export interface MonthlyCost {
  lineItems: LineItem[];
  totalPerMonth: number;
}

/** Builds a line item, computing its amount. */
export function lineItem(
  item: string,
  quantity: number,
  unit: string,
  unitPricePerMonth: number,
  unitPriceFrom: string,
): LineItem {
  return {
    item,
    quantity,
    unit,
    unitPricePerMonth,
    unitPriceFrom,
    amountPerMonth: quantity * unitPricePerMonth,
  };
}

/** A bill from its line items (total = Σ amounts). */
export function monthlyCost(lineItems: LineItem[]): MonthlyCost {
  return { lineItems, totalPerMonth: lineItems.reduce((s, l) => s + l.amountPerMonth, 0) };
}
