/**
 * Unit constants: one base unit per dimension (seconds, bytes, bytes per second, Hz, fractions),
 * and the factors that convert human units into them. Conversions happen once, at the edges
 * (scenario loading, import, display); everything inside works in base units.
 *
 * Binary prefixes (KiB, MiB, GiB, TiB) are powers of 1024; decimal ones (kB, MB, GB, TB) powers
 * of 1000 (IEC 80000-13). Network rates are decimal bits per second (1 Gbit/s = 10⁹ bit/s).
 */

/** Seconds in a millisecond. */
export const MILLISECOND = 1e-3;
/** Seconds in a minute. */
export const MINUTE = 60;
/** Seconds in an hour. */
export const HOUR = 3_600;
/** Seconds in a day. */
export const DAY = 86_400;
/** Seconds in a week. */
export const WEEK = 7 * DAY;
/** Seconds in a mean Gregorian year (365.2425 days). */
export const YEAR = 365.2425 * DAY;
/** Seconds in a mean month (a twelfth of a mean year), the billing month of the cost model. */
export const MONTH = YEAR / 12;

/** Bytes in a kibibyte. */
export const KIB = 1_024;
/** Bytes in a mebibyte. */
export const MIB = 1_048_576;
/** Bytes in a gibibyte. */
export const GIB = 1_073_741_824;
/** Bytes in a tebibyte. */
export const TIB = 1_099_511_627_776;
/** Bytes in a pebibyte. */
export const PIB = 1_125_899_906_842_624;
/** Bytes in a kilobyte. */
export const KB = 1e3;
/** Bytes in a megabyte. */
export const MB = 1e6;
/** Bytes in a gigabyte. */
export const GB = 1e9;
/** Bytes in a terabyte. */
export const TB = 1e12;
/** Bytes in a petabyte. */
export const PB = 1e15;

/** Bytes per second in one bit per second. */
export const BIT_PER_SECOND = 1 / 8;
/** Bytes per second in a megabit per second. */
export const MBIT_PER_SECOND = 1e6 / 8;
/** Bytes per second in a gigabit per second. */
export const GBIT_PER_SECOND = 1e9 / 8;

/** Hz in a megahertz. */
export const MHZ = 1e6;
/** Hz in a gigahertz. */
export const GHZ = 1e9;

/** A fraction in one percent. */
export const PERCENT = 0.01;
