import { InputError } from "../../scenarios/inventory/InputError.ts";
import type { ScenarioReader } from "../../scenarios/load/parseScenario.ts";

/**
 * A {@link ScenarioReader} for the browser: `extends` may name a built-in scenario (its text is
 * given, keyed by name), never a file on disk, which a page cannot read.
 *
 * @param builtins - the built-in scenarios' JSON texts by name ("reference", …).
 * @throws InputError (from the reader) naming the file and its `extends` when the name is not a
 *   built-in scenario
 * @example
 * parseScenario(text, "mine.json", builtinReader({ reference: referenceText }))
 */
export function builtinReader(builtins: Readonly<Record<string, string>>): ScenarioReader {
  return (ref, from) => {
    const text = Object.hasOwn(builtins, ref) ? builtins[ref] : undefined;
    if (text === undefined) {
      throw new InputError({
        fieldKind: "field",
        file: from,
        field: "extends",
        expected: `a built-in scenario (${Object.keys(builtins).sort().join(", ")}); a page cannot read other files`,
        value: ref,
      });
    }
    return { text, file: `${ref}.json` };
  };
}
