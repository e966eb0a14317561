import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import fc from "fast-check";
import { afterAll, describe, it } from "vitest";
import { InProcessCli } from "./cliHarness.ts";
import { printFuzzReport } from "./contract.ts";
import { expectCaseByContract } from "./contractCase.ts";
import { fuzzRuns, propertyTimeoutMs } from "./fuzzConfig.ts";
import {
  applyMutations,
  type Json,
  jsonText,
  type Mutation,
  mutateText,
  mutations,
  textMutation,
} from "./jsonMutation.ts";

// Property: a scenario file damaged in any way — fields deleted, duplicated, renamed, of the
// wrong type, out of range, in the wrong unit, deeply nested, huge arrays, `extends` cycles or
// missing files, __proto__ keys, broken text — is run or refused by the contract (contract.ts).

const builtin = resolve(import.meta.dirname, "../../scenarios/builtin");
const reference = JSON.parse(readFileSync(join(builtin, "reference.json"), "utf8")) as Record<
  string,
  Json
>;

/** The reference with a few VMs only: a small inline-inventory scenario that runs fast. */
function smallInline(vmCount: number): Json {
  const inventory = reference.inventory as Record<string, Json>;
  return {
    ...reference,
    name: `small-${vmCount}`,
    inventory: { ...inventory, vms: (inventory.vms as Json[]).slice(0, vmCount) },
  };
}

/** Documents to start from: every built-in scenario and small inline ones. */
const BASES: Json[] = [
  ...readdirSync(builtin)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(builtin, f), "utf8")) as Json),
  smallInline(1),
  smallInline(5),
];

/** What `extends` may say: itself, a file that extends back, missing files, odd paths and types. */
const extendsValue = fc.constantFrom<Json>(
  "./scenario.json",
  "scenario.json",
  "./other.json",
  "./missing.json",
  "missing",
  "/dev/null",
  ".",
  "./",
  "..",
  "",
  "reference",
  "reference-vvf",
  "Reference",
  "/etc/hostname",
  "https://example.com/x.json",
  "__proto__",
  42,
  null,
  ["reference"],
  { file: "reference" },
);

const extendsMutation: fc.Arbitrary<Mutation> = extendsValue.map((value) => ({
  kind: "addKey" as const,
  path: [],
  name: "extends",
  value,
}));

const COMMANDS: ((file: string, root: string) => string[])[] = [
  (file, root) => ["run", file, "--out", join(root, "out")],
  (file, root) => ["run", file, "--json", "--out", join(root, "out")],
  (file) => ["run", file, "--json"],
  (file) => ["forecast", file, "--json"],
  (file) => ["montecarlo", file, "--runs", "2", "--workers", "1", "--json"],
  (file) => ["compare", file, "reference-1gbe", "--json"],
];

const scenarioCase = fc.record({
  base: fc.nat({ max: BASES.length - 1 }),
  mutations: fc.oneof(
    { weight: 4, arbitrary: mutations },
    {
      weight: 1,
      arbitrary: fc.tuple(extendsMutation, mutations).map(([e, m]) => [e, ...m.slice(0, 1)]),
    },
  ),
  other: fc.oneof(
    fc.constant<Json>({ extends: "./scenario.json", schemaVersion: 1, name: "other" }),
    strangeOther(),
  ),
  text: textMutation,
  command: fc.nat({ max: COMMANDS.length - 1 }),
});

function strangeOther(): fc.Arbitrary<Json> {
  return mutations.map((m) =>
    applyMutations({ extends: "./scenario.json", schemaVersion: 1, name: "other" }, m),
  );
}

const cli = new InProcessCli();

afterAll(async () => {
  printFuzzReport("scenario mutations");
  await cli.close();
});

const RUNS = 400;

describe("fuzz: scenario files", () => {
  it(
    "every mutated scenario is run or refused by the exit-code contract",
    async () => {
      await fc.assert(
        fc.asyncProperty(scenarioCase, (c) =>
          expectCaseByContract(cli, (root) => {
            const doc = applyMutations(BASES[c.base]!, c.mutations);
            const text = jsonText(doc);
            const file = join(root, "scenario.json");
            writeFileSync(file, mutateText(text, c.text));
            writeFileSync(join(root, "other.json"), jsonText(c.other));
            return { argv: COMMANDS[c.command]!(file, root), inputText: text };
          }),
        ),
        { numRuns: fuzzRuns(RUNS) },
      );
    },
    propertyTimeoutMs(RUNS, 80),
  );
});
