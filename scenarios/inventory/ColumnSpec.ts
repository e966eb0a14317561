/**
 * How to find one field's column in a table: by header name, never by position.
 * Aliases are matched case-insensitively, ignoring whitespace (see `headerKey`); the first
 * alias found in the header wins.
 */
export interface ColumnSpec {
  /** Header names that carry this field, the current name first. */
  aliases: readonly string[];
  /** True when the table is unusable without this column (a missing one is an InputError). */
  required?: boolean;
}

/** The columns of one kind of table, by field name. */
export type ColumnSpecs<F extends string> = Readonly<Record<F, ColumnSpec>>;
