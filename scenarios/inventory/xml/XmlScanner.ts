import type { XmlHandler } from "./XmlHandler.ts";

// Element and attribute syntax of XML 1.0 (Fifth Edition) §2.5–§3.1, read leniently: a tag is
// `<name`, then attributes whose quoted values may hold ">", then `>` or `/>`.
const LEADING_SPACE = /^[\s\uFEFF]*/;

/**
 * A streaming, non-validating XML tokenizer for the parts of an .xlsx: text is fed in chunks
 * as it is inflated and decoded ({@link XmlScanner.write}), and start tags, end tags and text
 * go to an {@link XmlHandler} as they complete. Only an incomplete piece of markup is carried
 * from one chunk to the next, so memory does not grow with the part; a piece of markup longer
 * than `maxMarkupChars` (an unterminated tag, comment or CDATA section) is refused at once.
 * Comments and processing instructions are skipped; a document type declaration is refused
 * (OPC, ECMA-376 Part 2, forbids DTDs in parts, and skipping them keeps entity expansion out);
 * the part must start with markup (after white space or a byte-order mark). Well-formedness is
 * not checked beyond that: the consumers read the elements they know. Browser-safe.
 *
 * @example
 * const scanner = new XmlScanner(handler, 300_000);
 * scanner.write('<row r="1"><c><v>4'); scanner.write("2</v></c></row>"); scanner.end();
 * // handler: open row, open c, open v, text "4", text "2", close v, close c, close row
 */
export class XmlScanner {
  readonly #handler: XmlHandler;
  readonly #maxMarkupChars: number;
  #rest = "";
  #started = false;
  #double = -2;
  #single = -2;

  /**
   * @param handler - receives the markup; its `fail` raises the located errors.
   * @param maxMarkupChars - longest piece of markup (a tag, comment, CDATA section) accepted, chars.
   */
  constructor(handler: XmlHandler, maxMarkupChars: number) {
    this.#handler = handler;
    this.#maxMarkupChars = maxMarkupChars;
  }

  /**
   * Scans the next chunk of the document.
   * @throws what the handler throws, and through `handler.fail` a part that is not markup, a
   *   DTD, or markup longer than the limit.
   */
  write(chunk: string): void {
    let s = this.#rest === "" ? chunk : this.#rest + chunk;
    this.#rest = "";
    if (!this.#started) {
      const space = LEADING_SPACE.exec(s)?.[0].length ?? 0;
      if (space === s.length) return;
      if (s[space] !== "<") {
        this.#handler.fail(
          "an XML part",
          `text starting ${JSON.stringify(s.slice(space, space + 20))}`,
        );
      }
      this.#started = true;
      s = s.slice(space);
    }
    const handler = this.#handler;
    const n = s.length;
    this.#double = -2;
    this.#single = -2;
    let i = 0;
    while (i < n) {
      const lt = s.indexOf("<", i);
      if (lt === -1) {
        handler.text(i === 0 ? s : s.slice(i));
        return;
      }
      if (lt > i) handler.text(s.slice(i, lt));
      const next = this.#markup(s, lt);
      if (next === -1) {
        this.#carry(s.slice(lt));
        return;
      }
      i = next;
    }
  }

  /**
   * Ends the document.
   * @throws through `handler.fail` when it ends inside markup.
   */
  end(): void {
    if (this.#rest !== "") {
      this.#handler.fail("a complete XML part", `an unterminated ${describe(this.#rest)}`);
    }
  }

  /** Handles the markup at `lt`; returns the index after it, or -1 when it is incomplete. */
  #markup(s: string, lt: number): number {
    const handler = this.#handler;
    const second = s.charCodeAt(lt + 1);
    if (second === 0x2f /* / */) {
      const gt = s.indexOf(">", lt + 2);
      if (gt === -1) return -1;
      const name = s.slice(lt + 2, gt);
      handler.close(localName(s.charCodeAt(gt - 1) <= 0x20 ? name.trimEnd() : name));
      return gt + 1;
    }
    if (second === 0x3f /* ? */) return after(s, "?>", lt + 2);
    if (second === 0x21 /* ! */) return this.#declaration(s, lt);
    return this.#startTag(s, lt);
  }

  /** A start tag at `lt`: its name ends at white space, "/" or ">"; quoted values may hold ">". */
  #startTag(s: string, lt: number): number {
    const n = s.length;
    let nameEnd = lt + 1;
    for (; nameEnd < n; nameEnd++) {
      const c = s.charCodeAt(nameEnd);
      if (c === 0x3e /* > */ || c === 0x2f /* / */ || c <= 0x20) break;
    }
    let gt = s.indexOf(">", nameEnd);
    if (gt === -1) return -1;
    for (let from = nameEnd; ; ) {
      const quote = this.#nextQuote(s, from);
      if (quote === -1 || quote > gt) break;
      const closing = s.indexOf(s[quote]!, quote + 1);
      if (closing === -1) return -1;
      from = closing + 1;
      if (closing > gt) {
        gt = s.indexOf(">", from);
        if (gt === -1) return -1;
      }
    }
    if (nameEnd === lt + 1) {
      this.#handler.fail('an XML element name after "<"', JSON.stringify(s.slice(lt, lt + 20)));
    }
    const selfClosing = s.charCodeAt(gt - 1) === 0x2f;
    this.#handler.open(
      localName(s.slice(lt + 1, nameEnd)),
      s.slice(nameEnd, selfClosing ? gt - 1 : gt),
      selfClosing,
    );
    return gt + 1;
  }

  /**
   * The first quote (" or ') at or after `from` in `s` (the string being scanned), or -1. The
   * next position of each is remembered for the scan, so that a document without any ' is not
   * searched to its end at every tag.
   */
  #nextQuote(s: string, from: number): number {
    if (this.#double !== -1 && this.#double < from) this.#double = s.indexOf('"', from);
    if (this.#single !== -1 && this.#single < from) this.#single = s.indexOf("'", from);
    if (this.#double === -1) return this.#single;
    if (this.#single === -1) return this.#double;
    return Math.min(this.#double, this.#single);
  }

  /** A comment, a CDATA section (passed on as escaped text) or a refused DTD at `lt` (`<!`). */
  #declaration(s: string, lt: number): number {
    if (s.startsWith("<!--", lt)) return after(s, "-->", lt + 4);
    if (s.startsWith("<![CDATA[", lt)) {
      const close = s.indexOf("]]>", lt + 9);
      if (close === -1) return -1;
      this.#handler.text(s.slice(lt + 9, close).replace(/[&<>]/g, escapeChar));
      return close + 3;
    }
    if (s.length - lt < 9) return -1;
    return this.#handler.fail(
      "XML without a document type declaration (OPC parts have none)",
      JSON.stringify(s.slice(lt, lt + 20)),
    );
  }

  /** Keeps incomplete markup for the next chunk, refusing it past the limit. */
  #carry(markup: string): void {
    if (markup.length > this.#maxMarkupChars) {
      this.#handler.fail(
        `markup of at most ${this.#maxMarkupChars.toLocaleString("en-US")} characters`,
        `an unterminated ${describe(markup)} longer than that`,
      );
    }
    this.#rest = markup;
  }
}

function after(s: string, terminator: string, from: number): number {
  const at = s.indexOf(terminator, from);
  return at === -1 ? -1 : at + terminator.length;
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon === -1 ? name : name.slice(colon + 1);
}

function escapeChar(c: string): string {
  return c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;";
}

/** What kind of markup `markup` starts, with its first characters, for a message. */
function describe(markup: string): string {
  const kind = markup.startsWith("<!--")
    ? "comment"
    : markup.startsWith("<![CDATA[")
      ? "CDATA section"
      : "tag";
  return `${kind} ${JSON.stringify(markup.slice(0, 20))}…`;
}
