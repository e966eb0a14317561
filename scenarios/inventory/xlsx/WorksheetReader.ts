import { InputError } from "../InputError.ts";
import type { InputLimits } from "../InputLimits.ts";
import type { XmlHandler } from "../xml/XmlHandler.ts";
import { cellValue } from "./cellValue.ts";
import { detachedText } from "./detachedText.ts";
import { maxRawCellChars } from "./maxRawCellChars.ts";

/** Columns in a sheet: Excel's limit (A to XFD), from "Excel specifications and limits". */
const MAX_COLUMNS = 16_384;
const ROW_NUMBER = /\br\s*=\s*"(\d+)"/;
const CELL_REF_ATTRIBUTE = /\br\s*=\s*"([^"]*)"/;
const CELL_TYPE = /\bt\s*=\s*"(\w+)"/;
const CELL_REF = /^([A-Za-z]{1,3})(\d*)$/;

/**
 * Reads the rows of a worksheet part (ECMA-376 Part 1 §18.3.1: `sheetData`, `row`, `c`, `v`,
 * `is`) row by row as {@link XmlScanner} delivers it, so that memory follows the rows kept.
 * Cells are placed by reference (`r="C7"`), or after the previous one when `r` is missing, gaps
 * filled with ""; rows likewise, so that `rows[i]` is the sheet's row i + 1; a row is kept up to
 * its last non-empty cell, and only when it has one. Values as `cellValue` reads them. Refused
 * at once, naming the sheet and row: a row past `limits.maxRows`, a column past XFD (16,384), a
 * cell longer than `limits.maxCellChars` once decoded or whose text as written passes
 * `maxRawCellChars` before it ends, an index past the shared strings. Browser-safe.
 *
 * @example
 * const reader = new WorksheetReader("book.xlsx", "vInfo", shared, DEFAULT_INPUT_LIMITS);
 * readXmlPart(zip, entry, "book.xlsx", "vInfo", DEFAULT_INPUT_LIMITS, reader);
 * reader.rows // [["VM", "CPUs"], ["web01", "2"]]
 */
export class WorksheetReader implements XmlHandler {
  /** The rows read so far; `rows[i]` is row i + 1. */
  readonly rows: string[][] = [];
  readonly #file: string;
  readonly #sheet: string;
  readonly #shared: readonly string[];
  readonly #limits: InputLimits;
  readonly #maxRawChars: number;
  #inSheetData = false;
  #rowNumber = 0;
  #cells: string[] | null = null;
  /** Cells kept in the rows ended so far, blank cells before a row's last value included. */
  #cellCount = 0;
  #column = -1;
  #inCell = false;
  #cellType = "n";
  #cellRef = "";
  #value: string | undefined = undefined;
  #runs = "";
  #capture: "v" | "t" | null = null;
  #phonetic = 0;

  /**
   * @param file - the file as the user named it, for messages.
   * @param sheet - the sheet's name, for messages.
   * @param shared - the workbook's shared strings.
   * @param limits - `maxRows`, `maxCells` and `maxCellChars` apply.
   */
  constructor(file: string, sheet: string, shared: readonly string[], limits: InputLimits) {
    this.#file = file;
    this.#sheet = sheet;
    this.#shared = shared;
    this.#limits = limits;
    this.#maxRawChars = maxRawCellChars(limits);
  }

  open(name: string, attributes: string, selfClosing: boolean): void {
    if (name === "c") {
      if (this.#cells !== null) this.#startCell(attributes, selfClosing);
    } else if (name === "row") {
      if (this.#inSheetData) this.#startRow(attributes, selfClosing);
    } else if (name === "sheetData") {
      this.#inSheetData = !selfClosing;
    } else if (this.#inCell && !selfClosing) {
      if (name === "v" && this.#value === undefined) {
        this.#capture = "v";
        this.#value = "";
      } else if (name === "t" && this.#phonetic === 0) this.#capture = "t";
      else if (name === "rPh") this.#phonetic++;
    }
  }

  close(name: string): void {
    if (name === "v" || name === "t") this.#capture = null;
    else if (name === "rPh") this.#phonetic = Math.max(0, this.#phonetic - 1);
    else if (name === "c") this.#endCell();
    else if (name === "row") this.#endRow();
    else if (name === "sheetData") this.#inSheetData = false;
  }

  text(raw: string): void {
    if (this.#capture === null) return;
    if (this.#capture === "v") this.#value += raw;
    else this.#runs += raw;
    if ((this.#value?.length ?? 0) + this.#runs.length > this.#maxRawChars) {
      this.#tooLong(
        `more than ${this.#maxRawChars.toLocaleString("en-US")} characters of text, unterminated or too long`,
      );
    }
  }

  fail(expected: string, got: string): never {
    throw new InputError({
      file: this.#file,
      sheet: this.#sheet,
      ...(this.#cells === null ? {} : { row: this.#rowNumber }),
      expected,
      got,
    });
  }

  #startRow(attributes: string, selfClosing: boolean): void {
    this.#endRow();
    const r = ROW_NUMBER.exec(attributes);
    this.#rowNumber = r === null ? this.#rowNumber + 1 : Number(r[1]);
    this.#cells = [];
    this.#column = -1;
    if (this.#rowNumber > this.#limits.maxRows) {
      const max = this.#limits.maxRows.toLocaleString("en-US");
      this.fail(`at most ${max} rows in a sheet`, `row ${this.#rowNumber.toLocaleString("en-US")}`);
    }
    if (selfClosing) this.#endRow();
  }

  #endRow(): void {
    const cells = this.#cells;
    if (cells === null) return;
    this.#endCell();
    if (cells.length > 0) {
      this.#cellCount += cells.length;
      if (this.#cellCount > this.#limits.maxCells) {
        const max = this.#limits.maxCells.toLocaleString("en-US");
        this.fail(
          `at most ${max} cells in a sheet (raise the limit with --max-input-mib M)`,
          `more than ${max}`,
        );
      }
      while (this.rows.length < this.#rowNumber - 1) this.rows.push([]);
      this.rows[this.#rowNumber - 1] = cells;
    }
    this.#cells = null;
  }

  #startCell(attributes: string, selfClosing: boolean): void {
    this.#endCell();
    const ref = CELL_REF_ATTRIBUTE.exec(attributes)?.[1];
    const letters = ref === undefined ? null : CELL_REF.exec(ref);
    this.#column = letters === null ? this.#column + 1 : columnIndex(letters[1]!);
    this.#cellRef = ref ?? `${columnLetters(this.#column)}${this.#rowNumber}`;
    if (this.#column >= MAX_COLUMNS) {
      this.fail("at most 16,384 columns (A to XFD)", `cell ${this.#cellRef}`);
    }
    this.#cellType = CELL_TYPE.exec(attributes)?.[1] ?? "n";
    this.#inCell = true;
    this.#value = undefined;
    this.#runs = "";
    this.#capture = null;
    this.#phonetic = 0;
    if (selfClosing) this.#endCell();
  }

  #endCell(): void {
    if (!this.#inCell) return;
    this.#inCell = false;
    this.#capture = null;
    const raw = this.#cellType === "inlineStr" ? this.#runs : this.#value;
    const value = cellValue(this.#cellType, raw, this.#shared, (expected, got) =>
      this.fail(expected, got),
    );
    if (value.length > this.#limits.maxCellChars) {
      this.#tooLong(`${value.length.toLocaleString("en-US")} characters`);
    }
    if (value !== "") {
      const cells = this.#cells!;
      while (cells.length < this.#column) cells.push("");
      cells[this.#column] = this.#cellType === "s" ? value : detachedText(value);
    }
  }

  #tooLong(got: string): never {
    const max = this.#limits.maxCellChars.toLocaleString("en-US");
    return this.fail(
      `a cell of at most ${max} characters (Excel's limit)`,
      `${got} in cell ${this.#cellRef}`,
    );
  }
}

/** Column letters to a 0-based index: A → 0, Z → 25, AA → 26. */
function columnIndex(letters: string): number {
  let index = 0;
  for (let i = 0; i < letters.length; i++)
    index = index * 26 + ((letters.charCodeAt(i) & ~0x20) - 64);
  return index - 1;
}

/** A 0-based column index to its letters: 0 → A, 26 → AA. */
function columnLetters(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
