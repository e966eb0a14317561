import { Inflate } from "fflate";
import { InputError } from "../InputError.ts";
import { INFLATE_RATIO_GRACE_BYTES, type InputLimits } from "../InputLimits.ts";
import { formatByteCount } from "./formatByteCount.ts";
import { formatInflateRatio } from "./formatInflateRatio.ts";
import type { ZipEntry } from "./ZipEntry.ts";

/**
 * Compressed bytes handed to the inflater at a time. Deflate inflates at most about 1,032× (a
 * 258-byte match per 2 bits), so one push yields at most ~17 MB even from a bomb, before the
 * running counts are checked.
 */
const PUSH_BYTES = 16 * 1024;

/**
 * Inflates one zip entry chunk by chunk (PKWARE APPNOTE.TXT 6.3.10 §4.4.5: method 0 stored,
 * 8 deflated, RFC 1951) with fflate's streaming `Inflate`, handing each inflated chunk to
 * `onChunk` as it comes, so that no whole part is ever held. Before each chunk is passed on,
 * the running count is checked — a directory can lie — against the size the directory
 * declared, `limits.maxPartBytes`, and `limits.maxInflateRatio` (inflated so far ÷ compressed
 * so far, past {@link INFLATE_RATIO_GRACE_BYTES}, as Apache POI's `ZipSecureFile` does); at the
 * end the count must equal the declared size. The CRC-32 is not checked. Browser-safe.
 *
 * @param bytes - the whole archive.
 * @param entry - an entry from `zipDirectory`; its declared sizes are checked against the limits
 *   before anything is inflated.
 * @param file - the file as the user named it, for messages.
 * @param location - the sheet reading this part, or the part's name, for messages.
 * @param limits - the limits on parts.
 * @param onChunk - receives the inflated bytes in order; an error it throws stops inflation and
 *   propagates unchanged.
 * @throws {InputError} for a part inflating past its declared size or a limit, ending short of
 *   its declared size, or holding a damaged deflate stream.
 * @example
 * inflateEntry(zip, entry, "book.xlsx", "vInfo", DEFAULT_INPUT_LIMITS, (chunk) => decoder.decode(chunk, { stream: true }))
 */
export function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  file: string,
  location: string,
  limits: InputLimits,
  onChunk: (chunk: Uint8Array) => void,
): void {
  const refuse = (expected: string, got: string): never => {
    throw new InputError({ file, sheet: location, expected, got });
  };
  checkDeclaredLimits(entry, file, limits);
  const declared = entry.uncompressedBytes;
  let inflated = 0;
  let pushed = 0;
  const take = (chunk: Uint8Array): void => {
    if (chunk.length === 0) return;
    inflated += chunk.length;
    if (inflated > declared) {
      refuse(
        `the ${formatByteCount(declared)} the zip directory declares for ${entry.name}`,
        `more while inflating: a lying directory?`,
      );
    }
    if (inflated > limits.maxPartBytes) {
      refuse(`a part of at most ${formatByteCount(limits.maxPartBytes)} once inflated`, "more");
    }
    if (inflated > INFLATE_RATIO_GRACE_BYTES && inflated > limits.maxInflateRatio * pushed) {
      refuse(
        `a part inflating to at most ${limits.maxInflateRatio}× its compressed size`,
        `${formatInflateRatio(inflated, pushed)} while inflating ${entry.name} (${formatByteCount(inflated)} from ${formatByteCount(pushed)}): a zip bomb?`,
      );
    }
    onChunk(chunk);
  };
  const end = entry.dataOffset + entry.compressedBytes;
  const inflater = entry.method === 8 ? new Inflate(take) : null;
  let at = entry.dataOffset;
  do {
    const next = Math.min(at + PUSH_BYTES, end);
    const chunk = bytes.subarray(at, next);
    pushed += chunk.length;
    if (inflater === null) take(chunk);
    else push(inflater, chunk, next === end, refuse, entry.name);
    at = next;
  } while (at < end);
  if (inflated !== declared) {
    refuse(
      `the ${formatByteCount(declared)} the zip directory declares for ${entry.name}`,
      `${formatByteCount(inflated)} once inflated`,
    );
  }
}

/** Pushes one chunk, turning fflate's errors (a damaged stream) into an InputError. */
function push(
  inflater: Inflate,
  chunk: Uint8Array,
  final: boolean,
  refuse: (expected: string, got: string) => never,
  part: string,
): void {
  try {
    inflater.push(chunk, final);
  } catch (error) {
    // fflate's FlateError carries a numeric code; anything else (an InputError from onChunk) passes.
    if (!(error instanceof Error) || typeof (error as { code?: unknown }).code !== "number") {
      throw error;
    }
    refuse(`a deflate stream in ${part}`, `a damaged one (${error.message})`);
  }
}

/** Refuses an entry declaring more than maxPartBytes, or a ratio above maxInflateRatio past the grace. */
function checkDeclaredLimits(entry: ZipEntry, file: string, limits: InputLimits): void {
  const { uncompressedBytes: inflated, compressedBytes: stored } = entry;
  if (inflated > limits.maxPartBytes) {
    throw new InputError({
      file,
      sheet: entry.name,
      expected: `a part of at most ${formatByteCount(limits.maxPartBytes)} once inflated`,
      got: `${formatByteCount(inflated)} declared by the zip directory`,
    });
  }
  if (inflated > INFLATE_RATIO_GRACE_BYTES && inflated > limits.maxInflateRatio * stored) {
    throw new InputError({
      file,
      sheet: entry.name,
      expected: `a part inflating to at most ${limits.maxInflateRatio}× its compressed size`,
      got: `${formatInflateRatio(inflated, stored)} declared by the zip directory (${formatByteCount(inflated)} from ${formatByteCount(stored)}): a zip bomb?`,
    });
  }
}
