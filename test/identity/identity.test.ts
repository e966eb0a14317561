import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { identityCases, sha256Of } from "./identityCases.ts";

/*
 * Issue 16: "the reference and Monte Carlo outputs are byte-identical to before". A regression
 * guard, not an oracle: the hashes were recorded at 79eba33, before the speed-ups.
 */
const FILE = new URL("./IDENTITY.json", import.meta.url);
const update = process.env.UPDATE_IDENTITY === "1";
const recorded: Record<string, string> = update ? {} : JSON.parse(readFileSync(FILE, "utf8"));

describe("outputs byte-identical to those recorded before the speed-ups", () => {
  const cases = identityCases();
  for (const c of cases) {
    it(c.name, { timeout: 60_000 }, async () => {
      const hash = sha256Of(await c.output());
      if (update) {
        recorded[c.name] = hash;
        if (Object.keys(recorded).length === cases.length) {
          writeFileSync(FILE, `${JSON.stringify(recorded, null, 2)}\n`);
        }
      } else expect(hash).toBe(recorded[c.name]);
    });
  }
});
