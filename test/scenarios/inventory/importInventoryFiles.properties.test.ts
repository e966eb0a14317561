import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ImportResult } from "../../../scenarios/inventory/ImportResult.ts";
import { InputError } from "../../../scenarios/inventory/InputError.ts";
import {
  type InputFile,
  importInventoryFiles,
} from "../../../scenarios/inventory/importInventoryFiles.ts";
import { type Cell, type CsvOptions, csvText, FLEET, xlsxBytes } from "./makeFixtures.ts";

// Property: whatever a user does to a valid file — delete a character, put text in a cell,
// duplicate a row — the importer returns a whole, consistent inventory or throws an
// InputError; never another exception (which would reach the user as a stack trace).

const encoder = new TextEncoder();
const TEMPLATE = readFileSync(
  resolve(dirname(import.meta.filename), "../../../scenarios/inventory/template-example.csv"),
  "utf8",
);

/** A mutation of a table's structure, then of its text. */
type Mutation =
  | { kind: "replaceCell"; row: number; column: number; text: string }
  | { kind: "duplicateRow"; row: number }
  | { kind: "deleteRow"; row: number };
type TextMutation =
  | { kind: "deleteChar"; at: number }
  | { kind: "insertChar"; at: number; char: string };

const cellText = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    "",
    "-1",
    "0",
    "1.5",
    "1,5",
    "1.234",
    "4 GB",
    "poweredOn",
    "True",
    "vmx-14",
    "esx09",
    "web01",
    '"',
    ";",
    "\n",
  ),
);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant("replaceCell" as const),
    row: fc.nat(),
    column: fc.nat(),
    text: cellText,
  }),
  fc.record({ kind: fc.constant("duplicateRow" as const), row: fc.nat() }),
  fc.record({ kind: fc.constant("deleteRow" as const), row: fc.nat() }),
);
const textMutation: fc.Arbitrary<TextMutation> = fc.oneof(
  fc.record({ kind: fc.constant("deleteChar" as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant("insertChar" as const),
    at: fc.nat(),
    char: fc.constantFrom('"', ",", ";", "\n", "\r", "\u0000", "\ufeff", "x", "-", "."),
  }),
);

function mutateRows(rows: readonly Cell[][], mutations: readonly Mutation[]): Cell[][] {
  const out = rows.map((row) => [...row]);
  for (const m of mutations) {
    const row = m.row % out.length;
    if (m.kind === "replaceCell") out[row]![m.column % out[row]!.length] = m.text;
    else if (m.kind === "duplicateRow") out.splice(row, 0, [...out[row]!]);
    else if (out.length > 1) out.splice(row, 1);
  }
  return out;
}

function mutateText(text: string, mutations: readonly TextMutation[]): string {
  let out = text;
  for (const m of mutations) {
    const at = m.at % (out.length + 1);
    out =
      m.kind === "deleteChar"
        ? out.slice(0, at) + out.slice(at + 1)
        : out.slice(0, at) + m.char + out.slice(at);
  }
  return out;
}

/** Imports; returns the result, or null for an InputError; rethrows anything else. */
function importOrInputError(files: InputFile[]): ImportResult | null {
  try {
    return importInventoryFiles(files, "mutated");
  } catch (error) {
    if (error instanceof InputError) return null;
    throw error;
  }
}

/** What must hold of any inventory the importer returns. */
function expectConsistent(result: ImportResult): void {
  const { inventory, summary } = result;
  expect(summary.vmCount).toBe(inventory.vms.length);
  expect(new Set(inventory.vms.map((vm) => vm.name)).size).toBe(inventory.vms.length);
  for (const vm of inventory.vms) {
    expect(Number.isInteger(vm.vcpu) && vm.vcpu >= 1).toBe(true);
    expect(vm.memoryBytes > 0 && vm.diskProvisionedBytes >= 0 && vm.diskUsedBytes >= 0).toBe(true);
  }
  const hosts = new Set(inventory.hosts.map((h) => h.name));
  if (hosts.size > 0)
    for (const vm of inventory.vms) expect(vm.host === null || hosts.has(vm.host)).toBe(true);
}

function rvtoolsCsvProperty(options: CsvOptions) {
  return fc.property(
    fc.array(mutation, { maxLength: 3 }),
    fc.array(textMutation, { maxLength: 3 }),
    fc.boolean(),
    (structural, textual, mutateHosts) => {
      const vInfo = csvText(
        mutateHosts ? FLEET.vInfo! : mutateRows(FLEET.vInfo!, structural),
        options,
      );
      const vHost = csvText(
        mutateHosts ? mutateRows(FLEET.vHost!, structural) : FLEET.vHost!,
        options,
      );
      const files = [
        {
          name: "RVTools_tabvInfo.csv",
          bytes: encoder.encode(mutateHosts ? vInfo : mutateText(vInfo, textual)),
        },
        {
          name: "RVTools_tabvHost.csv",
          bytes: encoder.encode(mutateHosts ? mutateText(vHost, textual) : vHost),
        },
      ];
      const result = importOrInputError(files);
      if (result !== null) expectConsistent(result);
    },
  );
}

describe("importInventoryFiles(files, path) under random mutations of valid input", () => {
  it("comma-separated RVTools CSV files yield a consistent inventory or an InputError", () => {
    fc.assert(rvtoolsCsvProperty({ separator: "," }), { numRuns: 300 });
  });

  it("semicolon-separated RVTools CSV files with decimal commas yield a consistent inventory or an InputError", () => {
    fc.assert(rvtoolsCsvProperty({ separator: ";", bom: true, crlf: true, groupThousands: true }), {
      numRuns: 300,
    });
  });

  it("the CSV template yields a consistent inventory or an InputError", () => {
    fc.assert(
      fc.property(fc.array(textMutation, { minLength: 1, maxLength: 4 }), (textual) => {
        const result = importOrInputError([
          { name: "vms.csv", bytes: encoder.encode(mutateText(TEMPLATE, textual)) },
        ]);
        if (result !== null) expectConsistent(result);
      }),
      { numRuns: 300 },
    );
  });

  it("an .xlsx workbook truncated or with flipped bytes yields a consistent inventory or an InputError", () => {
    const bytes = xlsxBytes(FLEET);
    // Flip bytes only before the zip's central directory, whose sizes would make fflate allocate
    // whatever a corrupted header claims; truncation cuts anywhere.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const centralDirectory = view.getUint32(bytes.length - 22 + 16, true);
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: 0, max: bytes.length - 1 }), { nil: undefined }),
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: centralDirectory - 1 }),
            fc.integer({ min: 1, max: 255 }),
          ),
          { maxLength: 3 },
        ),
        (cut, flips) => {
          const mutated = bytes.slice(0, cut ?? bytes.length);
          for (const [at, mask] of flips) if (at < mutated.length) mutated[at]! ^= mask;
          const result = importOrInputError([{ name: "export.xlsx", bytes: mutated }]);
          if (result !== null) expectConsistent(result);
        },
      ),
      { numRuns: 200 },
    );
  });
});
