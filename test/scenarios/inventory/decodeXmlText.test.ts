import { describe, expect, it } from "vitest";
import { decodeXmlText } from "../../../scenarios/inventory/decodeXmlText.ts";

describe("decodeXmlText(text, ooxmlEscapes)", () => {
  it("decodes the predefined entities and numeric character references", () => {
    expect(
      decodeXmlText("R&amp;D &lt;a&gt; &quot;q&quot; &apos;s&apos; caf&#xE9; &#233; &#x1F600;"),
    ).toBe("R&D <a> \"q\" 's' café é 😀");
  });

  it("leaves unknown entities and out-of-range references as written", () => {
    expect(decodeXmlText("&nbsp; &#x110000; &amp")).toBe("&nbsp; &#x110000; &amp");
  });

  it("decodes _xHHHH_ escapes only when asked, and _x005F_ as a literal underscore", () => {
    expect(decodeXmlText("a_x000D_b")).toBe("a_x000D_b");
    expect(decodeXmlText("a_x000D_b_x005F_x0041_", true)).toBe("a\rb_x0041_");
  });
});
