import { z } from "zod";

/**
 * How an imported export's measurements calibrate the before-state (models/calibration/). Left
 * out: the snapshot is taken to be Tuesday 10:00 (DEFAULT_SNAPSHOT_HOUR_OF_WEEK, an assumption).
 */
export const calibrationSchema = z.strictObject({
  snapshotHourOfWeek: z.number().int("expected a whole hour").min(0).max(167).optional().meta({
    description:
      "The hour the RVTools export was run, in hours since Monday 00:00 local time (34 = Tuesday 10:00, the default assumption): its measurements are read as that hour's demand",
  }),
});
