/**
 * What an {@link XmlScanner} calls as markup arrives. Names are local names: a namespace prefix
 * (`x:` in `<x:row>`) is dropped, as SpreadsheetML writers differ in the prefixes they bind.
 */
export interface XmlHandler {
  /** A start tag (or an empty-element tag, `selfClosing`), its attributes as written, undecoded. */
  open(name: string, attributes: string, selfClosing: boolean): void;
  /** An end tag. */
  close(name: string): void;
  /**
   * Character data as written (entities undecoded; a CDATA section's content escaped so that
   * decoding gives it back), in pieces: one text node may come in several calls.
   */
  text(raw: string): void;
  /** Throws the located error for a problem the scanner found; never returns. */
  fail(expected: string, got: string): never;
}
