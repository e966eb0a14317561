import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { scenarioJsonSchema } from "../../../scenarios/schema/scenarioJsonSchema.ts";

const scenarios = join(import.meta.dirname, "../../../scenarios");
const published = (name: string) => JSON.parse(readFileSync(join(scenarios, name), "utf8"));

function validator(kind: "full" | "overlay") {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  return ajv.compile(scenarioJsonSchema(kind));
}

describe("the published JSON Schema", () => {
  it("scenario.schema.json is up to date with the loader's schema (npm run schema)", () => {
    expect(published("scenario.schema.json")).toEqual(scenarioJsonSchema("full"));
  });

  it("scenario-overlay.schema.json is up to date (npm run schema)", () => {
    expect(published("scenario-overlay.schema.json")).toEqual(scenarioJsonSchema("overlay"));
  });

  it("accepts every built-in scenario under the schema its $schema names", () => {
    const full = validator("full");
    const overlay = validator("overlay");
    for (const file of readdirSync(join(scenarios, "builtin"))) {
      const json = JSON.parse(readFileSync(join(scenarios, "builtin", file), "utf8"));
      const validate = json.$schema === "../scenario-overlay.schema.json" ? overlay : full;
      expect(validate(json), `${file}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
    }
  });

  it("lets an editor catch a typo and a missing field", () => {
    const validate = validator("full");
    const reference = JSON.parse(readFileSync(join(scenarios, "builtin/reference.json"), "utf8"));
    expect(validate({ ...reference, seeed: 1 })).toBe(false);
    const { link: _link, ...withoutLink } = reference;
    expect(validate(withoutLink)).toBe(false);
    expect(validator("overlay")({ extends: "reference", link: { bandwidth: "1 Gbit/s" } })).toBe(
      true,
    );
  });
});
