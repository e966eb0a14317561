import { DAY, HOUR, WEEK } from "../units.ts";

/** A daily and weekly traffic shape. Time 0 is Monday 00:00 local time. */
export interface TrafficShape {
  /** Hour of the nightly trough, 0–24. */
  troughHour: number;
  /** Hour of the evening peak, 0–24, after the trough. */
  peakHour: number;
  /** Saturday and Sunday traffic relative to a weekday at the same hour, 0–1. */
  weekendFactor: number;
}

/**
 * The default shape of European small-business web traffic. ASSUMPTION, chosen to match the
 * commonly reported shape of such traffic (a night trough around 04:00, a rise through the
 * day and an evening peak around 21:00, lighter weekends; e.g. the diurnal curves in
 * Feldmann et al., "The Lockdown Effect", IMC 2020, Fig. 2, for residential traffic). Not
 * measured on the reference customer: replace with measured data when available.
 */
export const DEFAULT_TRAFFIC_SHAPE: TrafficShape = {
  troughHour: 4,
  peakHour: 21,
  weekendFactor: 0.85,
};

/**
 * The traffic level at a time: 0 at the weekday trough, 1 at the weekday peak. A smooth
 * (C¹) daily curve made of two half-cosines: rising from the trough to the peak, falling from
 * the peak to the next trough; at weekends the level is multiplied by `weekendFactor`.
 *
 * @param timeSeconds seconds since Monday 00:00 (any value; the week repeats)
 * @returns a level in [0, 1]
 * @example
 * trafficLevel(21 * HOUR) // 1 (Monday 21:00); trafficLevel(4 * HOUR) // 0
 */
export function trafficLevel(timeSeconds: number, shape = DEFAULT_TRAFFIC_SHAPE): number {
  const inWeek = ((timeSeconds % WEEK) + WEEK) % WEEK;
  const day = Math.floor(inWeek / DAY);
  const hour = (inWeek - day * DAY) / HOUR;
  const rise = shape.peakHour - shape.troughHour;
  const sinceTrough = (hour - shape.troughHour + 24) % 24;
  const level =
    sinceTrough <= rise
      ? (1 - Math.cos((Math.PI * sinceTrough) / rise)) / 2
      : (1 + Math.cos((Math.PI * (sinceTrough - rise)) / (24 - rise))) / 2;
  return day >= 5 ? level * shape.weekendFactor : level;
}
