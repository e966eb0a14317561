/**
 * Limits on what Cutover reads, so that a file built to exhaust memory or time is refused with a
 * located message (exit 2) instead of crashing or hanging. One `--max-input-mib M` on the command
 * line sets them all (see {@link inputLimits}); the defaults take a 100,000-VM RVTools export.
 */
export interface InputLimits {
  /**
   * Largest file read, in bytes: a CSV, a scenario or shard JSON file, or an .xlsx workbook as
   * stored (compressed). Checked from the file's size before it is read.
   */
  maxFileBytes: number;
  /**
   * Largest part of an .xlsx once inflated, in bytes (a sheet, the shared strings): checked against
   * the size the zip directory declares before inflating, and again while inflating (a directory
   * can lie).
   */
  maxPartBytes: number;
  /**
   * Largest inflation ratio of an .xlsx part (inflated ÷ compressed), beyond
   * {@link INFLATE_RATIO_GRACE_BYTES}: 100, Apache POI's `ZipSecureFile` default (minimum inflate
   * ratio 0.01). Real sheets compress 5–20×; deflate can reach about 1,032×, which only bombs do.
   */
  maxInflateRatio: number;
  /** Most rows in one table (a CSV file or a sheet), header included. */
  maxRows: number;
  /** Longest cell, in characters: 32,767, Excel's own limit on a cell's text. */
  maxCellChars: number;
  /**
   * Most cells in one table (a CSV file or a sheet, blank cells before a row's last value
   * included) and most items in a workbook's shared strings: what bounds the memory a file of
   * separators or empty items (`,,,,` or `<si/>`) would otherwise take, a few bytes on disk each.
   */
  maxCells: number;
}

/** MiB. */
const MIB = 1024 * 1024;

/** Default `--max-input-mib`: 256 MiB, several times a 100,000-VM export's largest file. */
export const DEFAULT_MAX_INPUT_MIB = 256;

/** Parts inflated to less than this are never refused for their ratio (Apache POI's grace: 100 KiB). */
export const INFLATE_RATIO_GRACE_BYTES = 100 * 1024;

/**
 * The limits for `--max-input-mib M` (default {@link DEFAULT_MAX_INPUT_MIB}): files up to M MiB,
 * inflated .xlsx parts up to 16 × M MiB (4 GiB by default), 4,096 rows per MiB (about a million
 * by default), 65,536 cells per MiB (16.7 million by default: a 100,000-VM vInfo tab of 100
 * columns holds 10 million), an inflation ratio up to 100 and cells up to 32,767 characters
 * whatever M is.
 *
 * @example inputLimits(1024).maxFileBytes // 1073741824
 */
export function inputLimits(maxInputMib: number = DEFAULT_MAX_INPUT_MIB): InputLimits {
  return {
    maxFileBytes: maxInputMib * MIB,
    maxPartBytes: 16 * maxInputMib * MIB,
    maxInflateRatio: 100,
    maxRows: Math.round(4096 * maxInputMib),
    maxCellChars: 32_767,
    maxCells: Math.round(65_536 * maxInputMib),
  };
}

/** The defaults, as {@link inputLimits} gives them with no argument. */
export const DEFAULT_INPUT_LIMITS: InputLimits = inputLimits();
