import { decodeXmlText } from "../decodeXmlText.ts";
import { InputError } from "../InputError.ts";
import type { InputLimits } from "../InputLimits.ts";
import type { XmlHandler } from "../xml/XmlHandler.ts";
import { detachedText } from "./detachedText.ts";
import { maxRawCellChars } from "./maxRawCellChars.ts";

/**
 * Reads the shared strings part of a workbook (ECMA-376 Part 1 §18.4, `sst`/`si`) item by item
 * as {@link XmlScanner} delivers it: the text of each item's `<t>` elements, rich-text runs
 * concatenated, phonetic runs (`<rPh>`) left out, entities and `_xHHHH_` escapes decoded. An
 * item longer than `limits.maxCellChars` once decoded, or whose text as written passes
 * `maxRawCellChars` before it ends, is refused at once. Browser-safe.
 *
 * @example
 * const reader = new SharedStringsReader("book.xlsx", "xl/sharedStrings.xml", DEFAULT_INPUT_LIMITS);
 * readXmlPart(zip, entry, "book.xlsx", entry.name, DEFAULT_INPUT_LIMITS, reader);
 * reader.strings // ["VM", "web01 ", …]
 */
export class SharedStringsReader implements XmlHandler {
  /** The items read so far, in order: index i is shared string i. */
  readonly strings: string[] = [];
  readonly #file: string;
  readonly #part: string;
  readonly #maxChars: number;
  readonly #maxRawChars: number;
  readonly #maxItems: number;
  #inItem = false;
  #inText = false;
  #phonetic = 0;
  #raw = "";

  /**
   * @param file - the file as the user named it, for messages.
   * @param part - the part's name, for messages.
   * @param limits - `maxCellChars` bounds each item.
   */
  constructor(file: string, part: string, limits: InputLimits) {
    this.#file = file;
    this.#part = part;
    this.#maxChars = limits.maxCellChars;
    this.#maxRawChars = maxRawCellChars(limits);
    this.#maxItems = limits.maxCells;
  }

  open(name: string, _attributes: string, selfClosing: boolean): void {
    if (name === "si") {
      if (this.strings.length >= this.#maxItems) {
        const max = this.#maxItems.toLocaleString("en-US");
        this.fail(
          `at most ${max} shared strings (raise the limit with --max-input-mib M)`,
          `more than ${max}`,
        );
      }
      if (selfClosing) this.strings.push("");
      else [this.#inItem, this.#raw, this.#phonetic] = [true, "", 0];
    } else if (!this.#inItem || selfClosing) {
      return;
    } else if (name === "rPh") {
      this.#phonetic++;
    } else if (name === "t" && this.#phonetic === 0) {
      this.#inText = true;
    }
  }

  close(name: string): void {
    if (name === "t") this.#inText = false;
    else if (name === "rPh") this.#phonetic = Math.max(0, this.#phonetic - 1);
    else if (name === "si" && this.#inItem) {
      const text = decodeXmlText(this.#raw, true);
      if (text.length > this.#maxChars) {
        this.fail(
          `a shared string of at most ${this.#maxChars.toLocaleString("en-US")} characters (Excel's limit)`,
          `${text.length.toLocaleString("en-US")} characters`,
        );
      }
      this.strings.push(detachedText(text));
      [this.#inItem, this.#raw] = [false, ""];
    }
  }

  text(raw: string): void {
    if (!this.#inText) return;
    this.#raw += raw;
    if (this.#raw.length > this.#maxRawChars) {
      this.fail(
        `a shared string of at most ${this.#maxChars.toLocaleString("en-US")} characters (Excel's limit)`,
        `more than ${this.#maxRawChars.toLocaleString("en-US")} characters of text, unterminated or too long`,
      );
    }
  }

  fail(expected: string, got: string): never {
    const item = this.#inItem ? ` in item ${this.strings.length + 1}` : "";
    throw new InputError({ file: this.#file, sheet: this.#part, expected, got: `${got}${item}` });
  }
}
