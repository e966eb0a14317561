/** How a kind of VM behaves over the day, in base units (from a scenario's profile). */
export interface WorkloadProfile {
  /** Fraction of the VM's vCPUs busy at the daily peak, measured on the reference core. */
  cpuPeakFraction: number;
  /** Fraction of the VM's vCPUs busy at the nightly trough. */
  cpuTroughFraction: number;
  /** Fraction of configured memory actively used. */
  activeMemoryFraction: number;
  /** Page-dirty rate at the peak, bytes per second. */
  dirtyRatePeakBytesPerSecond: number;
  /** Page-dirty rate at the trough, bytes per second. */
  dirtyRateTroughBytesPerSecond: number;
  /** HTTP requests per second per hosted site at the peak. */
  requestsPerSitePeak: number;
  /** CPU time per request on the reference core, seconds. */
  serviceTimeSeconds: number;
}
