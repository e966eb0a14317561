import { scenarioJsonSchema } from "../../schema/scenarioJsonSchema.ts";
import { parseCommandArgs } from "../parseCommandArgs.ts";
import { SCHEMA_USAGE } from "../usages.ts";

/** Usage line of `cutover schema`. */
export { SCHEMA_USAGE };

/**
 * `cutover schema [--overlay]`: prints the JSON Schema of scenario files (for editors and
 * validators); with `--overlay`, the schema of files that extend another scenario.
 */
export async function schemaCommand(
  argv: readonly string[],
  out: NodeJS.WritableStream,
): Promise<number> {
  const { values } = parseCommandArgs(argv, { overlay: "boolean" }, SCHEMA_USAGE, 0);
  const kind = values.overlay === true ? "overlay" : "full";
  out.write(`${JSON.stringify(scenarioJsonSchema(kind), null, 2)}\n`);
  return 0;
}
