import type { PhysicalRange } from "../schema/physicalRanges.ts";
import type { ColumnSpecs } from "./ColumnSpec.ts";
import { headerKey } from "./headerKey.ts";
import { InputError } from "./InputError.ts";
import { parseNumber } from "./parseNumber.ts";
import type { Table } from "./Table.ts";

/** The range a number must fall in; `unit` is the unit the file writes it in (for messages). */
export interface NumberRule {
  /** Lower bound. */
  min: number;
  /** True when the lower bound itself is not allowed (e.g. memory > 0). */
  exclusiveMin?: boolean;
  /** True for counts (vCPUs, sockets). */
  integer?: boolean;
  /** The unit the file uses, e.g. "MiB"; shown in messages. */
  unit?: string;
  /**
   * The physical range of the quantity (PHYSICAL_RANGES, in base units) whose maximum bounds the
   * cell too, and `scale`, the base units in one of the file's units (e.g. MIB for a "MiB" cell).
   */
  range?: PhysicalRange;
  /** Base units per file unit, to compare the cell with `range` (default 1). */
  scale?: number;
}

const TRUE = new Set(["true", "yes", "y", "1"]);
const FALSE = new Set(["false", "no", "n", "0"]);

/**
 * A table's columns found by header name, with typed readers of its cells that throw an
 * {@link InputError} naming the file, the row, the column as the file spells it and what was
 * expected. Cells are trimmed; a missing column or a missing trailing cell reads as empty.
 *
 * @throws {InputError} from the constructor when a required column is missing (row = the header
 *   row, column = the preferred name, expected = the accepted names).
 * @example
 * const columns = new TableColumns(table, { vcpu: { aliases: ["CPUs", "vInfoCPUs"], required: true } });
 * columns.requiredNumber(0, "vcpu", { min: 1, integer: true }); // 2
 */
export class TableColumns<F extends string> {
  /** The table read. */
  readonly table: Table;
  readonly #specs: ColumnSpecs<F>;
  readonly #index: Map<F, number>;

  constructor(table: Table, specs: ColumnSpecs<F>) {
    this.table = table;
    this.#specs = specs;
    const byKey = new Map<string, number>();
    table.header.forEach((cell, i) => {
      const key = headerKey(cell);
      if (!byKey.has(key)) byKey.set(key, i);
    });
    this.#index = new Map();
    for (const field of Object.keys(specs) as F[]) {
      const spec = specs[field];
      const found = spec.aliases
        .map((alias) => byKey.get(headerKey(alias)))
        .find((i) => i !== undefined);
      if (found !== undefined) this.#index.set(field, found);
      else if (spec.required === true) {
        throw new InputError({
          ...this.#where(),
          row: table.headerRowNumber,
          field: spec.aliases[0]!,
          expected: `a column named ${spec.aliases.map((a) => `"${a}"`).join(" or ")}`,
          got: "none in the header",
        });
      }
    }
  }

  /** True when the table has a column for `field`. */
  has(field: F): boolean {
    return this.#index.has(field);
  }

  /** The header of `field`'s column as the file writes it, or its preferred name when absent. */
  headerOf(field: F): string {
    const i = this.#index.get(field);
    return i === undefined ? this.#specs[field].aliases[0]! : this.table.header[i]!;
  }

  /** The 1-based line or row number in the file of data row `row`. */
  rowNumber(row: number): number {
    return this.table.rowNumbers[row]!;
  }

  /** Indexes of the columns whose header is `prefix` followed by a number (e.g. "Network #12"), in numeric order. */
  numbered(prefixes: readonly string[]): number[] {
    const keys = prefixes.map(headerKey);
    const found: [number, number][] = [];
    this.table.header.forEach((cell, i) => {
      const key = headerKey(cell);
      for (const prefix of keys) {
        const rest = key.startsWith(prefix) ? key.slice(prefix.length) : "";
        if (/^\d+$/.test(rest)) found.push([Number(rest), i]);
      }
    });
    return found.sort((a, b) => a[0] - b[0]).map(([, i]) => i);
  }

  /** The trimmed cell in column index `column` of data row `row`; "" when missing. */
  cellAt(row: number, column: number): string {
    return (this.table.rows[row]![column] ?? "").trim();
  }

  /** The trimmed cell of `field` in data row `row`; "" when the column or cell is missing. */
  text(row: number, field: F): string {
    const i = this.#index.get(field);
    return i === undefined ? "" : this.cellAt(row, i);
  }

  /**
   * The trimmed cell, which must not be empty.
   * @throws {InputError} when the cell is empty, expecting `expected` (e.g. "a VM name").
   */
  requiredText(row: number, field: F, expected: string): string {
    const text = this.text(row, field);
    if (text === "") throw this.fail(row, field, expected, "");
    return text;
  }

  /** The trimmed cell, or null when empty. */
  optionalText(row: number, field: F): string | null {
    const text = this.text(row, field);
    return text === "" ? null : text;
  }

  /**
   * The cell as a number within `rule`, or null when empty.
   * @throws {InputError} when the cell is not a number or is out of range.
   */
  number(row: number, field: F, rule: NumberRule): number | null {
    const text = this.text(row, field);
    if (text === "") return null;
    const parsed = parseNumber(text, this.table.decimalSeparator);
    if (!parsed.ok)
      throw this.fail(row, field, `${describe(rule)}, written with ${parsed.hint}`, text);
    if (!within(parsed.value, rule)) throw this.fail(row, field, describe(rule), text);
    return parsed.value;
  }

  /**
   * The cell as a number within `rule`.
   * @throws {InputError} when the cell is empty, not a number or out of range.
   */
  requiredNumber(row: number, field: F, rule: NumberRule): number {
    const value = this.number(row, field, rule);
    if (value === null) throw this.fail(row, field, describe(rule), "");
    return value;
  }

  /**
   * The cell as a boolean (True/False, Yes/No, 1/0, any case), or null when empty.
   * @throws {InputError} for anything else.
   */
  boolean(row: number, field: F): boolean | null {
    const text = this.text(row, field).toLowerCase();
    if (text === "") return null;
    if (TRUE.has(text)) return true;
    if (FALSE.has(text)) return false;
    throw this.fail(row, field, "True or False", this.text(row, field));
  }

  /**
   * Records `name` (read from `field` on `row`) in `seen`, or throws when an earlier row had it,
   * naming both rows: "expected a unique VM name (also on row 2)".
   */
  unique(row: number, field: F, name: string, noun: string, seen: Map<string, number>): void {
    const first = seen.get(name);
    if (first !== undefined) {
      throw this.fail(row, field, `a unique ${noun} name (also on row ${first})`, name);
    }
    seen.set(name, this.rowNumber(row));
  }

  /** An InputError for the cell of `field` in data row `row`. */
  fail(row: number, field: F, expected: string, value: string): InputError {
    return new InputError({
      ...this.#where(),
      row: this.rowNumber(row),
      field: this.headerOf(field),
      expected,
      value,
    });
  }

  #where(): { file: string; sheet?: string } {
    const { file, sheet } = this.table;
    return sheet === undefined ? { file } : { file, sheet };
  }
}

function within(value: number, rule: NumberRule): boolean {
  if (rule.integer === true && !Number.isInteger(value)) return false;
  if (rule.range !== undefined && value * (rule.scale ?? 1) > rule.range.max) return false;
  return rule.exclusiveMin === true ? value > rule.min : value >= rule.min;
}

function describe(rule: NumberRule): string {
  const kind = rule.integer === true ? "a whole number" : "a number";
  const low = `${kind} ${rule.exclusiveMin === true ? ">" : "≥"} ${rule.min}`;
  const range = rule.range;
  if (range === undefined) return `${low}${rule.unit === undefined ? "" : ` (${rule.unit})`}`;
  const max = Number((range.max / (rule.scale ?? 1)).toPrecision(12));
  const unit = rule.unit === undefined ? "" : `${rule.unit}; `;
  const note = range.maxText === undefined ? range.why : `${range.maxText}, ${range.why}`;
  return `${low} and ≤ ${max} (${unit}${note})`;
}
