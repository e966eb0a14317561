import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { mergeCommand } from "../../../scenarios/cli/commands/mergeCommand.ts";
import { InputError } from "../../../scenarios/inventory/InputError.ts";
import { shardOf } from "../montecarlo/shardFixture.ts";
import { runCommand } from "./runCommand.ts";

/** The InputError `cutover merge` throws on files holding `texts`. */
async function errorOf(...texts: string[]): Promise<InputError> {
  const dir = mkdtempSync(join(tmpdir(), "cutover-merge-json-"));
  const files = texts.map((text, i) => {
    const file = join(dir, `s${i}.json`);
    writeFileSync(file, text);
    return file;
  });
  try {
    await runCommand(mergeCommand, ...files);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("expected an InputError");
}

describe("cutover merge reading SHARD.json", () => {
  it("reports a file that is not JSON in one line with line, column and an excerpt", async () => {
    const error = await errorOf("vm\nhost\n");
    expect(error.message).toMatch(
      /s0\.json: row 1: expected valid JSON \(line 1, column 1\), got "vm\\nhost\\n" where a value was expected$/,
    );
  });

  it("refuses a shard nested deeper than 64 levels, before merging", async () => {
    const shard = { ...shardOf(4, [0, 1, 2, 3], "1/1"), varied: "@" };
    const text = JSON.stringify(shard).replace('"@"', `${"[".repeat(5_000)}${"]".repeat(5_000)}`);
    expect((await errorOf(text)).message).toMatch(
      /s0\.json: row 1: expected JSON nested at most 64 levels deep \(line 1, column \d+\), got "\[{24}…" nesting deeper than 64 levels$/,
    );
  });

  it("merges shards written by JSON.stringify, a UTF-8 byte order mark or not", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cutover-merge-json-"));
    writeFileSync(join(dir, "a.json"), `\ufeff${JSON.stringify(shardOf(4, [0, 1]), null, 2)}`);
    writeFileSync(join(dir, "b.json"), JSON.stringify(shardOf(4, [2, 3], "2/2")));
    const { code, stdout } = await runCommand(
      mergeCommand,
      join(dir, "a.json"),
      join(dir, "b.json"),
      "--json",
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout).samples).toHaveLength(4);
  });
});
