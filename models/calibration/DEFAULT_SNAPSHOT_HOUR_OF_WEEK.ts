/**
 * The hour of the week an RVTools export is taken to have been run, when the scenario does not
 * say (`calibration.snapshotHourOfWeek`): hours since Monday 00:00 local time, 34 = Tuesday 10:00.
 *
 * ASSUMPTION, not a measurement: an export is one snapshot (FACTS.md, "Measurements in an
 * export") and its vMetaData date is not read into the inventory. RVTools is run by hand by an
 * administrator or a consultant preparing an assessment, so in office hours on a working day;
 * mid-morning of a Tuesday stands for "a weekday in office hours", away from Monday's backlog and
 * Friday's quiet. Set the real hour in the scenario when the export's date is known.
 */
export const DEFAULT_SNAPSHOT_HOUR_OF_WEEK = 34;
