import type { SeriesHost, SeriesVm } from "../../models/contention/contentionSeries.ts";

/**
 * One input of the contention model to time: hosts with their VMs placed, and how many hourly
 * steps to compute. A new workload is a new file building one of these.
 */
export interface ContentionCase {
  /** Name for tables, e.g. "reference, target" or "synthetic 100 hosts". */
  readonly name: string;
  /** Hosts, as `contentionSeries` takes them (base units). */
  readonly hosts: readonly SeriesHost[];
  /** VMs, each on one of the hosts. */
  readonly vms: readonly SeriesVm[];
  /** Hourly steps from Monday 00:00 (168: a week; 8,766: a year of 365.25 days). */
  readonly steps: number;
}
